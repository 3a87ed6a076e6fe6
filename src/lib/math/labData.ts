import { classSizes } from './metrics';
import { createRng } from './rng';
import { stratifiedSplit } from './split';

/**
 * How the lab divides the reader's pictures: like Teachable Machine, a seeded stratified split
 * that keeps about 15 % of every class aside for validation (the network never trains on them).
 */

/**
 * Fewest pictures a class needs: the split gives each class at least one validation sample and
 * keeps at least one for training (stratifiedSplit with minVal = 1), so 2 is enough whatever the
 * validation fraction (0.05 … 0.5); with 1, the class would have nothing to be measured on.
 */
export const LAB_MIN_PER_CLASS = 2;

/** A class with fewer than `need` pictures: the lab asks for more instead of training. */
export interface LabTooFew {
	code: 'too-few';
	classIndex: number;
	have: number;
	need: number;
}

/** The first class (lowest index) with fewer than LAB_MIN_PER_CLASS samples, or null. */
export function labTooFew(labels: ArrayLike<number>, classes: number): LabTooFew | null {
	const sizes = classSizes(labels, classes);
	const classIndex = sizes.findIndex((n) => n < LAB_MIN_PER_CLASS);
	if (classIndex < 0) return null;
	return { code: 'too-few', classIndex, have: sizes[classIndex], need: LAB_MIN_PER_CLASS };
}

export interface LabSplit {
	/** Indices of the training samples, ascending. */
	train: Uint32Array;
	/** Indices of the validation samples, ascending. */
	val: Uint32Array;
	/** Samples of each class on either side. */
	perClass: { train: number[]; val: number[] };
}

/**
 * The split for `seed`: each class c of n_c samples gives min(n_c − 1, max(1, round(n_c · f)))
 * to validation, chosen by a generator seeded with seed + 1 (the network's weights take `seed`
 * itself), so the same pictures, fraction and seed always give the same split.
 */
export function labSplit(
	labels: ArrayLike<number>,
	classes: number,
	valFraction: number,
	seed: number
): LabSplit {
	const { train, val } = stratifiedSplit(labels, valFraction, createRng(seed + 1), 1);
	return {
		train,
		val,
		perClass: { train: classSizes(labels, classes, train), val: classSizes(labels, classes, val) }
	};
}
