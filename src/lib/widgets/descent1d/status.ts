import type { TrajectoryAnswer } from '$lib/engine/protocol';

export type RunView =
	| { kind: 'converged'; step: number }
	| { kind: 'diverged'; step: number }
	| { kind: 'descending' | 'oscillating' | 'ended' };

/**
 * What the reader should be told at step k of a one-weight run: the run's end once the ball has
 * reached it, otherwise whether the last steps jumped back and forth across the minimum.
 */
export function describeRun(run: TrajectoryAnswer, k: number): RunView {
	const { status } = run;
	if (k >= status.step && status.kind !== 'running') return status;
	if (k >= run.steps) return { kind: 'ended' };
	if (k >= 2) {
		const g0 = run.grad[k - 2];
		const g1 = run.grad[k - 1];
		const g2 = run.grad[k];
		if (g0 * g1 < 0 && g1 * g2 < 0) return { kind: 'oscillating' };
	}
	return { kind: 'descending' };
}
