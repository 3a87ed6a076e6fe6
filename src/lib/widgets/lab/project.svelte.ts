import { LAB_PIXELS } from '$lib/math/labImage';
import { MAX_CLASSES, MIN_CLASSES } from './state';

/** Pictures a class may hold, and how many one drop or upload may add. */
export const CLASS_CAP = 500;
export const ADD_CAP = 500;

export interface LabClass {
	id: number;
	name: string;
	/** Each picture as the lab's RGB bytes (see images.ts). */
	samples: Uint8Array[];
}

/** What the lab keeps of a project between visits and in an exported file. */
export interface SavedProject {
	names: string[];
	samples: Uint8Array[][];
}

/**
 * The reader's classes and pictures, on the page. `revision` counts every change of the
 * pictures, so a run can tell that the data it trains on is no longer the reader's.
 */
export class LabProject {
	classes = $state<LabClass[]>([]);
	revision = $state(0);
	/** Counts renames: they are kept, but the pictures, and so the model, stay as they are. */
	named = $state(0);
	#nextId = 0;

	constructor(names: readonly string[]) {
		this.reset(names);
	}

	reset(names: readonly string[]): void {
		this.classes = names.map((name) => ({ id: this.#nextId++, name, samples: [] }));
		this.revision++;
	}

	load(saved: SavedProject): void {
		this.classes = saved.names.map((name, i) => ({
			id: this.#nextId++,
			name,
			samples: saved.samples[i] ?? []
		}));
		this.revision++;
	}

	saved(): SavedProject {
		return {
			names: this.classes.map((c) => c.name),
			samples: this.classes.map((c) => $state.snapshot(c.samples) as Uint8Array[])
		};
	}

	get total(): number {
		return this.classes.reduce((n, c) => n + c.samples.length, 0);
	}

	canAdd(): boolean {
		return this.classes.length < MAX_CLASSES;
	}

	canRemove(): boolean {
		return this.classes.length > MIN_CLASSES;
	}

	addClass(name: string): void {
		if (!this.canAdd()) return;
		this.classes.push({ id: this.#nextId++, name, samples: [] });
		this.revision++;
	}

	rename(index: number, name: string): void {
		const c = this.classes[index];
		if (!c || c.name === name) return;
		c.name = name;
		this.named++;
	}

	removeClass(index: number): void {
		if (!this.canRemove()) return;
		this.classes.splice(index, 1);
		this.revision++;
	}

	/** Adds what fits under CLASS_CAP; answers how many were added. */
	addSamples(index: number, pixels: Uint8Array[]): number {
		const c = this.classes[index];
		if (!c) return 0;
		const room = Math.max(0, CLASS_CAP - c.samples.length);
		const taken = pixels.filter((p) => p.length === LAB_PIXELS).slice(0, room);
		if (taken.length === 0) return 0;
		c.samples.push(...taken);
		this.revision++;
		return taken.length;
	}

	removeSample(index: number, sample: number): void {
		this.classes[index]?.samples.splice(sample, 1);
		this.revision++;
	}

	clearClass(index: number): void {
		const c = this.classes[index];
		if (!c || c.samples.length === 0) return;
		c.samples = [];
		this.revision++;
	}

	/** Every picture in one array and its class in another, as the worker takes them. */
	data(): { pixels: Uint8Array; labels: Uint8Array } {
		const n = this.total;
		const pixels = new Uint8Array(n * LAB_PIXELS);
		const labels = new Uint8Array(n);
		let k = 0;
		this.classes.forEach((c, label) => {
			for (const s of c.samples) {
				pixels.set(s, k * LAB_PIXELS);
				labels[k++] = label;
			}
		});
		return { pixels, labels };
	}

	#print = { revision: -1, value: '' };

	/**
	 * A short fingerprint of the pictures and their classes (see `fingerprintOf`), remembered
	 * until they change.
	 */
	fingerprint(): string {
		if (this.#print.revision !== this.revision) {
			const samples = this.classes.map((c) => c.samples);
			this.#print = { revision: this.revision, value: fingerprintOf(samples) };
		}
		return this.#print.value;
	}

	/** The picture behind index `k` of `data()`. */
	sampleAt(k: number): Uint8Array | undefined {
		for (const c of this.classes) {
			if (k < c.samples.length) return c.samples[k];
			k -= c.samples.length;
		}
		return undefined;
	}
}

/**
 * A fingerprint of a project's pictures, class by class (FNV-1a over every byte, 32 bits, with
 * the counts): two windows whose fingerprints agree train the same model from the same seed, and
 * a window whose fingerprint differs can say that it does not hold the same pictures.
 */
export function fingerprintOf(samples: readonly (readonly Uint8Array[])[]): string {
	let h = 0x811c9dc5;
	const mix = (byte: number) => (h = Math.imul(h ^ byte, 0x01000193));
	mix(samples.length);
	for (const cls of samples) {
		mix(cls.length & 0xff);
		mix(cls.length >>> 8);
		for (const picture of cls) for (let i = 0; i < picture.length; i++) mix(picture[i]);
	}
	const total = samples.reduce((n, c) => n + c.length, 0);
	return `${total}:${(h >>> 0).toString(16)}`;
}
