import { formatNumber } from '$lib/i18n/lang';
import type { OptimizerId } from '$lib/math/ids';
import { isNeuronSurfaceId, type LossSurfaceId } from '$lib/math/ids';
import { lossAtHeight, type Grid, type HeightMode } from './render/mesh';
import type { SceneLabels } from './render/view';
import { presets, type RaceBall } from './state';

/** Optimizers offered to the 2nd, 3rd and 4th ball of a race, in that order. */
const raceOrder: OptimizerId[] = ['momentum', 'adam', 'gd'];

/**
 * A new racing ball: by default the next optimizer in raceOrder. Gradient descent and the
 * momentum methods take the surface's usual rate; RMSProp and Adam move about η per step
 * whatever the slope, so they get a rate near 1/60 of the box's width.
 */
export function newBall(
	index: number,
	optimizer: OptimizerId | null,
	surface: LossSurfaceId,
	lr?: number
): RaceBall {
	const p = presets[surface];
	const id = optimizer ?? raceOrder[(index - 1) % raceOrder.length];
	const [lo, hi] = p.lrRange;
	const width = (p.domain[0][1] - p.domain[0][0] + p.domain[1][1] - p.domain[1][0]) / 2;
	const adaptive = id === 'adam' || id === 'rmsprop';
	const raw = adaptive ? width / 60 : (lr ?? p.lr);
	return { optimizer: id, lr: Number(Math.min(hi, Math.max(lo, raw)).toPrecision(2)) };
}

/** Axis names and end values for the scene; the neuron's weights are w and b. */
export function axisLabels(grid: Grid, surface: LossSurfaceId, mode: HeightMode): SceneLabels {
	const neuron = isNeuronSurfaceId(surface);
	const [[lo1, hi1], [lo2, hi2]] = grid.domain;
	const n = (v: number) => formatNumber(v, 3);
	return {
		w1: neuron ? 'w₁ = w' : 'w₁',
		w2: neuron ? 'w₂ = b' : 'w₂',
		L: mode === 'log' ? 'L (log)' : 'L',
		w1Lo: n(lo1),
		w1Hi: n(hi1),
		w2Lo: n(lo2),
		w2Hi: n(hi2),
		lLo: n(grid.min),
		lHi: n(lossAtHeight(grid.min, grid.max, mode, 1))
	};
}
