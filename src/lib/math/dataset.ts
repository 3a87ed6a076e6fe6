import { createRng, shuffleInPlace, type Rng } from './rng';
import { stratifiedSplit, subset } from './split';
import {
	animalClasses,
	animalFeatures,
	animalKinds,
	LOOK_SIZE,
	SMALL_PER_CLASS,
	type AnimalKind,
	type DataVariant
} from './ids';

/**
 * A labelled two-class data set stored as typed arrays, so it crosses to the page whole.
 * Class 0 and class 1 (cat and dog in the built-in data); the model outputs P(class 1).
 */
export interface Dataset {
	/** Number of samples. */
	n: number;
	/** Features per sample. */
	d: number;
	/** Features, row-major: entry i·d + j is feature j of sample i, scaled to [0, 1]. */
	x: Float64Array;
	/** Labels, 0 or 1. */
	y: Uint8Array;
	featureNames: string[];
	classNames: [string, string];
	/** Original [min, max] of each feature before scaling, for axis labels. */
	ranges: [number, number][];
	/** Index into `animalKinds` per sample; null for data without kinds (a user's CSV). */
	kind: Uint8Array | null;
	/**
	 * The numbers a picture of each sample is drawn from, LOOK_SIZE per sample:
	 * [ears 0 floppy…1 pointy, snout 0 short…1 long, fur 0…1 (a colour), face 0 narrow…1 wide].
	 * Null when the data has no pictures.
	 */
	look: Float32Array | null;
}

export { LOOK_SIZE };

interface KindSpec {
	label: 0 | 1;
	/** Mean and standard deviation of ear pointiness and of snout length. */
	ears: [number, number];
	snout: [number, number];
}

/**
 * Why these numbers: snout length separates cats from dogs, ears do not (both classes have
 * floppy- and pointy-eared kinds). Cats spread more than dogs: three kinds, wider deviations,
 * and the long-faced oriental cats sit near the dogs, so cats are the harder class.
 */
const kinds: Record<AnimalKind, KindSpec> = {
	shorthair: { label: 0, ears: [0.78, 0.09], snout: [0.32, 0.11] },
	fold: { label: 0, ears: [0.2, 0.08], snout: [0.28, 0.09] },
	oriental: { label: 0, ears: [0.86, 0.07], snout: [0.55, 0.1] },
	floppy: { label: 1, ears: [0.26, 0.08], snout: [0.74, 0.07] },
	pointy: { label: 1, ears: [0.7, 0.08], snout: [0.72, 0.07] }
};

/**
 * Share of each kind within its class. The biased sample has no folded-ear cats, mostly
 * long-faced cats and floppy-eared dogs: in it, pointy ears alone tell cat from dog, which is
 * false in the world, so a model trained on it calls folded-ear cats dogs.
 */
const mixes: Record<'fair' | 'biased', Record<AnimalKind, number>> = {
	fair: { shorthair: 0.55, fold: 0.2, oriental: 0.25, floppy: 0.5, pointy: 0.5 },
	biased: { shorthair: 0.4, fold: 0, oriental: 0.6, floppy: 0.95, pointy: 0.05 }
};

const clamp01 = (v: number): number => Math.min(0.98, Math.max(0.02, v));

/** Splits `total` among kinds in proportion to their shares, exactly (largest remainder). */
function allocate(total: number, shares: [AnimalKind, number][]): [AnimalKind, number][] {
	const sum = shares.reduce((s, [, p]) => s + p, 0);
	const raw = shares.map(([k, p]) => [k, (total * p) / sum] as const);
	const counts = raw.map(([k, r]) => [k, Math.floor(r)] as [AnimalKind, number]);
	let left = total - counts.reduce((s, [, c]) => s + c, 0);
	const byRemainder = raw
		.map(([, r], i) => [i, r - Math.floor(r)] as const)
		.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
	for (const [i] of byRemainder) {
		if (left <= 0) break;
		counts[i][1]++;
		left--;
	}
	return counts;
}

function drawKind(kind: AnimalKind, rng: Rng): { ears: number; snout: number } {
	const spec = kinds[kind];
	return {
		ears: clamp01(spec.ears[0] + spec.ears[1] * rng.normal()),
		snout: clamp01(spec.snout[0] + spec.snout[1] * rng.normal())
	};
}

/**
 * `cats` cats and `dogs` dogs drawn from `variant`'s mix of kinds with the generator seeded by
 * `seed`, in shuffled order. Features: [ear pointiness, snout length], both in [0, 1].
 */
export function generateAnimals(
	seed: number,
	cats: number,
	dogs: number,
	variant: 'fair' | 'biased' = 'fair'
): Dataset {
	const rng = createRng(seed);
	const mix = mixes[variant];
	const plan: AnimalKind[] = [];
	for (const [label, count] of [
		[0, cats],
		[1, dogs]
	] as const) {
		const shares = animalKinds
			.filter((k) => kinds[k].label === label)
			.map((k) => [k, mix[k]] as [AnimalKind, number]);
		for (const [k, c] of allocate(count, shares)) for (let i = 0; i < c; i++) plan.push(k);
	}
	shuffleInPlace(plan, rng);
	const n = plan.length;
	const x = new Float64Array(n * 2);
	const y = new Uint8Array(n);
	const kind = new Uint8Array(n);
	const look = new Float32Array(n * LOOK_SIZE);
	plan.forEach((k, i) => {
		const { ears, snout } = drawKind(k, rng);
		x[2 * i] = ears;
		x[2 * i + 1] = snout;
		y[i] = kinds[k].label;
		kind[i] = animalKinds.indexOf(k);
		look.set([ears, snout, rng.next(), rng.next()], i * LOOK_SIZE);
	});
	return {
		n,
		d: 2,
		x,
		y,
		featureNames: [...animalFeatures],
		classNames: [...animalClasses],
		ranges: [
			[0, 1],
			[0, 1]
		],
		kind,
		look
	};
}

export interface TrainerDataOptions {
	seed: number;
	/** Cats, and dogs, in the fair data (default 200 each). */
	perClass?: number;
	/** Share of each class held out for validation (default 0.15). */
	valFraction?: number;
	variant?: DataVariant;
}

/**
 * The trainer's training and validation sets. The fair data is split, stratified, into
 * training and validation. With `biased`, the validation set stays that same fair one and the
 * training set is replaced by a biased sample of the same size per class; with `small`, by a
 * fair sample of SMALL_PER_CLASS a class (lesson 7's overfitting: with seed 1, 32 tanh neurons,
 * Adam at η = 0.01 and batch 1, validation loss is lowest at epoch 11 and nearly doubles by
 * epoch 100).
 */
export function trainerData(options: TrainerDataOptions): { train: Dataset; val: Dataset } {
	const { seed, perClass = 200, valFraction = 0.15, variant = 'fair' } = options;
	const all = generateAnimals(seed, perClass, perClass, 'fair');
	const split = stratifiedSplit(all.y, valFraction, createRng(seed + 1));
	const val = subset(all, split.val);
	if (variant === 'fair') return { train: subset(all, split.train), val };
	if (variant === 'small') {
		return { train: generateAnimals(seed + 2, SMALL_PER_CLASS, SMALL_PER_CLASS, 'fair'), val };
	}
	let cats = 0;
	for (const i of split.train) if (all.y[i] === 0) cats++;
	const train = generateAnimals(seed + 2, cats, split.train.length - cats, 'biased');
	return { train, val };
}
