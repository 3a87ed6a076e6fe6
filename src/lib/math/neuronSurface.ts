import { activations, sigmoid } from './activations';
import { losses } from './losses';
import type { Minimum } from './surfaces';
import type { NeuronSurfaceId } from './lossSurfaceIds';
import type { Objective } from './objective';

/**
 * The loss surface of the course's own neuron: one input x, one weight w, one bias b and a
 * sigmoid output ŷ = σ(w·x + b), scored on eight fixed labelled points. Its two parameters play
 * the roles of w₁ = w and w₂ = b on the 3D surface.
 *
 * - neuronBce: L(w, b) = (1/n) Σ −[yᵢ log ŷᵢ + (1 − yᵢ) log(1 − ŷᵢ)], convex, one minimum.
 * - neuronMse: L(w, b) = (1/n) Σ (yᵢ − ŷᵢ)², not convex, with flat plateaus where the neuron is
 *   confidently wrong (lesson 3: there σ'(z) ≈ 0 and MSE's gradient vanishes).
 */

/**
 * A small one-feature dataset (say, a measurement x of each picture and its label y, 1 = dog).
 * The classes overlap (x = 0.2 is a dog, x = 0.8 a cat), so no threshold separates them and
 * both losses have their lowest point at a finite (w, b); the data sit right of 0, so b ≠ 0.
 */
export const neuronData = {
	x: Float64Array.from([-2, -1.3, -0.6, 0.2, 0.8, 1.5, 2.3, 3]),
	y: Float64Array.from([0, 0, 0, 1, 0, 1, 1, 1])
} as const;

export interface NeuronSurface extends Objective {
	readonly id: NeuronSurfaceId;
	readonly dim: 2;
	readonly minima: readonly Minimum[];
	readonly saddles: readonly (readonly [number, number])[];
	readonly defaultStart: readonly [number, number];
}

/**
 * Plotting box for (w, b): with |x| ≤ 3 it keeps |z| ≤ 26, where σ is still representable. It
 * reaches |b| = 8 so that the plateaus, where every output is saturated, are on the map.
 */
const domain = [
	[-6, 6],
	[-8, 8]
] as const;

/**
 * Mean squared error of the neuron and its gradient:
 * ∂L/∂w = (1/n) Σ 2(ŷᵢ − yᵢ) σ'(zᵢ) xᵢ, ∂L/∂b = (1/n) Σ 2(ŷᵢ − yᵢ) σ'(zᵢ).
 */
function mseAt(w: number, b: number, out?: Float64Array): number {
	const { x, y } = neuronData;
	const n = x.length;
	let sum = 0;
	let gw = 0;
	let gb = 0;
	for (let i = 0; i < n; i++) {
		const z = w * x[i] + b;
		const yHat = sigmoid(z);
		sum += losses.mse.loss(yHat, y[i]);
		const dz = losses.mse.dLoss(yHat, y[i]) * activations.sigmoid.dAct(z);
		gw += dz * x[i];
		gb += dz;
	}
	if (out) {
		out[0] = gw / n;
		out[1] = gb / n;
	}
	return sum / n;
}

/** log(1 + eᶻ) without overflow for large z or loss of digits for very negative z. */
function softplus(z: number): number {
	return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/**
 * Binary cross-entropy of the neuron, in its logit form −[y log σ(z) + (1 − y) log(1 − σ(z))]
 * = softplus(z) − y·z, whose derivative in z is exactly σ(z) − y. This is the same function as
 * losses.bce ∘ σ, but stays exact where σ(z) rounds to 0 or 1 and bce would clamp it.
 * ∂L/∂w = (1/n) Σ (ŷᵢ − yᵢ) xᵢ, ∂L/∂b = (1/n) Σ (ŷᵢ − yᵢ).
 */
function bceAt(w: number, b: number, out?: Float64Array): number {
	const { x, y } = neuronData;
	const n = x.length;
	let sum = 0;
	let gw = 0;
	let gb = 0;
	for (let i = 0; i < n; i++) {
		const z = w * x[i] + b;
		sum += softplus(z) - y[i] * z;
		const dz = sigmoid(z) - y[i];
		gw += dz * x[i];
		gb += dz;
	}
	if (out) {
		out[0] = gw / n;
		out[1] = gb / n;
	}
	return sum / n;
}

function neuronSurface(
	id: NeuronSurfaceId,
	at: (w: number, b: number, out?: Float64Array) => number,
	minima: readonly Minimum[],
	saddles: readonly (readonly [number, number])[],
	defaultStart: readonly [number, number]
): NeuronSurface {
	return {
		id,
		dim: 2,
		f: (p) => at(p[0], p[1]),
		grad(p, out) {
			at(p[0], p[1], out);
		},
		domain,
		minima,
		saddles,
		defaultStart
	};
}

// The stationary points below were found by Newton's method from a grid of starts over the
// domain; the unit tests check that the gradient vanishes at each and that the Hessian is
// positive definite at the minima and indefinite at the saddles.
export const neuronMse = neuronSurface(
	'neuronMse',
	mseAt,
	[{ w: [1.375786083, -0.652488458], f: 0.10139701, global: true }],
	[
		[-4.459292238, 2.281676607],
		[4.312133129, 0.586161716],
		[4.238496588, -4.60513075]
	],
	// From here the neuron is confidently wrong: plain gradient descent crawls over a plateau
	// before it finds the way down (lesson 3's vanishing MSE gradient, seen from above).
	[-4.5, 6]
);

export const neuronBce = neuronSurface(
	'neuronBce',
	bceAt,
	[{ w: [1.944212331, -0.945208173], f: 0.296655109, global: true }],
	[],
	[-5, 4]
);

/** The neuron surface called `id`. */
export function getNeuronSurface(id: NeuronSurfaceId): NeuronSurface {
	return id === 'neuronMse' ? neuronMse : neuronBce;
}
