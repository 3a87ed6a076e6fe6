/**
 * Pictures to the lab's small RGB arrays, and back to thumbnails. This is drawing (a canvas
 * scales the picture), not math: the network's input is these bytes, prepared in the worker.
 */
import { LAB_PIXELS, LAB_SIDE } from '$lib/math/labImage';

export type FileProblem = 'not-image' | 'corrupt';

function smallCanvas(): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = LAB_SIDE;
	const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
	ctx.imageSmoothingEnabled = true;
	ctx.imageSmoothingQuality = 'high';
	return { canvas, ctx };
}

/** The centre square of `source` (w × h), drawn at the lab's size, as RGB bytes. */
export function pixelsOf(source: CanvasImageSource, w: number, h: number): Uint8Array {
	const { ctx } = smallCanvas();
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, LAB_SIDE, LAB_SIDE);
	const side = Math.min(w, h);
	ctx.drawImage(source, (w - side) / 2, (h - side) / 2, side, side, 0, 0, LAB_SIDE, LAB_SIDE);
	const rgba = ctx.getImageData(0, 0, LAB_SIDE, LAB_SIDE).data;
	const rgb = new Uint8Array(LAB_PIXELS);
	for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
		rgb[j] = rgba[i];
		rgb[j + 1] = rgba[i + 1];
		rgb[j + 2] = rgba[i + 2];
	}
	return rgb;
}

// Decoded at a few times the lab's size: a 50-megapixel photo never sits in memory whole.
const DECODE_WIDTH = LAB_SIDE * 4;

/** A picture file as the lab's pixels, or why it cannot be one. */
export async function filePixels(file: File): Promise<Uint8Array | FileProblem> {
	if (file.type && !file.type.startsWith('image/')) return 'not-image';
	if (!file.type && !/\.(png|jpe?g|gif|webp|bmp|avif)$/i.test(file.name)) return 'not-image';
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file, { resizeWidth: DECODE_WIDTH, resizeQuality: 'medium' });
	} catch {
		return 'corrupt';
	}
	try {
		return pixelsOf(bitmap, bitmap.width, bitmap.height);
	} finally {
		bitmap.close();
	}
}

const urls = new WeakMap<Uint8Array, string>();

/** A PNG data URL of the lab's pixels, as the network sees them (made once per sample). */
export function thumbnail(pixels: Uint8Array): string {
	const known = urls.get(pixels);
	if (known) return known;
	const { canvas, ctx } = smallCanvas();
	const img = ctx.createImageData(LAB_SIDE, LAB_SIDE);
	for (let i = 0, j = 0; j < pixels.length; i += 4, j += 3) {
		img.data[i] = pixels[j];
		img.data[i + 1] = pixels[j + 1];
		img.data[i + 2] = pixels[j + 2];
		img.data[i + 3] = 255;
	}
	ctx.putImageData(img, 0, 0);
	const url = canvas.toDataURL('image/png');
	urls.set(pixels, url);
	return url;
}

/** Files from a drop: plain files, and the files inside dropped folders (walked in full). */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
	const entries = [...data.items]
		.map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
		.filter((e): e is FileSystemEntry => !!e);
	if (entries.length === 0) return [...data.files];
	const files: File[] = [];
	const walk = async (entry: FileSystemEntry): Promise<void> => {
		if (entry.isFile) {
			files.push(
				await new Promise<File>((ok, fail) => (entry as FileSystemFileEntry).file(ok, fail))
			);
		} else if (entry.isDirectory) {
			const reader = (entry as FileSystemDirectoryEntry).createReader();
			// readEntries answers in pieces: read until it answers none.
			for (;;) {
				const batch = await new Promise<FileSystemEntry[]>((ok, fail) =>
					reader.readEntries(ok, fail)
				);
				if (batch.length === 0) break;
				for (const e of batch) await walk(e);
			}
		}
	};
	for (const entry of entries) await walk(entry);
	return files;
}
