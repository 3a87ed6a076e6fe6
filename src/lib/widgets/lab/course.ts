import type { RateFrom } from '$lib/ui/slideMode';

/**
 * The lab run's course with a new rate `lr` from epoch `at` on (the epoch the worker said it
 * counts from): the rate of each stretch of epochs, the first from epoch 0. A talk's audience
 * window trains along it to reach the presenter's numbers (follow.svelte.ts, and the trainer's
 * course.ts for the moves). A rate set again before any epoch trained at the last one replaces
 * it, and one that changes nothing adds nothing, so two windows that set the same rates at the
 * same epochs hold the same course.
 */
export function withRate(course: readonly RateFrom[], at: number, lr: number): RateFrom[] {
	if (course.length === 0) return [{ at: 0, lr }];
	const last = course[course.length - 1];
	if (last.lr === lr) return [...course];
	if (at > last.at) return [...course, { at, lr }];
	// Set again at the same epoch: the last stretch never trained at its rate.
	const before = course.slice(0, -1);
	if (before.length && before[before.length - 1].lr === lr) return before;
	return [...before, { at: last.at, lr }];
}
