import type { LossId } from './ids';
import { dLossDz, losses, lossOfZ } from './losses';

/**
 * Loss against prediction for one sample: how mean squared error and binary cross-entropy
 * punish a prediction ŷ ∈ (0, 1) of a target y ∈ [0, 1], and how hard each pushes back, both
 * on ŷ itself and on the pre-activation z of a sigmoid output ŷ = σ(z).
 *
 * The chain rule through σ multiplies by σ'(z) = ŷ(1 − ŷ):
 * - MSE: ∂L/∂ŷ = 2(ŷ − y),                 ∂L/∂z = 2(ŷ − y)·ŷ(1 − ŷ)
 * - BCE: ∂L/∂ŷ = (ŷ − y) / (ŷ(1 − ŷ)),     ∂L/∂z = ŷ − y
 * MSE's ∂L/∂z carries the factor ŷ(1 − ŷ), which vanishes when the sigmoid saturates, even
 * when the prediction is confidently wrong; cross-entropy's 1/(ŷ(1 − ŷ)) cancels it exactly.
 */

/** z = σ⁻¹(ŷ) = ln(ŷ / (1 − ŷ)), the pre-activation that gives prediction ŷ ∈ (0, 1). */
export function logit(yHat: number): number {
	return Math.log(yHat / (1 - yHat));
}

/** Everything the curves view prints about one prediction ŷ of a target y. */
export interface LossPoint {
	yHat: number;
	y: number;
	/** z = logit(ŷ) */
	z: number;
	mse: { loss: number; dYHat: number; dZ: number };
	bce: { loss: number; dYHat: number; dZ: number };
}

/** Both losses and their gradients with respect to ŷ and z at one prediction ŷ ∈ (0, 1). */
export function lossPoint(yHat: number, y: number): LossPoint {
	const z = logit(yHat);
	const at = (id: LossId) => ({
		loss: id === 'bce' ? lossOfZ('bce', z, y) : losses.mse.loss(yHat, y),
		dYHat: losses[id].dLoss(yHat, y),
		dZ: dLossDz(id, yHat, y)
	});
	return { yHat, y, z, mse: at('mse'), bce: at('bce') };
}

/** Sampled curves over ŷ, one entry per sample, ready to hand to the renderer. */
export interface LossCurves {
	y: number;
	yHat: Float64Array;
	mse: Float64Array;
	bce: Float64Array;
	mseDYHat: Float64Array;
	bceDYHat: Float64Array;
	mseDZ: Float64Array;
	bceDZ: Float64Array;
}

/**
 * Samples both losses and their gradients at n ≥ 2 evenly spaced predictions from `lo` to `hi`
 * (defaults 0.005 and 0.995: the ends 0 and 1 are left out, where cross-entropy and its
 * ŷ-gradient are infinite).
 */
export function sampleLossCurves(y: number, n: number, lo = 0.005, hi = 0.995): LossCurves {
	const out: LossCurves = {
		y,
		yHat: new Float64Array(n),
		mse: new Float64Array(n),
		bce: new Float64Array(n),
		mseDYHat: new Float64Array(n),
		bceDYHat: new Float64Array(n),
		mseDZ: new Float64Array(n),
		bceDZ: new Float64Array(n)
	};
	for (let i = 0; i < n; i++) {
		const p = lossPoint(lo + ((hi - lo) * i) / (n - 1), y);
		out.yHat[i] = p.yHat;
		out.mse[i] = p.mse.loss;
		out.bce[i] = p.bce.loss;
		out.mseDYHat[i] = p.mse.dYHat;
		out.bceDYHat[i] = p.bce.dYHat;
		out.mseDZ[i] = p.mse.dZ;
		out.bceDZ[i] = p.bce.dZ;
	}
	return out;
}
