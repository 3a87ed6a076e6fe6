import type { LabEpoch, LabSnapshot } from '$lib/engine/labProtocol';
import type { LabStrings } from './strings';

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '–');

/**
 * The lab in words, for its live region: pictures per class, then the run — the epoch, or once
 * it has finished, the validation accuracy and each class's.
 */
export function statusText(
	t: LabStrings,
	r: {
		names: readonly string[];
		counts: readonly number[];
		snap: LabSnapshot | null;
		playing: boolean;
		history: readonly LabEpoch[];
	}
): string {
	const counts = t.status.counts(
		r.names.map((name, i) => `${name} ${t.samples(r.counts[i] ?? 0)}`).join(t.listSep)
	);
	const snap = r.snap;
	if (!snap || snap.epoch === 0) return [counts, t.status.notTrained].join(t.sentenceGap);
	if (snap.status === 'diverged')
		return [counts, t.status.diverged(snap.divergedAt ?? snap.epoch)].join(t.sentenceGap);
	const last = r.history[r.history.length - 1];
	if (snap.status === 'done' && last) {
		const perClass = snap.perClass.val
			.map((c, i) => `${r.names[i]} ${pct(c.total ? c.correct / c.total : NaN)}`)
			.join(t.listSep);
		return [counts, t.status.done(pct(last.valAccuracy), perClass)].join(t.sentenceGap);
	}
	const now = last
		? t.status.epoch(snap.epoch, snap.epochs, pct(last.trainAccuracy), pct(last.valAccuracy))
		: '';
	const parts = r.playing
		? [counts, now]
		: [counts, now, t.status.stopped(snap.epoch, snap.epochs)];
	return parts.filter(Boolean).join(t.sentenceGap);
}
