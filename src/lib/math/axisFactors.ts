/**
 * Gradient descent on a quadratic whose axes are the weight axes, L = Σ aᵢ·wᵢ²/2, one weight at a
 * time: ∂L/∂wᵢ = aᵢ·wᵢ involves wᵢ alone, so each step wᵢ ← wᵢ − η·aᵢ·wᵢ = (1 − η·aᵢ)·wᵢ, and
 * after t steps wᵢ(t) = (1 − η·aᵢ)^t · wᵢ(0). The weight shrinks towards the minimum iff
 * |1 − η·aᵢ| < 1, that is 0 < η < 2/aᵢ: the steepest axis sets the limit on η, the flattest
 * one how slowly the last stretch goes.
 */

/** What a factor r does to the distance to the minimum, step after step. */
export type AxisTrend = 'shrinks' | 'holds' | 'grows';

/**
 * |r| within this of 1 counts as exactly 1: η = 2/aᵢ typed as a decimal (0.1 for a = 20) gives
 * 1 − η·aᵢ = −1 up to rounding, and the reader should see "holds", not a verdict decided by the
 * last bit of a double.
 */
const ONE_TOLERANCE = 1e-9;

/** The factors 1 − η·aᵢ by which one gradient-descent step multiplies each weight. */
export function stepFactors(curvatures: readonly number[], lr: number): number[] {
	return curvatures.map((a) => 1 - lr * a);
}

/** Whether repeated multiplication by r shrinks, keeps or grows a nonzero number's size. */
export function factorTrend(r: number): AxisTrend {
	const size = Math.abs(r);
	if (Math.abs(size - 1) <= ONE_TOLERANCE) return 'holds';
	return size < 1 ? 'shrinks' : 'grows';
}

/** The rates 2/aᵢ (for curvatures aᵢ > 0) below which each axis converges. */
export function criticalRates(curvatures: readonly number[]): number[] {
	return curvatures.map((a) => 2 / a);
}

/** wᵢ(t) = rᵗ · wᵢ(0): where weight i stands after t steps, with r = 1 − η·aᵢ. */
export function weightAfter(r: number, w0: number, t: number): number {
	return r ** t * w0;
}
