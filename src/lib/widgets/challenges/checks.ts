import { formatNumber, type Lang } from '$lib/i18n/lang';
import { strings } from './strings';
import type {
	LabSummary,
	LossPanelSummary,
	NeuronSummary,
	Surface3DSummary,
	TrainerSummary,
	WidgetSummary
} from './summary';

/** A check's answer: whether the goal is met, and why, in words. */
export interface Verdict {
	done: boolean;
	text: string;
}

type Check<S extends WidgetSummary> = (summary: S, lang: Lang) => Verdict | null;

const pct = (x: number) => `${formatNumber(x * 100, 3)}%`;
const point = (p: readonly [number, number]) => `(${formatNumber(p[0])}, ${formatNumber(p[1])})`;

function say(lang: Lang, done: boolean, text: string): Verdict {
	const t = strings[lang];
	return { done, text: done ? t.done(text) : t.notYet(text) };
}

/** Lesson 2: a sigmoid neuron whose output ŷ, as the worker computed it, is at least 0.9. */
export const OUTPUT_TARGET = 0.9;
export const neuronOutput: Check<NeuronSummary> = (s, lang) => {
	const t = strings[lang].neuron;
	if (s.act !== 'sigmoid') return say(lang, false, t.activation(s.act));
	const y = formatNumber(s.yHat, 3);
	return s.yHat >= OUTPUT_TARGET ? say(lang, true, t.reached(y)) : say(lang, false, t.below(y));
};

/**
 * Lesson 3: from the confidently wrong start (at most 25% right before training), a run of at
 * most 5 epochs in which one of the two losses reaches 90% accuracy.
 */
export const RECOVER_EPOCHS = 5;
export const WRONG_START = 0.25;
export const RECOVERED = 0.9;
export const lossRecover: Check<LossPanelSummary> = (s, lang) => {
	const t = strings[lang].loss;
	const startAcc = Math.max(s.start.mse, s.start.bce);
	if (startAcc > WRONG_START) return say(lang, false, t.notWrong(pct(startAcc)));
	if (s.epochs > RECOVER_EPOCHS) return say(lang, false, t.tooLong(s.epochs));
	const bceWins = s.end.bce >= s.end.mse;
	const best = bceWins ? s.end.bce : s.end.mse;
	if (best < RECOVERED)
		return say(lang, false, t.neither(s.epochs, pct(s.end.mse), pct(s.end.bce)));
	const [winner, other] = bceWins ? [t.bce, t.mse] : [t.mse, t.bce];
	const [acc, otherAcc] = bceWins ? [s.end.bce, s.end.mse] : [s.end.mse, s.end.bce];
	return say(lang, true, t.recovered(s.epochs, winner, pct(acc), other, pct(otherAcc)));
};

/** Lesson 4: plain gradient descent on the two valleys, at rest in the deeper (global) one. */
export const deeperValley: Check<Surface3DSummary> = (s, lang) => {
	const t = strings[lang];
	if (s.surface !== 'twoWells' || s.optimizer !== 'gd') return say(lang, false, t.wells.surface);
	const at = point(s.start);
	if (s.kind !== 'converged') return say(lang, false, t.wells.other(at, t.runKinds[s.kind]));
	return s.local ? say(lang, false, t.wells.local(at)) : say(lang, true, t.wells.global(at));
};

/**
 * Lesson 5: the narrow valley (curvatures 1 and 20) converges under plain gradient descent only
 * for η < 2/20 = 0.1. Accepted: a rate the widget says converges, no more than 0.005 below that.
 */
export const VALLEY_LIMIT = 0.1;
export const VALLEY_TOLERANCE = 0.005;
export const valleyLimit: Check<Surface3DSummary> = (s, lang) => {
	const t = strings[lang];
	if (s.surface !== 'valley' || s.optimizer !== 'gd') return say(lang, false, t.valley.surface);
	const lr = formatNumber(s.lr, 4);
	if (s.kind === 'converging') return null;
	if (s.kind !== 'converged') return say(lang, false, t.valley.large(lr, t.runKinds[s.kind]));
	return s.lr >= VALLEY_LIMIT - VALLEY_TOLERANCE
		? say(lang, true, t.valley.close(lr))
		: say(lang, false, t.valley.small(lr));
};

