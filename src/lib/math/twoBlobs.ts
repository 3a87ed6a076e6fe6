import { createRng } from './rng';

/**
 * Two Gaussian blobs of cats and dogs with two features: small enough to train in a blink,
 * seeded so that a link reproduces it. The two features are standardised scores (mean about 0,
 * spread about 1), read as "body size" and "snout length"; dogs (label 1) sit up and to the
 * right, cats (label 0) down and to the left, and cats vary more than dogs, as in the course.
 * The comparison of the two losses (lossComparison.ts) trains on it; the trainer has its own,
 * richer data (dataset.ts).
 */
export interface LabelledPoints {
	/** Number of samples n. */
	n: number;
	/** Features per sample: 2. */
	d: 2;
	/** Features, interleaved: entry 2i is x₁ of sample i, entry 2i + 1 its x₂. */
	x: Float64Array;
	/** Labels, 1 for dog and 0 for cat (length n). */
	y: Float64Array;
}

export interface TwoBlobOptions {
	/** Samples per class (default 40). */
	perClass?: number;
	/** Class centres at ±(separation, 0.8·separation) (default 1). */
	separation?: number;
	/** Standard deviation of the dog and cat clouds (defaults 0.55 and 0.8). */
	dogSpread?: number;
	catSpread?: number;
}

/** Two Gaussian clouds, dogs first then cats, drawn from `createRng(seed)`. */
export function twoBlobs(seed: number, options: TwoBlobOptions = {}): LabelledPoints {
	const per = options.perClass ?? 40;
	const sep = options.separation ?? 1;
	const spreads = [options.dogSpread ?? 0.55, options.catSpread ?? 0.8];
	const rng = createRng(seed);
	const n = 2 * per;
	const x = new Float64Array(2 * n);
	const y = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const dog = i < per;
		const sign = dog ? 1 : -1;
		const s = spreads[dog ? 0 : 1];
		x[2 * i] = sign * sep + s * rng.normal();
		x[2 * i + 1] = sign * 0.8 * sep + s * rng.normal();
		y[i] = dog ? 1 : 0;
	}
	return { n, d: 2, x, y };
}
