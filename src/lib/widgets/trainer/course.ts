import type { RateChange } from '$lib/engine/trainerProtocol';
import type { RateFrom } from '$lib/ui/slideMode';

/**
 * A run's course: the learning rate from each update on, the first from update 0. The worker's
 * training is seeded, so two runs opened with the same settings that take the same course reach
 * the same weights, loss and accuracy at the same update. That is how a talk's audience window
 * shows the presenter's run: it trains the same way, it does not replay the presenter's presses.
 */
export function courseOf(lr: number, changes: readonly RateChange[]): RateFrom[] {
	// Before the first update a new rate replaces the starting one; after it, each change is
	// recorded with the rate it replaced, so the first change knows the starting rate.
	const start = changes.length ? changes[0].from : lr;
	return [{ at: 0, lr: start }, ...changes.map((c) => ({ at: c.iteration, lr: c.lr }))];
}

/** Where a window's run is: updates done, and the course it took. */
export interface RunAt {
	iteration: number;
	course: RateFrom[];
}

/** Where another window's run is: `k` updates along `rates`. */
export interface RunTarget {
	k: number;
	rates: RateFrom[];
}

/** The next thing to do to reach a target: nothing, open again at a rate, train, or change rate. */
export type CourseMove =
	| { kind: 'done' }
	| { kind: 'reopen'; lr: number }
	| { kind: 'train'; count: number }
	| { kind: 'rate'; lr: number };

/**
 * The next move from `mine` towards `target`. A run that went further, or took another course,
 * starts again (a run cannot go back); otherwise it trains up to the target's next change of
 * rate, changes it there, and trains on to update k.
 */
export function nextMove(mine: RunAt, target: RunTarget): CourseMove {
	const want = target.rates.length ? target.rates : mine.course.slice(0, 1);
	const start = want[0].lr;
	if (mine.iteration > target.k || mine.course.length > want.length) {
		return { kind: 'reopen', lr: start };
	}
	const apart = mine.course.some((r, i) => r.at !== want[i].at || r.lr !== want[i].lr);
	if (apart) return { kind: 'reopen', lr: start };
	const next = want[mine.course.length];
	if (next && next.at <= target.k) {
		if (next.at < mine.iteration) return { kind: 'reopen', lr: start };
		if (next.at === mine.iteration) return { kind: 'rate', lr: next.lr };
		return { kind: 'train', count: next.at - mine.iteration };
	}
	if (mine.iteration < target.k) return { kind: 'train', count: target.k - mine.iteration };
	return { kind: 'done' };
}
