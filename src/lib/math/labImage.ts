/**
 * The lab's pictures: every image the reader gives is reduced (by the page) to a small RGB
 * picture of LAB_SIDE × LAB_SIDE pixels, sent as bytes, row-major, three bytes (R, G, B) a pixel:
 * byte k of image i sits at i · LAB_PIXELS + (row · LAB_SIDE + column) · LAB_CHANNELS + channel.
 */

/** Side of the square picture the network sees, in pixels. */
export const LAB_SIDE = 24;
/** Colour channels a pixel: red, green, blue. */
export const LAB_CHANNELS = 3;
/** Bytes (and network inputs) an image: 24 · 24 · 3 = 1728. */
export const LAB_PIXELS = LAB_SIDE * LAB_SIDE * LAB_CHANNELS;

/**
 * The network's inputs for `n` images: xᵢ = byteᵢ / 255 − 0.5, so every input lies in
 * [−0.5, 0.5] and a mid-grey picture is all zeros. `pixels` holds n · LAB_PIXELS bytes; the
 * result is a Float32Array of the same length (half the memory of Float64; each value is read
 * into a double exactly). Computed once per data set, not once per epoch.
 */
export function labInputs(pixels: Uint8Array, out = new Float32Array(pixels.length)): Float32Array {
	if (out.length !== pixels.length) {
		throw new RangeError(`${pixels.length} inputs were expected, not ${out.length}.`);
	}
	// One table of the 256 possible values instead of a division per byte.
	for (let i = 0; i < pixels.length; i++) out[i] = BYTE_TO_INPUT[pixels[i]];
	return out;
}

const BYTE_TO_INPUT = Float32Array.from({ length: 256 }, (_, b) => b / 255 - 0.5);

/** The number of whole images in `bytes` bytes, or NaN when it is not a whole number. */
export function labImageCount(bytes: number): number {
	return bytes % LAB_PIXELS === 0 ? bytes / LAB_PIXELS : NaN;
}
