import type { EpochMetrics } from '$lib/engine/trainerProtocol';

export type ChartMetric = 'loss' | 'accuracy';

const keys = {
	loss: { train: 'trainLoss', val: 'valLoss' },
	accuracy: { train: 'trainAccuracy', val: 'valAccuracy' }
} as const;

export interface EpochSeries {
	/** Value at epoch e in slot e; NaN where an epoch is missing, so the line breaks there. */
	train: Float64Array;
	val: Float64Array;
	/** Top of the y axis: a little above the largest finite loss (so a rising loss climbs
	 * visibly), 1 for accuracy. */
	top: number;
}

/** The training and validation series of one metric, laid out by epoch for a LineChart. */
export function epochSeries(history: readonly EpochMetrics[], metric: ChartMetric): EpochSeries {
	const n = history.length ? history[history.length - 1].epoch + 1 : 0;
	const train = new Float64Array(n).fill(NaN);
	const val = new Float64Array(n).fill(NaN);
	let top = 0;
	for (const h of history) {
		train[h.epoch] = h[keys[metric].train];
		val[h.epoch] = h[keys[metric].val];
		for (const v of [h.trainLoss, h.valLoss]) if (Number.isFinite(v)) top = Math.max(top, v);
	}
	return { train, val, top: metric === 'accuracy' ? 1 : top > 0 ? top * 1.08 : 1 };
}

/** The epoch with the lowest validation loss (the earliest, on a tie); null before epoch 1. */
export function lowestValLoss(history: readonly EpochMetrics[]): EpochMetrics | null {
	let best: EpochMetrics | null = null;
	for (const h of history) {
		if (h.epoch === 0 || !Number.isFinite(h.valLoss)) continue;
		if (!best || h.valLoss < best.valLoss) best = h;
	}
	return best;
}
