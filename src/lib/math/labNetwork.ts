import { labInputs } from './labImage';
import type { Rng } from './rng';

/**
 * The lab's network: a multi-class MLP trained from scratch on the reader's pictures.
 *
 *   h = ReLU(W₁ x + b₁)          x: D inputs, W₁: H × D, b₁: H
 *   z = W₂ h + b₂                W₂: K × H, b₂: K (logits)
 *   q = softmax(z)               q: K probabilities
 *   L = (1/B) Σ_batch −ln q_y    mean cross-entropy over a batch of B samples with labels y
 *
 * Backward, per sample (with 1/B folded in):
 *   δz_k = (q_k − [k = y]) / B;   ∂L/∂b₂ += δz;   ∂L/∂W₂[k][j] += δz_k h_j
 *   δh_j = [h_j > 0] Σ_k W₂[k][j] δz_k;   ∂L/∂b₁ += δh;   ∂L/∂W₁[j][i] += δh_j x_i
 * A hidden unit that ReLU switched off (h_j = 0) passes no gradient, so its row of W₁ is skipped.
 *
 * All parameters live in one Float64Array, laid out as in `labLayout`: W₁ row-major (row j is
 * hidden unit j's D weights, so both passes read it contiguously), then b₁, W₂ row-major, b₂.
 * Inputs are a flat typed array of n × D values (labImage.ts's `labInputs`), read at an offset.
 */
export interface LabNetShape {
	/** D: inputs per sample (LAB_PIXELS for the lab; smaller in tests). */
	inputs: number;
	/** H: hidden ReLU units. */
	hidden: number;
	/** K: classes, ≥ 2. */
	classes: number;
}

/** Where each parameter block starts in the flat array, and the array's length. */
export interface LabLayout {
	w1: number;
	b1: number;
	w2: number;
	b2: number;
	/** Total parameters: H·D + H + K·H + K. */
	size: number;
}

/** Offsets of W₁ (H × D), b₁ (H), W₂ (K × H) and b₂ (K) in the flat parameter array. */
export function labLayout({ inputs: d, hidden: h, classes: k }: LabNetShape): LabLayout {
	const b1 = h * d;
	const w2 = b1 + h;
	const b2 = w2 + k * h;
	return { w1: 0, b1, w2, b2, size: b2 + k };
}

/**
 * He initialisation: W₁ ~ N(0, 2/D), W₂ ~ N(0, 2/H), b₁ = b₂ = 0, drawn from `rng` in order
 * (W₁ row by row, then W₂), so the same seed gives the same network. Length labLayout(shape).size.
 */
export function initLabParams(shape: LabNetShape, rng: Rng): Float64Array {
	const l = labLayout(shape);
	const p = new Float64Array(l.size);
	const s1 = Math.sqrt(2 / shape.inputs);
	for (let i = l.w1; i < l.b1; i++) p[i] = s1 * rng.normal();
	const s2 = Math.sqrt(2 / shape.hidden);
	for (let i = l.w2; i < l.b2; i++) p[i] = s2 * rng.normal();
	return p;
}

/**
 * Scratch space for one sample's pass, reused across samples and batches so that the hot loops
 * allocate nothing. `correct` is set by the batch functions: samples whose argmax was their label.
 */
export interface LabWorkspace {
	/** Hidden activations h (H). */
	h: Float64Array;
	/** Logits z (K). */
	z: Float64Array;
	/** Probabilities q = softmax(z) (K). */
	q: Float64Array;
	/** Hidden deltas δh (H). */
	dh: Float64Array;
	/** Indices of the hidden units that are on (h > 0), the first `m` of them (H). */
	active: Int32Array;
	/** argmax z of the last sample (the first on a tie). */
	argmax: number;
	correct: number;
}

export function createLabWorkspace(shape: LabNetShape): LabWorkspace {
	return {
		h: new Float64Array(shape.hidden),
		z: new Float64Array(shape.classes),
		q: new Float64Array(shape.classes),
		dh: new Float64Array(shape.hidden),
		active: new Int32Array(shape.hidden),
		argmax: 0,
		correct: 0
	};
}

type Inputs = ArrayLike<number>;

