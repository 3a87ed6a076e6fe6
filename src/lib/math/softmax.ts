/**
 * Several classes: the softmax turns K logits z into a predicted distribution q, and
 * cross-entropy H(p, q) = −Σ p(i) ln q(i) measures it against the true distribution p
 * (one-hot for a labelled sample). With q = softmax(z) and Σ p = 1 the gradient is simply
 * ∂H/∂zᵢ = qᵢ − pᵢ: the same "prediction minus answer" as the binary case, one entry per class.
 */

/** ln Σ exp(zᵢ), shifted by max z so that no exp overflows. */
export function logSumExp(z: ArrayLike<number>): number {
	let m = -Infinity;
	for (let i = 0; i < z.length; i++) if (z[i] > m) m = z[i];
	if (!Number.isFinite(m)) return m;
	let s = 0;
	for (let i = 0; i < z.length; i++) s += Math.exp(z[i] - m);
	return m + Math.log(s);
}

/** qᵢ = exp(zᵢ) / Σⱼ exp(zⱼ), into `out` (length K) or a new array. */
export function softmax(z: ArrayLike<number>, out = new Float64Array(z.length)): Float64Array {
	const lse = logSumExp(z);
	for (let i = 0; i < z.length; i++) out[i] = Math.exp(z[i] - lse);
	return out;
}

/**
 * H(p, softmax(z)) = −Σ pᵢ ln qᵢ = Σ pᵢ (lse(z) − zᵢ), with ln qᵢ = zᵢ − lse(z) computed
 * directly so a tiny qᵢ keeps its exact (large) loss rather than a clamped one.
 */
export function softmaxCrossEntropy(z: ArrayLike<number>, p: ArrayLike<number>): number {
	const lse = logSumExp(z);
	let h = 0;
	for (let i = 0; i < z.length; i++) if (p[i] > 0) h += p[i] * (lse - z[i]);
	return h;
}

/**
 * ∂H/∂zᵢ = qᵢ·Σⱼ pⱼ − pᵢ, which is qᵢ − pᵢ when p sums to 1 (as a distribution does).
 * Written in the general form so that the finite-difference test holds for any p ≥ 0.
 */
export function softmaxCrossEntropyGrad(
	z: ArrayLike<number>,
	p: ArrayLike<number>,
	out = new Float64Array(z.length)
): Float64Array {
	softmax(z, out);
	let total = 0;
	for (let i = 0; i < p.length; i++) total += p[i];
	for (let i = 0; i < z.length; i++) out[i] = out[i] * total - p[i];
	return out;
}

/** The one-hot distribution of class `k` among `classes`. */
export function oneHot(k: number, classes: number): Float64Array {
	const p = new Float64Array(classes);
	p[k] = 1;
	return p;
}

/** Everything the softmax view prints: q, the loss, and its gradient with respect to z. */
export interface SoftmaxReport {
	q: Float64Array;
	p: Float64Array;
	loss: number;
	grad: Float64Array;
}

/** q = softmax(z), H(p, q) and ∂H/∂z for logits z and true class `target`. */
export function softmaxReport(z: ArrayLike<number>, target: number): SoftmaxReport {
	const p = oneHot(target, z.length);
	return {
		q: softmax(z),
		p,
		loss: softmaxCrossEntropy(z, p),
		grad: softmaxCrossEntropyGrad(z, p)
	};
}
