import { sigmoid } from './activations';
import type { LossId } from './ids';

/**
 * Loss functions of one prediction ŷ against its answer y, with dL/dŷ beside each.
 * The mean over a batch is the caller's: L = (1/n) Σ loss(ŷᵢ, yᵢ).
 */
export interface Loss {
	id: LossId;
	/** L(ŷ, y) */
	loss(yHat: number, y: number): number;
	/** ∂L/∂ŷ */
	dLoss(yHat: number, y: number): number;
}

/** Keeps log() finite when a prediction is exactly 0 or 1. */
export const PROB_EPS = 1e-12;

const clampProb = (p: number): number => Math.min(1 - PROB_EPS, Math.max(PROB_EPS, p));

export const losses: Record<LossId, Loss> = {
	// Squared error (y − ŷ)²; averaged over samples it is the mean squared error (均方誤差).
	mse: {
		id: 'mse',
		loss: (yHat, y) => (y - yHat) ** 2,
		dLoss: (yHat, y) => 2 * (yHat - y)
	},
	// Binary cross-entropy −[y log ŷ + (1 − y) log(1 − ŷ)]: cross-entropy −Σ p log q with
	// p = (y, 1 − y) and q = (ŷ, 1 − ŷ).
	bce: {
		id: 'bce',
		loss: (yHat, y) => {
			const q = clampProb(yHat);
			return -(y * Math.log(q) + (1 - y) * Math.log(1 - q));
		},
		dLoss: (yHat, y) => {
			const q = clampProb(yHat);
			return (q - y) / (q * (1 - q));
		}
	}
};

/** Mean squared error (1/n) Σ (yᵢ − ŷᵢ)² over two equal-length arrays. */
export function meanSquaredError(yHat: ArrayLike<number>, y: ArrayLike<number>): number {
	let sum = 0;
	for (let i = 0; i < y.length; i++) sum += (y[i] - yHat[i]) ** 2;
	return y.length === 0 ? 0 : sum / y.length;
}

/** Cross-entropy H(p, q) = −Σ p(i) log q(i) of a true distribution p and a prediction q. */
export function crossEntropy(p: ArrayLike<number>, q: ArrayLike<number>): number {
	let sum = 0;
	for (let i = 0; i < p.length; i++) if (p[i] > 0) sum -= p[i] * Math.log(clampProb(q[i]));
	return sum;
}

/** softplus(z) = ln(1 + eᶻ), written to stay finite and accurate for large |z|. */
export function softplus(z: number): number {
	return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/**
 * The loss of a sigmoid output as a function of its pre-activation z: L(σ(z), y).
 * Cross-entropy uses the identity −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = softplus(z) − y·z,
 * which never takes the log of a rounded-off 0, so a confidently wrong z keeps its true
 * (large) loss instead of a clamped one, and a run with too high a learning rate shows its loss
 * truly rising instead of flattening at the clamp.
 */
export function lossOfZ(id: LossId, z: number, y: number): number {
	return id === 'bce' ? softplus(z) - y * z : losses.mse.loss(sigmoid(z), y);
}

/** lossOfZ with σ(z) = yHat already known (cross-entropy does not need it). */
export function lossAt(id: LossId, z: number, yHat: number, y: number): number {
	return id === 'bce' ? softplus(z) - y * z : losses.mse.loss(yHat, y);
}

/**
 * ∂L/∂z for a sigmoid output ŷ = σ(z): ŷ − y for cross-entropy, 2(ŷ − y)·ŷ(1 − ŷ) for squared
 * error. The chain rule through σ multiplies ∂L/∂ŷ by σ′(z) = ŷ(1 − ŷ); cross-entropy's
 * 1/(ŷ(1 − ŷ)) cancels it, squared error keeps it and stalls where σ saturates.
 */
export function dLossDz(id: LossId, yHat: number, y: number): number {
	if (id === 'bce') return yHat - y;
	return 2 * (yHat - y) * yHat * (1 - yHat);
}

/** Loss of one sample from its logit z and label y, and dL/dz (lossOfZ and dLossDz). */
export function lossFromLogit(id: LossId, z: number, y: number): { loss: number; dz: number } {
	const yHat = sigmoid(z);
	return { loss: lossAt(id, z, yHat, y), dz: dLossDz(id, yHat, y) };
}