/**
 * One sample's forward pass, the inputs at x[xo … xo+D−1]: h = ReLU(W₁ x + b₁) into ws.h,
 * z = W₂ h + b₂ into ws.z, q = softmax(z) into ws.q, argmax z into ws.argmax. Returns
 * lse = ln Σ exp(z), so that −ln q_y = lse − z_y keeps its exact value for a tiny q_y.
 */
function forwardSample(
	shape: LabNetShape,
	l: LabLayout,
	p: Float64Array,
	x: Inputs,
	xo: number,
	ws: LabWorkspace
): number {
	const d = shape.inputs;
	const nh = shape.hidden;
	const k = shape.classes;
	const { h, z, q } = ws;
	// Four hidden units a pass over x: each input is loaded once for four products (twice as
	// fast in V8 as one unit a pass, measured in bench/lab.bench.ts).
	let j = 0;
	for (; j + 4 <= nh; j += 4) {
		const r0 = l.w1 + j * d;
		const r1 = r0 + d;
		const r2 = r1 + d;
		const r3 = r2 + d;
		let s0 = p[l.b1 + j];
		let s1 = p[l.b1 + j + 1];
		let s2 = p[l.b1 + j + 2];
		let s3 = p[l.b1 + j + 3];
		for (let i = 0; i < d; i++) {
			const xi = x[xo + i];
			s0 += p[r0 + i] * xi;
			s1 += p[r1 + i] * xi;
			s2 += p[r2 + i] * xi;
			s3 += p[r3 + i] * xi;
		}
		// ReLU, written so that a NaN passes through (a diverged run must show as one).
		h[j] = s0 < 0 ? 0 : s0;
		h[j + 1] = s1 < 0 ? 0 : s1;
		h[j + 2] = s2 < 0 ? 0 : s2;
		h[j + 3] = s3 < 0 ? 0 : s3;
	}
	for (; j < nh; j++) {
		const r = l.w1 + j * d;
		let s = p[l.b1 + j];
		for (let i = 0; i < d; i++) s += p[r + i] * x[xo + i];
		h[j] = s < 0 ? 0 : s;
	}
	let max = -Infinity;
	let arg = 0;
	for (let c = 0; c < k; c++) {
		const row = l.w2 + c * nh;
		let s = p[l.b2 + c];
		for (let j = 0; j < nh; j++) s += p[row + j] * h[j];
		z[c] = s;
		if (s > max) {
			max = s;
			arg = c;
		}
	}
	ws.argmax = arg;
	// ln Σ exp(z), shifted by max z so no exp overflows; q = exp(z − lse).
	let sum = 0;
	for (let c = 0; c < k; c++) sum += Math.exp(z[c] - max);
	const lse = max + Math.log(sum);
	for (let c = 0; c < k; c++) q[c] = Math.exp(z[c] - lse);
	return lse;
}

/**
 * Mean cross-entropy of the samples `indices[from … to−1]` and its gradient with respect to
 * every parameter, written into `grad` (length labLayout(shape).size, overwritten). `x` holds the
 * inputs of all samples (n × D), `labels` their classes. Returns L = (1/B) Σ −ln q_y with
 * B = to − from; ws.correct = samples whose largest probability was their label. Non-finite
 * parameters give a non-finite loss, never a throw.
 */
