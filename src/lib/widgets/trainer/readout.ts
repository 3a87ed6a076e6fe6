import type { EpochMetrics, TrainerSnapshot } from '$lib/engine/trainerProtocol';
import { formatNumber } from '$lib/i18n/lang';
import { lowestValLoss } from './chart';
import type { TrainerStrings } from './strings';

/** One word or phrase for where the run stands. */
export function stateLabel(t: TrainerStrings, snap: TrainerSnapshot, playing: boolean): string {
	if (snap.status === 'diverged') return t.diverged(snap.divergedAt ?? snap.iteration);
	if (snap.status === 'done') return t.status.done;
	if (playing) return t.status.training;
	return snap.iteration === 0 ? t.status.ready : t.status.paused;
}

const pct = (a: number) => `${formatNumber(a * 100, 3)}%`;

/**
 * The numbers of the run as a sentence, for the live region: counters, the last epoch's losses
 * and accuracies, the epoch of lowest validation loss, and the run's state.
 */
export function readoutText(
	t: TrainerStrings,
	snap: TrainerSnapshot,
	history: readonly EpochMetrics[],
	playing: boolean
): string {
	const last = history[history.length - 1];
	if (!last) return '';
	const parts = [
		t.readout({
			epoch: snap.epoch,
			epochs: snap.epochs,
			iter: snap.iterationInEpoch,
			ipe: snap.iterationsPerEpoch,
			trainLoss: formatNumber(last.trainLoss),
			valLoss: formatNumber(last.valLoss),
			trainAcc: pct(last.trainAccuracy),
			valAcc: pct(last.valAccuracy)
		})
	];
	const best = lowestValLoss(history);
	if (best) parts.push(t.bestEpoch(best.epoch, formatNumber(best.valLoss)));
	parts.push(`(${stateLabel(t, snap, playing)})`);
	return parts.join(' ');
}
