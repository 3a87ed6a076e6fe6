import type { EpochMetrics, RateChange, TrainerSnapshot } from '$lib/engine/trainerProtocol';
import { EARLY_STOP_PATIENCE } from '$lib/math/ids';
import type { BatchView } from './batchTrace';
import type { LastUpdate } from './run.svelte';
import { formatNumber } from '$lib/i18n/lang';
import { lowestValLoss } from './chart';
import type { TrainerStrings } from './strings';

/** Where the run stands; the last three are ends (a print still waits for one, scripts/printStills.mjs). */
export type RunState = 'ready' | 'training' | 'paused' | 'done' | 'stopped' | 'diverged';

export function runState(snap: TrainerSnapshot, playing: boolean): RunState {
	if (snap.status === 'diverged') return 'diverged';
	if (snap.stopped && snap.stopped.at < snap.epochs) return 'stopped';
	if (snap.status === 'done') return 'done';
	if (playing) return 'training';
	return snap.iteration === 0 ? 'ready' : 'paused';
}

/** One word or phrase for where the run stands. */
export function stateLabel(t: TrainerStrings, snap: TrainerSnapshot, playing: boolean): string {
	const state = runState(snap, playing);
	return state === 'diverged' ? t.diverged(snap.divergedAt ?? snap.iteration) : t.status[state];
}

const pct = (a: number) => `${formatNumber(a * 100, 3)}%`;
/** The run's rate and its changes (the newest the worker reported). */
export interface RateNow {
	lr: number;
	changes: readonly RateChange[];
}

/** A rate as the slider's number field shows it. */
export const rateNumber = (lr: number) => formatNumber(lr, 4);

/**
 * The run's learning rate as a sentence: the rate now and, after a change mid-run, from where
 * it applies and what it was; once the run has ended, that a new rate starts a new run.
 */
export function rateText(t: TrainerStrings, rate: RateNow, finished: boolean): string {
	const last = rate.changes[rate.changes.length - 1];
	const text = last
		? t.rateFrom({
				lr: rateNumber(rate.lr),
				from: rateNumber(last.from),
				epoch: last.epoch,
				iter: last.iterationInEpoch
			})
		: t.rateNow(rateNumber(rate.lr));
	return finished ? `${text}${t.sentenceGap}${t.rateRestarts}` : text;
}

/**
 * The numbers of the run as a sentence, for the live region: counters, the last epoch's losses
 * and accuracies, the learning rate, the epoch of lowest validation loss, and the run's state.
 */
export function readoutText(...args: Parameters<typeof readoutParts>): string {
	const { numbers, more } = readoutParts(...args);
	return more ? `${numbers}${args[0].sentenceGap}${more}` : numbers;
}

/**
 * The readout in two parts: the run's numbers, and what the picture beside them also shows (the
 * batch losses the chart draws, the state the counters name, that a new rate starts a new run).
 * Beside a lesson's steps the second part is for a screen reader only, so the trainer fits
 * beside the steps and sticks.
 */
export function readoutParts(
	t: TrainerStrings,
	snap: TrainerSnapshot,
	history: readonly EpochMetrics[],
	playing: boolean,
	rate: RateNow = { lr: snap.lr, changes: snap.rateChanges },
	/** The batch losses, when the chart shows them. */
	batches: BatchView | null = null
): { numbers: string; more: string } {
	const last = history[history.length - 1];
	if (!last) return { numbers: '', more: '' };
	// After early stopping the numbers are the restored weights', as the matrix and boundary are.
	const stopped = snap.stopped;
	const shown = stopped?.best ?? last;
	const numbers = {
		trainLoss: formatNumber(shown.trainLoss),
		valLoss: formatNumber(shown.valLoss),
		trainAcc: pct(shown.trainAccuracy),
		valAcc: pct(shown.valAccuracy)
	};
	const parts = [
		stopped
			? t.stoppedReadout({
					at: stopped.at,
					epochs: snap.epochs,
					best: stopped.best.epoch,
					patience: stopped.at < snap.epochs ? EARLY_STOP_PATIENCE : null,
					...numbers
				})
			: t.readout({
					epoch: snap.epoch,
					epochs: snap.epochs,
					iter: snap.iterationInEpoch,
					ipe: snap.iterationsPerEpoch,
					...numbers
				})
	];
	const finished = snap.status === 'done' || snap.status === 'diverged';
	parts.push(rateText(t, rate, false));
	const best = lowestValLoss(history);
	if (best) parts.push(t.bestEpoch(best.epoch, formatNumber(best.valLoss)));
	const more = [];
	if (batches) more.push(batchesText(t, batches));
	more.push(t.stateNote(stateLabel(t, snap, playing)));
	if (finished) more.push(t.rateRestarts);
	return { numbers: parts.join(t.sentenceGap), more: more.join(t.sentenceGap) };
}

/** The batch losses drawn, in words: how many, and how far the last epoch's spread. */
export function batchesText(t: TrainerStrings, b: BatchView): string {
	// One batch an epoch has no spread to tell.
	const spread = b.spread && b.spread.lo !== b.spread.hi ? b.spread : null;
	return t.batchesText({
		n: b.n,
		stride: b.stride,
		lo: spread && formatNumber(spread.lo),
		hi: spread && formatNumber(spread.hi)
	});
}

/** One example at a time: the update just made, as a sentence (`n` updates so far). */
export function oneText(
	t: TrainerStrings,
	last: LastUpdate,
	n: number,
	names: readonly [string, string]
): string {
	const pct = (p: number) => `${(p * 100).toPrecision(3)}%`;
	return t.one.readout({
		n,
		cls: names[last.label],
		before: pct(last.before),
		after: pct(last.after),
		target: `P(${names[1]}) = ${last.label}`
	});
}
