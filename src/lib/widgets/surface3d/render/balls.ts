import { between, pathPoints } from './mesh';
import type { OverlayBall } from './overlay';
import type { Landscape, SceneBallView } from './view';

/** How far above the surface a ball and its trail float, in scene units. */
const LIFT = 0.035;

interface Ball extends OverlayBall {
	/** The run these points show. */
	path: Float64Array;
}

/**
 * The balls as the overlay draws them: each run's points in scene units, where along its run each
 * ball is, and the move from one step to the next while play runs.
 */
export interface Balls {
	readonly list: readonly OverlayBall[];
	/** Whether a move between two steps is under way (it needs more frames). */
	readonly moving: boolean;
	/**
	 * Takes the runs that changed (null: the ball's run is still current) on `landscape`; with
	 * `rebuild`, every ball is new (a new landscape changes every height).
	 */
	sync(runs: (SceneBallView | null)[], landscape: Landscape, rebuild: boolean): void;
	/**
	 * Shows step `step`: moving there over `tweenMs` when it is the next step of the same runs,
	 * otherwise at once.
	 */
	show(step: number, tweenMs: number, runsChanged: boolean): void;
	/** Puts the balls where a move begun earlier is at time `now`; false once it has ended. */
	advance(now: number): boolean;
}

export function createBalls(): Balls {
	const balls: Ball[] = [];
	let shown = 0;
	let tween: { from: number; t0: number; ms: number } | null = null;

	/** Balls at fraction f between step `from` and from + 1 (f = 1: at from + 1). */
	function place(from: number, f: number) {
		for (const b of balls) {
			b.at = between(b.points, from, f);
			b.drawn = Math.min(b.points.length / 3, from + 1 + (f >= 1 ? 1 : 0));
		}
	}

	return {
		list: balls,
		get moving() {
			return tween !== null;
		},
		sync(runs, { grid, mode }, rebuild) {
			if (rebuild) balls.length = 0;
			balls.length = Math.min(balls.length, runs.length);
			runs.forEach((run, i) => {
				if (!run || balls[i]?.path === run.path) return;
				const points = pathPoints(run.path, run.loss, run.steps, grid, mode, LIFT);
				balls[i] = {
					color: run.color,
					points,
					path: run.path,
					drawn: 0,
					at: [points[0], points[1], points[2]]
				};
			});
		},
		show(step, tweenMs, runsChanged) {
			if (step === shown + 1 && tweenMs > 0 && !runsChanged) {
				tween = { from: shown, t0: performance.now(), ms: tweenMs };
			} else {
				tween = null;
				place(step, 0);
			}
			shown = step;
		},
		advance(now) {
			if (!tween) return false;
			const f = tween.ms > 0 ? Math.min(1, (now - tween.t0) / tween.ms) : 1;
			place(tween.from, f);
			if (f >= 1) tween = null;
			return tween !== null;
		}
	};
}
