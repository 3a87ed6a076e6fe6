import type { Trajectory } from './descend';
import type { RunKind } from './ids';
import type { Objective } from './objective';
import type { Minimum } from './surfaces';

export { runKinds, type RunKind } from './ids';

/** What a ball is doing at one step; see RunKind for the words. */
export interface RunState {
	kind: RunKind;
	/** The step at which this state began (for `diverged`, the step at which the run blew up). */
	step: number;
	/** For `converged`: whether the minimum reached is the surface's lowest. */
	minimum?: 'global' | 'local';
}

/** A surface the classifier can judge: a two-weight objective whose minima are known. */
export interface Landscape extends Objective {
	readonly minima: readonly Minimum[];
}

/** Sizes that make the thresholds below independent of each surface's units. */
export interface LandscapeScale {
	/** Median ‖∇L‖ over a grid of the domain: what "a steep slope here" means. */
	grad: number;
	/** Lowest known L (the global minimum). */
	low: number;
	/** Median L over the domain: with `low`, what "far above the lowest loss" means. */
	median: number;
	/** Mean side of the domain box, in weight units. */
	width: number;
}

// Thresholds, each relative to a LandscapeScale so one set serves every surface.
/** ‖∇L‖ below this fraction of the typical slope counts as "barely moving". */
const SLOW = 0.02;
/** A stationary point closer than this fraction of the width counts as "reached". */
const AT_POINT = 1e-3;
/** A saddle closer than this fraction of the width counts as "stuck at it". */
const NEAR_SADDLE = 0.02;
/** A minimum closer than this fraction of the width: still converging, however slowly. */
const NEAR_MIN = 0.05;
/** Loss above low + this fraction of (median − low) is "far above the lowest loss". */
const HIGH = 0.1;
/** Steps looked back over to call a run oscillating. */
const WINDOW = 16;
/** A converged ball stays converged while it keeps within this many AT_POINT radii. */
const STAY = 10;

const scales = new WeakMap<Landscape, LandscapeScale>();

function median(values: number[]): number {
	const s = values.filter(Number.isFinite).sort((p, q) => p - q);
	return s.length ? s[s.length >> 1] : 0;
}

/** Typical slope, lowest and median loss, and width of `surface`, sampled on a 17 × 17 grid. */
export function landscapeScale(surface: Landscape): LandscapeScale {
	const known = scales.get(surface);
	if (known) return known;
	const [[lo1, hi1], [lo2, hi2]] = surface.domain;
	const n = 17;
	const w = new Float64Array(2);
	const g = new Float64Array(2);
	const grads: number[] = [];
	const values: number[] = [];
	for (let j = 0; j < n; j++) {
		for (let i = 0; i < n; i++) {
			w[0] = lo1 + ((hi1 - lo1) * i) / (n - 1);
			w[1] = lo2 + ((hi2 - lo2) * j) / (n - 1);
			surface.grad(w, g);
			grads.push(Math.hypot(g[0], g[1]));
			values.push(surface.f(w));
		}
	}
	const low = Math.min(...surface.minima.map((m) => m.f), ...values.filter(Number.isFinite));
	const scale = {
		grad: median(grads),
		low,
		median: median(values),
		width: (hi1 - lo1 + hi2 - lo2) / 2
	};
	scales.set(surface, scale);
	return scale;
}

/**
 * The Hessian [[h₁₁, h₁₂], [h₁₂, h₂₂]] of a two-weight objective at `w`, by central differences
 * of its analytic gradient: hᵢⱼ = (∂ᵢL(w + h·eⱼ) − ∂ᵢL(w − h·eⱼ)) / 2h, symmetrised.
 * Returned as [h₁₁, h₁₂, h₂₂].
 */
export function hessian2(
	objective: Objective,
	w: ArrayLike<number>,
	h = 1e-5
): [number, number, number] {
	const c0 = scratch.c0;
	const c1 = scratch.c1;
	gradientChange(objective, w, 0, h, c0);
	gradientChange(objective, w, 1, h, c1);
	return [c0[0], (c1[0] + c0[1]) / 2, c1[1]];
}

/** (∇L(w + h·eⱼ) − ∇L(w − h·eⱼ)) / 2h into `out`: column j of the Hessian. */
function gradientChange(
	objective: Objective,
	w: ArrayLike<number>,
	j: 0 | 1,
	h: number,
	out: Float64Array
): void {
	const { p, up, down } = scratch;
	p[0] = w[0];
	p[1] = w[1];
	p[j] = w[j] + h;
	objective.grad(p, up);
	p[j] = w[j] - h;
	objective.grad(p, down);
	out[0] = (up[0] - down[0]) / (2 * h);
	out[1] = (up[1] - down[1]) / (2 * h);
}

// Scratch buffers shared by every call: a run of 2,000 steps asks for 2,000 Hessians, and
// allocating these each time cost more than the arithmetic.
const scratch = {
	p: new Float64Array(2),
	up: new Float64Array(2),
	down: new Float64Array(2),
	c0: new Float64Array(2),
	c1: new Float64Array(2),
	g: new Float64Array(2)
};

/** Eigenvalues λ₁ ≤ λ₂ of the symmetric matrix [[a, b], [b, c]]. */
export function eigen2(a: number, b: number, c: number): [number, number] {
	const mean = (a + c) / 2;
	const r = Math.hypot((a - c) / 2, b);
	return [mean - r, mean + r];
}

