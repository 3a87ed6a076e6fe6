/**
 * The lab's limits as plain values, apart from the schemas (labProtocol.ts) so that the page can
 * import them without valibot. The widget's ranges sit inside them.
 */
export { LAB_MIN_PER_CLASS } from '$lib/math/labData';
export { LAB_CHANNELS, LAB_PIXELS, LAB_SIDE } from '$lib/math/labImage';

export const LAB_LIMITS = {
	classes: [2, 5],
	epochs: [1, 1000],
	batchSize: [1, 512],
	lr: [1e-5, 1],
	hidden: [4, 64],
	valFraction: [0.05, 0.5],
	/** Pictures in one session, over all classes. */
	maxSamples: 5000,
	/** A run's whole epoch budget, when `labTrain`'s `budget` raises it past `epochs`. */
	maxEpochs: 10_000,
	/** labTrain's time budget, in milliseconds. */
	budgetMs: [1, 2000],
	/** Runs the worker keeps at once; opening one more forgets the least recently used. */
	sessions: 4
} as const;
