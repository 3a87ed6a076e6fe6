import type { LossId } from './ids';
import { lossAndGradient, meanLoss, type ModelSpec } from './model';
import type { Minimum, SurfaceOf } from './surfaces';
import type { NeuronSurfaceId } from './ids';

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

export type NeuronSurface = SurfaceOf<NeuronSurfaceId>;

/**
 * Plotting box for (w, b): with |x| ≤ 3 it keeps |z| ≤ 26, where σ is still representable. It
 * reaches |b| = 8 so that the plateaus, where every output is saturated, are on the map.
 */
const domain = [
	[-6, 6],
	[-8, 8]
] as const;

/**
 * The neuron as the course's classifier with one feature (model.ts), θ = (w, b), data not
 * centred. Its mean loss and gradient are the classifier's:
 * ∂L/∂w = (1/n) Σ ∂ℓ/∂zᵢ xᵢ, ∂L/∂b = (1/n) Σ ∂ℓ/∂zᵢ, with ∂ℓ/∂z = 2(ŷ − y)·ŷ(1 − ŷ) for squared
 * error and ŷ − y for cross-entropy, whose loss is taken in its logit form softplus(z) − y·z:
 * the same function as losses.bce ∘ σ, but exact where σ(z) rounds to 0 or 1 and bce would
 * clamp it.
 */
const neuronModel: ModelSpec = {
	kind: 'logistic',
	inputs: 1,
	hidden: 1,
	activation: 'sigmoid',
	centre: 0
};
const everySample = Uint32Array.from(neuronData.y, (_, i) => i);
// Reused: a grid asks for thousands of points, and a typed θ keeps the model's loops fast.
const theta = new Float64Array(2);

/** The mean loss `id` at (w, b); its gradient into `out` when given. */
function lossAt(id: LossId, w: number, b: number, out?: Float64Array): number {
	const { x, y } = neuronData;
	theta[0] = w;
	theta[1] = b;
	if (!out) return meanLoss(neuronModel, id, theta, x, y);
	return lossAndGradient(neuronModel, id, theta, x, y, everySample, out);
}

function neuronSurface(
	id: NeuronSurfaceId,
	loss: LossId,
	minima: readonly Minimum[],
	saddles: readonly (readonly [number, number])[],
	defaultStart: readonly [number, number]
): NeuronSurface {
	return {
		id,
		dim: 2,
		f: (p) => lossAt(loss, p[0], p[1]),
		grad(p, out) {
			lossAt(loss, p[0], p[1], out);
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
	'mse',
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
	'bce',
	[{ w: [1.944212331, -0.945208173], f: 0.296655109, global: true }],
	[],
	[-5, 4]
);

/** The neuron surface called `id`. */
export function getNeuronSurface(id: NeuronSurfaceId): NeuronSurface {
	return id === 'neuronMse' ? neuronMse : neuronBce;
}
