import type { RateChange, TrainerSnapshot } from '$lib/engine/trainerProtocol';

/** What a run was opened with, as keys (see state.ts), and the learning rate it trains at. */
export interface OpenedRun {
	data: string;
	run: string;
	lr: number;
}

/**
 * What a change of settings asks of the run: new data, a new run on the same data, only a new
 * rate for the run under way, or nothing. A run that has ended (done or diverged), or has not
 * been opened yet, starts again on a new rate as on any other change.
 */
export function settingsChange(
	opened: OpenedRun,
	now: OpenedRun,
	underWay: boolean
): 'data' | 'restart' | 'rate' | 'none' {
	if (now.data !== opened.data) return 'data';
	if (now.run !== opened.run) return 'restart';
	if (now.lr !== opened.lr) return underWay ? 'rate' : 'restart';
	return 'none';
}

/**
 * Rate changes close together in the run, drawn and told as one: dragging the slider makes dozens
 * of changes a few iterations apart, which as separate lines would bury the curves.
 */
export interface RateBurst {
	/** Where the first and the last change sit on the epoch axis (epochs, with the part of the
	 * epoch under way: 5.25 is a quarter into the epoch after 5). Equal for a single change. */
	start: number;
	end: number;
	first: RateChange;
	last: RateChange;
	/** Changes in the burst. */
	count: number;
}

/**
 * Groups changes into bursts: a change at most `gap` iterations after the one before it joins
 * its burst (by default one epoch's worth).
 */
export function rateBursts(
	changes: readonly RateChange[],
	iterationsPerEpoch: number,
	gap = iterationsPerEpoch
): RateBurst[] {
	const x = (c: RateChange) =>
		c.epoch + (iterationsPerEpoch > 0 ? c.iterationInEpoch / iterationsPerEpoch : 0);
	const out: RateBurst[] = [];
	for (const c of changes) {
		const b = out[out.length - 1];
		if (b && c.iteration - b.last.iteration <= gap) {
			b.last = c;
			b.end = x(c);
			b.count++;
		} else out.push({ start: x(c), end: x(c), first: c, last: c, count: 1 });
	}
	return out;
}

/**
 * The marks worth a text label: the newest, then going back, each at least `gap` pixels left of
 * the last one labelled (a drag makes many changes close together; their labels would overlap).
 */
export function labelledMarks<T extends { px: number }>(marks: readonly T[], gap: number): T[] {
	const out: T[] = [];
	for (let i = marks.length - 1; i >= 0; i--) {
		const last = out[out.length - 1];
		if (!last || last.px - marks[i].px >= gap) out.push(marks[i]);
	}
	return out.reverse();
}

/**
 * The run's rate as the page shows it: the worker's last word, plus the rate the reader has just
 * asked for, placed where the run was last seen. A drag then shows its rate in the next frame,
 * not a worker's round trip later, behind a chunk of training. Changes are kept as the run keeps
 * them (training.ts): none before the first update, and one per iteration. The worker's answer
 * then puts the change where it really applies.
 */
export function withAsked(
	rate: { lr: number; changes: RateChange[] } | null,
	asked: number | null,
	at: Pick<TrainerSnapshot, 'epoch' | 'iterationInEpoch' | 'iteration'>
): { lr: number; changes: RateChange[] } | null {
	if (!rate || asked === null || asked === rate.lr) return rate;
	if (at.iteration === 0) return { lr: asked, changes: rate.changes };
	const changes = rate.changes.slice();
	const last = changes[changes.length - 1];
	if (last && last.iteration === at.iteration) {
		changes.pop();
		if (asked !== last.from) changes.push({ ...last, lr: asked });
	} else {
		const { epoch, iterationInEpoch, iteration } = at;
		changes.push({ epoch, iterationInEpoch, iteration, from: rate.lr, lr: asked });
	}
	return { lr: asked, changes };
}