export function labLossAndGradient(
	shape: LabNetShape,
	params: Float64Array,
	x: Inputs,
	labels: ArrayLike<number>,
	indices: ArrayLike<number>,
	from: number,
	to: number,
	grad: Float64Array,
	ws: LabWorkspace
): number {
	const l = labLayout(shape);
	const d = shape.inputs;
	const nh = shape.hidden;
	const k = shape.classes;
	const b = to - from;
	grad.fill(0);
	ws.correct = 0;
	if (b <= 0) return 0;
	const { h, z, q, dh } = ws;
	const inv = 1 / b;
	let loss = 0;
	for (let s = from; s < to; s++) {
		const n = indices[s];
		const y = labels[n];
		const xo = n * d;
		const lse = forwardSample(shape, l, params, x, xo, ws);
		loss += lse - z[y];
		if (ws.argmax === y) ws.correct++;
		dh.fill(0);
		for (let c = 0; c < k; c++) {
			const dz = (q[c] - (c === y ? 1 : 0)) * inv;
			grad[l.b2 + c] += dz;
			const row = l.w2 + c * nh;
			for (let j = 0; j < nh; j++) {
				grad[row + j] += dz * h[j];
				dh[j] += params[row + j] * dz;
			}
		}
		// Only the units ReLU let through pass a gradient to W₁; four of them a pass over x.
		const active = ws.active;
		let m = 0;
		for (let j = 0; j < nh; j++) {
			if (h[j] <= 0) continue;
			grad[l.b1 + j] += dh[j];
			active[m++] = j;
		}
		let t = 0;
		for (; t + 4 <= m; t += 4) {
			const j0 = active[t];
			const j1 = active[t + 1];
			const j2 = active[t + 2];
			const j3 = active[t + 3];
			const d0 = dh[j0];
			const d1 = dh[j1];
			const d2 = dh[j2];
			const d3 = dh[j3];
			const r0 = l.w1 + j0 * d;
			const r1 = l.w1 + j1 * d;
			const r2 = l.w1 + j2 * d;
			const r3 = l.w1 + j3 * d;
			for (let i = 0; i < d; i++) {
				const xi = x[xo + i];
				grad[r0 + i] += d0 * xi;
				grad[r1 + i] += d1 * xi;
				grad[r2 + i] += d2 * xi;
				grad[r3 + i] += d3 * xi;
			}
		}
		for (; t < m; t++) {
			const j = active[t];
			const dj = dh[j];
			const r = l.w1 + j * d;
			for (let i = 0; i < d; i++) grad[r + i] += dj * x[xo + i];
		}
	}
	return loss * inv;
}

/**
 * Forward pass over the samples at `indices` (all n samples in order when null): their K
 * probabilities each into `probs` (row t for indices[t], length ≥ count · K), and, when `labels`
 * is given, the mean cross-entropy (NaN for no samples) with ws.correct the samples whose
 * argmax was their label.
 */
export function labEvaluate(
	shape: LabNetShape,
	params: Float64Array,
	x: Inputs,
	indices: ArrayLike<number> | null,
	probs: Float64Array,
	ws: LabWorkspace,
	labels?: ArrayLike<number>
): number {
	const l = labLayout(shape);
	const d = shape.inputs;
	const k = shape.classes;
	const count = indices ? indices.length : Math.floor(x.length / d);
	ws.correct = 0;
	let loss = 0;
	for (let t = 0; t < count; t++) {
		const n = indices ? indices[t] : t;
		const lse = forwardSample(shape, l, params, x, n * d, ws);
		for (let c = 0; c < k; c++) probs[t * k + c] = ws.q[c];
		if (labels) {
			const y = labels[n];
			loss += lse - ws.z[y];
			if (ws.argmax === y) ws.correct++;
		}
	}
	return count === 0 ? NaN : loss / count;
}

/** q = softmax(W₂ ReLU(W₁ x + b₁) + b₂) for each of the n samples of `x` (n × D): n × K values. */
export function labForward(
	shape: LabNetShape,
	params: Float64Array,
	x: Inputs,
	probs = new Float64Array(Math.floor(x.length / shape.inputs) * shape.classes)
): Float64Array {
	labEvaluate(shape, params, x, null, probs, createLabWorkspace(shape));
	return probs;
}

/** Mean cross-entropy (1/n) Σ −ln q_y of the samples at `indices` (all when omitted). */
export function labLoss(
	shape: LabNetShape,
	params: Float64Array,
	x: Inputs,
	labels: ArrayLike<number>,
	indices?: ArrayLike<number>
): number {
	const count = indices ? indices.length : Math.floor(x.length / shape.inputs);
	const probs = new Float64Array(count * shape.classes);
	return labEvaluate(shape, params, x, indices ?? null, probs, createLabWorkspace(shape), labels);
}

/**
 * The K probabilities of each of the n pictures in `pixels` (n × D bytes as the page sends them,
 * labImage.ts): n × K values, row t for picture t. One picture gives one row.
 */
export function labPredictPixels(
	shape: LabNetShape,
	params: Float64Array,
	pixels: Uint8Array
): Float64Array {
	return labForward(shape, params, labInputs(pixels));
}
