import type { Dataset } from './dataset';
import { shuffleInPlace, type Rng } from './rng';

export interface Split {
	/** Indices of the training samples, ascending. */
	train: Uint32Array;
	/** Indices of the validation samples, ascending. */
	val: Uint32Array;
}

/**
 * Stratified split of samples labelled `y` into disjoint training and validation indices:
 * each class c with n_c samples gives round(n_c · valFraction) to validation, chosen at random by
 * `rng`, and the rest to training. 200 per class at 0.15 gives 170 + 170 and 30 + 30.
 * A class keeps at least one training sample whenever it has any.
 *
 * `minVal` (default 0) raises each class's validation share to at least that many samples where
 * it has enough to keep one for training: n_val = min(n_c − 1, max(minVal, round(n_c · f))).
 * The lab passes 1, so every class with ≥ 2 samples is measured on at least one it never saw
 * (for 0 < f ≤ 0.5 that is still ⌊n_c f⌋ or ⌈n_c f⌉).
 */
export function stratifiedSplit(
	y: ArrayLike<number>,
	valFraction: number,
	rng: Rng,
	minVal = 0
): Split {
	if (!(valFraction >= 0 && valFraction < 1)) {
		throw new RangeError(`valFraction must lie in [0, 1), got ${valFraction}`);
	}
	const byClass = new Map<number, number[]>();
	for (let i = 0; i < y.length; i++) {
		const members = byClass.get(y[i]) ?? [];
		members.push(i);
		byClass.set(y[i], members);
	}
	const train: number[] = [];
	const val: number[] = [];
	for (const label of [...byClass.keys()].sort((a, b) => a - b)) {
		const members = shuffleInPlace(byClass.get(label)!, rng);
		const share = Math.max(minVal, Math.round(members.length * valFraction));
		const nVal = Math.min(members.length - 1, share);
		val.push(...members.slice(0, nVal));
		train.push(...members.slice(nVal));
	}
	const ascending = (a: number, b: number) => a - b;
	return {
		train: Uint32Array.from(train.sort(ascending)),
		val: Uint32Array.from(val.sort(ascending))
	};
}

/** The samples of `data` at `indices`, in that order, as a data set of their own. */
export function subset(data: Dataset, indices: ArrayLike<number>): Dataset {
	const { d } = data;
	const n = indices.length;
	const x = new Float64Array(n * d);
	const y = new Uint8Array(n);
	const kind = data.kind ? new Uint8Array(n) : null;
	const lookSize = data.look ? data.look.length / Math.max(1, data.n) : 0;
	const look = data.look ? new Float32Array(n * lookSize) : null;
	for (let k = 0; k < n; k++) {
		const i = indices[k];
		x.set(data.x.subarray(i * d, i * d + d), k * d);
		y[k] = data.y[i];
		if (kind && data.kind) kind[k] = data.kind[i];
		if (look && data.look)
			look.set(data.look.subarray(i * lookSize, (i + 1) * lookSize), k * lookSize);
	}
	return {
		n,
		d,
		x,
		y,
		featureNames: data.featureNames,
		classNames: data.classNames,
		ranges: data.ranges,
		kind,
		look
	};
}
