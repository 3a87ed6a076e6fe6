/**
 * Seeded pseudo-random numbers (mulberry32). The same seed gives the same
 * sequence in the page, the worker and the tests, so a link reproduces a run.
 */
export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [lo, hi). */
	uniform(lo: number, hi: number): number;
	/** Standard normal N(0, 1), Box–Muller. */
	normal(): number;
	/** Integer in [0, n). */
	int(n: number): number;
	/** Where the sequence stands, to continue it elsewhere with `resumeRng`. */
	saved(): RngState;
}

/** A generator's whole state: its 32-bit counter and the normal it holds back, if any. */
export interface RngState {
	state: number;
	spare: number | null;
}

/** A generator that continues the sequence of the one that gave `saved`. */
export function resumeRng(saved: RngState): Rng {
	return generator(saved.state >>> 0, saved.spare);
}

/** A generator whose whole state is one 32-bit integer derived from `seed`. */
export function createRng(seed: number): Rng {
	return generator((Math.floor(seed) ^ 0x9e3779b9) >>> 0, null);
}

function generator(state: number, spare: number | null): Rng {
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		uniform: (lo, hi) => lo + (hi - lo) * next(),
		int: (n) => Math.floor(next() * n),
		normal() {
			if (spare !== null) {
				const s = spare;
				spare = null;
				return s;
			}
			// 1 - next() lies in (0, 1], so the log is finite.
			const r = Math.sqrt(-2 * Math.log(1 - next()));
			const theta = 2 * Math.PI * next();
			spare = r * Math.sin(theta);
			return r * Math.cos(theta);
		},
		saved: () => ({ state, spare })
	};
}

/** Fisher–Yates shuffle of `items` in place, driven by `rng`. */
export function shuffleInPlace<T>(items: T[], rng: Rng): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = rng.int(i + 1);
		[items[i], items[j]] = [items[j], items[i]];
	}
	return items;
}
