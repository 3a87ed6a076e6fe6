import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { EpochMetrics } from '$lib/engine/trainerProtocol';

export interface Frame {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

export type ChartMetric = 'loss' | 'accuracy';

const keys = {
	loss: { train: 'trainLoss', val: 'valLoss' },
	accuracy: { train: 'trainAccuracy', val: 'valAccuracy' }
} as const;

export interface EpochScales {
	x: ScaleLinear<number, number>;
	y: ScaleLinear<number, number>;
}

/**
 * Scales for a per-epoch chart: epochs 0 … max(budget, reached) across; loss from 0 to a little
 * above the largest finite value (so a rising loss climbs visibly), accuracy from 0 to 1.
 */
export function epochScales(
	frame: Frame,
	history: readonly EpochMetrics[],
	metric: ChartMetric,
	budget: number
): EpochScales {
	const { width, height, margin } = frame;
	const last = history.length ? history[history.length - 1].epoch : 0;
	const x = scaleLinear()
		.domain([0, Math.max(1, budget, last)])
		.range([margin.left, width - margin.right]);
	let top = 1;
	if (metric === 'loss') {
		top = 0;
		for (const h of history) {
			for (const v of [h.trainLoss, h.valLoss]) if (Number.isFinite(v)) top = Math.max(top, v);
		}
		top = top > 0 ? top * 1.08 : 1;
	}
	const y = scaleLinear()
		.domain([0, top])
		.range([height - margin.bottom, margin.top])
		.nice();
	return { x, y };
}

/** SVG path of one series (training or validation) through the epochs; gaps where not finite. */
export function seriesPath(
	scales: EpochScales,
	history: readonly EpochMetrics[],
	metric: ChartMetric,
	which: 'train' | 'val'
): string {
	const key = keys[metric][which];
	const path = line<EpochMetrics>()
		.defined((h) => Number.isFinite(h[key]))
		.x((h) => scales.x(h.epoch))
		.y((h) => scales.y(Math.min(h[key], scales.y.domain()[1])));
	return path(history as EpochMetrics[]) ?? '';
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
