import type { RateChange } from '$lib/engine/trainerProtocol';

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

/** A rate change placed on the epoch axis. */
export interface RateMark {
	/** Epochs done when it happened, with the part of the epoch under way (5.25: a quarter in). */
	x: number;
	change: RateChange;
}

/** Where each rate change sits on a per-epoch chart, given the iterations per epoch. */
export function rateMarks(changes: readonly RateChange[], iterationsPerEpoch: number): RateMark[] {
	return changes.map((change) => ({
		x: change.epoch + (iterationsPerEpoch > 0 ? change.iterationInEpoch / iterationsPerEpoch : 0),
		change
	}));
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