/**
 * Lesson 6: from the lesson's example (a loss above 0.07), at most two updates that bring the
 * loss below 0.02: only a larger learning rate does it.
 */
export const BACKPROP_START = 0.07;
export const BACKPROP_TARGET = 0.02;
export const BACKPROP_UPDATES = 2;
export const twoUpdates: Check<NeuronSummary> = (s, lang) => {
	const t = strings[lang].backprop;
	if (s.mode !== 'full') return say(lang, false, t.mode);
	const updates = s.losses.length - 1;
	if (updates < 1) return null;
	const from = s.losses[0];
	if (from <= BACKPROP_START) return say(lang, false, t.lowStart(formatNumber(from)));
	if (updates > BACKPROP_UPDATES) return say(lang, false, t.tooMany(updates));
	return s.loss < BACKPROP_TARGET
		? say(lang, true, t.reached(updates, formatNumber(from), formatNumber(s.loss)))
		: say(lang, false, t.above(updates, formatNumber(s.loss)));
};

/**
 * Lesson 7: a run paused by hand 1 to 3 epochs after the lowest validation loss (the epoch the
 * widget's status names): late enough to see the loss turn, early enough to waste little.
 */
export const STOP_WITHIN = 3;
export const stopAtBest: Check<TrainerSummary> = (s, lang) => {
	const t = strings[lang].trainer;
	if (s.epoch < 1 || s.bestEpoch === null) return null;
	const late = s.epoch - s.bestEpoch;
	if (s.earlyStopped) return say(lang, false, t.early(s.bestEpoch, s.epoch));
	if (late < 1) return say(lang, false, t.falling(s.epoch));
	return late <= STOP_WITHIN
		? say(lang, true, t.stopped(s.bestEpoch, s.epoch))
		: say(lang, false, t.late(s.bestEpoch, s.epoch));
};

/** Lesson 8: after training, every class at 90% validation accuracy or more. */
export const CLASS_TARGET = 0.9;
export const everyClass: Check<LabSummary> = (s, lang) => {
	const t = strings[lang].lab;
	if (s.epoch < 1) return null;
	const missing = s.valAccuracy.findIndex((a) => a === null);
	if (missing >= 0) return say(lang, false, t.noVal(s.names[missing] ?? ''));
	const list = s.names.map((n, i) => `${n} ${pct(s.valAccuracy[i] ?? 0)}`).join(t.listSep);
	const below = s.names.filter((_, i) => (s.valAccuracy[i] ?? 0) < CLASS_TARGET);
	return below.length === 0
		? say(lang, true, t.reached(list))
		: say(lang, false, t.below(list, below.join(t.listSep)));
};

/** Every challenge in the course by id: the widget it reads and its check. */
export const challenges = {
	'neuron-output': { widget: 'neuron', check: neuronOutput },
	'loss-recover': { widget: 'losspanel', check: lossRecover },
	'gd-deeper-valley': { widget: 'surface3d', check: deeperValley },
	'lr-valley-limit': { widget: 'surface3d', check: valleyLimit },
	'bp-two-updates': { widget: 'neuron', check: twoUpdates },
	'loop-stop-best': { widget: 'trainer', check: stopAtBest },
	'lab-every-class': { widget: 'lab', check: everyClass }
} as const;

export type ChallengeId = keyof typeof challenges;

export function isChallengeId(id: string): id is ChallengeId {
	return Object.hasOwn(challenges, id);
}

/** The verdict of challenge `id` on a summary; null when the summary is another widget's. */
export function judge(id: ChallengeId, summary: WidgetSummary, lang: Lang): Verdict | null {
	const c = challenges[id];
	if (summary.widget !== c.widget) return null;
	return (c.check as Check<WidgetSummary>)(summary, lang);
}
