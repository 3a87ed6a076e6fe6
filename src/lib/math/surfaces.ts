import type { SurfaceId } from './ids';
import type { Objective } from './objective';

/**
 * Two-weight loss surfaces L(w₁, w₂) for the descent widgets, each with its analytic gradient,
 * a plotting domain and its known stationary points.
 */

export interface Minimum {
	w: readonly [number, number];
	f: number;
	/** True for the lowest point of the surface. */
	global: boolean;
}

/** A two-weight loss surface whose id is one of `Id`: the descent widgets draw any of them. */
export interface SurfaceOf<Id extends string> extends Objective {
	readonly id: Id;
	readonly dim: 2;
	readonly minima: readonly Minimum[];
	/** Stationary points that are neither minima nor maxima. */
	readonly saddles: readonly (readonly [number, number])[];
	/** A start that shows the surface's character. */
	readonly defaultStart: readonly [number, number];
	/**
	 * Curvatures (a₁, a₂) of a surface that is exactly L = (a₁·w₁² + a₂·w₂²)/2, a quadratic whose
	 * axes are the weight axes; absent on every other surface. On such a surface each weight
	 * descends on its own (axisFactors.ts).
	 */
	readonly curvatures?: readonly [number, number];
}

export type Surface = SurfaceOf<SurfaceId>;

export interface SurfaceParams {
	/** Curvature a of the bowl a·(w₁² + w₂²)/2; its critical learning rate is 2/a. */
	a?: number;
}

export const DEFAULT_BOWL_A = 1;

type Spec = Omit<Surface, 'f' | 'grad' | 'dim'> & {
	fn(x: number, y: number): number;
	gradFn(x: number, y: number): [number, number];
};

function fromSpec(spec: Spec): Surface {
	const { fn, gradFn, ...rest } = spec;
	return {
		...rest,
		dim: 2,
		f: (w) => fn(w[0], w[1]),
		grad(w, out) {
			const [gx, gy] = gradFn(w[0], w[1]);
			out[0] = gx;
			out[1] = gy;
		}
	};
}

/** Bowl L = a·(w₁² + w₂²)/2, ∇L = a·w. Gradient descent converges iff 0 < η < 2/a. */
function bowl(a: number): Surface {
	return fromSpec({
		id: 'bowl',
		fn: (x, y) => (a * (x * x + y * y)) / 2,
		gradFn: (x, y) => [a * x, a * y],
		domain: [
			[-3, 3],
			[-3, 3]
		],
		minima: [{ w: [0, 0], f: 0, global: true }],
		saddles: [],
		defaultStart: [-2.5, 2],
		curvatures: [a, a]
	});
}

/** Elongated valley L = (w₁² + 20·w₂²)/2: curvatures 1 and 20, condition number 20. */
const valley = fromSpec({
	id: 'valley',
	fn: (x, y) => (x * x + 20 * y * y) / 2,
	gradFn: (x, y) => [x, 20 * y],
	domain: [
		[-3, 3],
		[-3, 3]
	],
	minima: [{ w: [0, 0], f: 0, global: true }],
	saddles: [],
	defaultStart: [-2.7, 1.2],
	curvatures: [1, 20]
});

/** Rosenbrock L = (1 − w₁)² + 100(w₂ − w₁²)²: a curved, flat-bottomed valley to (1, 1). */
const rosenbrock = fromSpec({
	id: 'rosenbrock',
	fn: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
	gradFn: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
	domain: [
		[-2, 2],
		[-1, 3]
	],
	minima: [{ w: [1, 1], f: 0, global: true }],
	saddles: [],
	defaultStart: [-1.2, 1]
});

/** Himmelblau L = (w₁² + w₂ − 11)² + (w₁ + w₂² − 7)²: four equal minima (L = 0). */
const himmelblau = fromSpec({
	id: 'himmelblau',
	fn: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
	gradFn: (x, y) => {
		const p = x * x + y - 11;
		const q = x + y * y - 7;
		return [4 * x * p + 2 * q, 2 * p + 4 * y * q];
	},
	domain: [
		[-5, 5],
		[-5, 5]
	],
	minima: [
		{ w: [3, 2], f: 0, global: true },
		{ w: [-2.805118, 3.131312], f: 0, global: true },
		{ w: [-3.77931, -3.283186], f: 0, global: true },
		{ w: [3.584428, -1.848126], f: 0, global: true }
	],
	saddles: [],
	defaultStart: [0, 0]
});

/**
 * Two wells L = (w₁² − 1)² + 0.4·w₁ + w₂²/2: a global minimum near w₁ = −1.05 and a strictly
 * worse local one near w₁ = 0.95, split by a ridge at w₁ ≈ 0.10.
 */
const twoWells = fromSpec({
	id: 'twoWells',
	fn: (x, y) => (x * x - 1) ** 2 + 0.4 * x + (y * y) / 2,
	gradFn: (x, y) => [4 * x * (x * x - 1) + 0.4, y],
	domain: [
		[-2, 2],
		[-2, 2]
	],
	minima: [
		{ w: [-1.046680532, 0], f: -0.409544295, global: true },
		{ w: [0.945649274, 0], f: 0.389442233, global: false }
	],
	saddles: [[0.101031258, 0]],
	defaultStart: [1.9, 1.5]
});

/**
 * Saddle L = (w₁² − w₂²)/2 + w₂⁴/4: flat at the origin, which is a minimum along w₁ and a
 * maximum along w₂; the true minima are at (0, ±1) with L = −1/4.
 */
const saddle = fromSpec({
	id: 'saddle',
	fn: (x, y) => (x * x - y * y) / 2 + y ** 4 / 4,
	gradFn: (x, y) => [x, -y + y ** 3],
	domain: [
		[-2, 2],
		[-2, 2]
	],
	minima: [
		{ w: [0, 1], f: -0.25, global: true },
		{ w: [0, -1], f: -0.25, global: true }
	],
	saddles: [[0, 0]],
	defaultStart: [1.8, 0.01]
});

/** The surface called `id`; `params.a` sets the bowl's curvature (default 1). */
export function getSurface(id: SurfaceId, params: SurfaceParams = {}): Surface {
	switch (id) {
		case 'bowl':
			return bowl(params.a ?? DEFAULT_BOWL_A);
		case 'valley':
			return valley;
		case 'rosenbrock':
			return rosenbrock;
		case 'himmelblau':
			return himmelblau;
		case 'twoWells':
			return twoWells;
		case 'saddle':
			return saddle;
	}
}
