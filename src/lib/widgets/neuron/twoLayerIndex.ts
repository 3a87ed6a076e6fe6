import type { TwoLayerCycle } from '$lib/math/twoLayer';

/**
 * How both halves of the two-layer step list count: inputs i and hidden units j from 0, shown
 * from 1 (`k`), and the hidden weight w_{ji} (input i → hidden j) at `at(j, i)` in the
 * row-major w1, as the network stores it.
 */
export function twoLayerIndex(c: TwoLayerCycle) {
	const nIn = c.x.length;
	return {
		ins: Array.from({ length: nIn }, (_, i) => i),
		hid: Array.from({ length: c.params.w2.length }, (_, j) => j),
		k: (i: number) => i + 1,
		at: (j: number, i: number) => j * nIn + i
	};
}
