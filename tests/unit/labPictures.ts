/**
 * Synthetic pictures for the lab's tests and benchmark: LAB_SIDE × LAB_SIDE RGB noise with one
 * bright region per class (left half, right half, top half, bottom half, centre square), in the
 * byte layout the page sends (labImage.ts). Seeded, so every run sees the same pictures.
 */
import { LAB_CHANNELS, LAB_PIXELS, LAB_SIDE } from '$lib/math/labImage';
import { createRng } from '$lib/math/rng';

const half = LAB_SIDE / 2;
const quarter = LAB_SIDE / 4;
const regions: ((row: number, col: number) => boolean)[] = [
	(_, col) => col < half,
	(_, col) => col >= half,
	(row) => row < half,
	(row) => row >= half,
	(row, col) => Math.abs(row - half + 0.5) < quarter && Math.abs(col - half + 0.5) < quarter
];

/** `perClass[c]` pictures of class c (c < 5), classes in turn: pixels n × LAB_PIXELS, labels n. */
export function labPictures(
	perClass: number[],
	seed = 1,
	contrast = 90
): { pixels: Uint8Array; labels: Uint8Array } {
	const rng = createRng(seed);
	const n = perClass.reduce((s, v) => s + v, 0);
	const pixels = new Uint8Array(n * LAB_PIXELS);
	const labels = new Uint8Array(n);
	let i = 0;
	for (let c = 0; c < perClass.length; c++) {
		for (let k = 0; k < perClass[c]; k++, i++) {
			labels[i] = c;
			const shift = rng.uniform(-30, 30);
			for (let row = 0; row < LAB_SIDE; row++) {
				for (let col = 0; col < LAB_SIDE; col++) {
					const lift = regions[c](row, col) ? contrast : 0;
					for (let ch = 0; ch < LAB_CHANNELS; ch++) {
						const v = 60 + shift + lift + rng.uniform(0, 110);
						pixels[i * LAB_PIXELS + (row * LAB_SIDE + col) * LAB_CHANNELS + ch] = Math.max(
							0,
							Math.min(255, Math.round(v))
						);
					}
				}
			}
		}
	}
	return { pixels, labels };
}
