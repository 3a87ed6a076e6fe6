import type { ClassCount } from './metrics';

/**
 * The threshold at which the model always answers its top class: every probability is ≥ 0, so
 * nothing is "not sure" and the counts are the plain argmax ones.
 */
export const LAB_THRESHOLD_OFF = 0;
/** The highest threshold offered: at 1 even a perfectly sure float could fall short. */
export const LAB_THRESHOLD_MAX = 0.99;

/** Validation counts when the model answers only at `threshold` or surer. */
export interface SureCounts {
	/** K × K: confusion[t][p] = pictures of class t answered p with confidence ≥ threshold. */
	confusion: number[][];
	/** unsure[t] = pictures of class t whose top probability is below the threshold. */
	unsure: number[];
	/** Per class: correct = answered right and sure; total = all its pictures (not-sure included). */
	perClass: ClassCount[];
}

/**
 * Recounts predictions at a confidence threshold: a picture whose top class probability is below
 * it is "not sure", which is never correct. Only the counting changes; the model is untouched.
 */
export function countAtThreshold(
	labels: ArrayLike<number>,
	predicted: ArrayLike<number>,
	confidence: ArrayLike<number>,
	classes: number,
	threshold: number
): SureCounts {
	const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
	const unsure = new Array<number>(classes).fill(0);
	for (let i = 0; i < labels.length; i++) {
		if (confidence[i] < threshold) unsure[labels[i]]++;
		else confusion[labels[i]][predicted[i]]++;
	}
	const perClass = confusion.map((row, c) => ({
		correct: row[c],
		total: row.reduce((s, v) => s + v, 0) + unsure[c]
	}));
	return { confusion, unsure, perClass };
}