/** Local shape at one point: eigenvalues of the Hessian and the length of the Newton step. */
interface Local {
	lambda: [number, number];
	/** ‖H⁻¹∇L‖: how far the nearest stationary point is, if the surface were quadratic. */
	newton: number;
}

function localShape(surface: Landscape, w: ArrayLike<number>): Local {
	const [a, b, c] = hessian2(surface, w);
	const g = scratch.g;
	surface.grad(w, g);
	const det = a * c - b * b;
	const newton =
		det === 0 ? Infinity : Math.hypot((c * g[0] - b * g[1]) / det, (a * g[1] - b * g[0]) / det);
	return { lambda: eigen2(a, b, c), newton };
}

/** True when the last WINDOW steps up to k swing back and forth. */
function swinging(traj: Trajectory, k: number, scale: LandscapeScale): boolean {
	const { path, loss } = traj;
	const from = Math.max(1, k - WINDOW + 1);
	// Rises smaller than this are rounding, not a swing.
	const noise = 1e-9 * (scale.median - scale.low);
	let flips = 0;
	let pairs = 0;
	let rises = 0;
	for (let j = from; j <= k; j++) {
		if (loss[j] > loss[j - 1] + noise) rises++;
		// Reversals count over the last half of the window only, so a ball that has stopped
		// swinging is called converging again soon.
		if (j - 1 < from || j < k - WINDOW / 2) continue;
		const dot =
			(path[2 * j] - path[2 * j - 2]) * (path[2 * j - 2] - path[2 * j - 4]) +
			(path[2 * j + 1] - path[2 * j - 1]) * (path[2 * j - 1] - path[2 * j - 3]);
		pairs++;
		if (dot < 0) flips++;
	}
	return (pairs >= 2 && flips * 2 >= pairs) || rises >= 2;
}

/**
 * The state of `traj` (a run on the two-weight `surface`) at step k, judged from what the run has
 * done up to k and the surface's shape where the ball is: the slope, the Hessian's eigenvalues
 * and the Newton step (the distance to the stationary point the local quadratic points at).
 * `step` in the answer is k; classifyTrajectory fills in when each state began. `previous`, the
 * state at step k − 1, keeps a converged ball converged while it jitters inside its minimum.
 */
export function classifyStep(
	traj: Trajectory,
	surface: Landscape,
	k: number,
	previous?: RunState
): RunState {
	const scale = landscapeScale(surface);
	const status = traj.status;
	if (status.kind === 'diverged' && k >= status.step)
		return { kind: 'diverged', step: status.step };
	const at = Math.min(k, traj.steps);
	const w = traj.path.subarray(2 * at, 2 * at + 2);
	const curvature = (1e-3 * scale.grad) / scale.width;
	const moved = at > 0 ? Math.hypot(w[0] - traj.path[2 * at - 2], w[1] - traj.path[2 * at - 1]) : 0;
	// The run stopped: ‖∇L‖ fell below descend's tolerance.
	const stopped = status.kind === 'converged' && at >= status.step;
	const slow = traj.gradNorm[at] < SLOW * scale.grad || stopped;
	const high = traj.loss[at] > scale.low + HIGH * (scale.median - scale.low);

	if (slow) {
		// The local shape only matters where the ball barely moves: most steps skip it.
		const { lambda, newton } = localShape(surface, w);
		if (lambda[0] < -curvature && newton < NEAR_SADDLE * scale.width)
			return { kind: 'saddle', step: k };
		const nearMin = lambda[0] > curvature;
		const radius = (previous?.kind === 'converged' ? STAY : 1) * AT_POINT * scale.width;
		// A ball that jumped straight onto a minimum (the bowl at ηa = 1) moved far in its last
		// step but has stopped there for good: that is converged, not passing through.
		if (nearMin && newton < radius && (moved < radius || stopped)) {
			const tol = 1e-3 * (scale.median - scale.low) + 1e-12;
			return {
				kind: 'converged',
				step: k,
				minimum: traj.loss[at] <= scale.low + tol ? 'global' : 'local'
			};
		}
		// Barely moving, with no minimum close by: far above the lowest loss, or stopped on a flat
		// stretch that leads nowhere (the neuron's MSE flattens out towards infinity).
		if (!(nearMin && newton < NEAR_MIN * scale.width) && (high || stopped)) {
			return { kind: 'plateau', step: k };
		}
	}
	if (at >= 2 && swinging(traj, at, scale)) return { kind: 'oscillating', step: k };
	return { kind: 'converging', step: k };
}

/**
 * The state at every step 0 … traj.steps, each with the step at which it began, so a readout can
 * say "converged since step 312" or "diverged at step 9" wherever the ball is shown.
 */
export function classifyTrajectory(traj: Trajectory, surface: Landscape): RunState[] {
	const states: RunState[] = [];
	for (let k = 0; k <= traj.steps; k++) {
		const prev = states[k - 1];
		const s = classifyStep(traj, surface, k, prev);
		if (prev && prev.kind === s.kind && prev.minimum === s.minimum && s.kind !== 'diverged') {
			s.step = prev.step;
		}
		states.push(s);
	}
	return states;
}
