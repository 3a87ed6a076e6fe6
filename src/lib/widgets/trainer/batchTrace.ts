/** At most this many batch losses are kept and drawn, so that 340 updates an epoch stay light. */
export const MAX_BATCH_POINTS = 600;

/** What the loss chart draws of the batch losses: thinned points and the last epoch's spread. */
export interface BatchView {
	/** Position in epochs of each kept loss: update u (1-based) sits at (u − 1) / ipe, where its
	 * batch was measured, so a full batch's loss lands on the epoch curve. */
	x: Float64Array;
	y: Float64Array;
	/** Every `stride`-th update is kept, from the first. */
	stride: number;
	/** Updates taken in so far. */
	n: number;
	/** Lowest and highest batch loss of the last complete epoch; null before one. */
	spread: { lo: number; hi: number } | null;
}

/**
 * The page's record of a run's batch losses, taken in as the worker sends them (only the new ones
 * each answer). It keeps every `stride`-th loss, the stride set from the run's whole budget so
 * that a kept point never moves as the run goes on; each is one batch's own loss, so the spread
 * drawn is the real one. The last epoch's lowest and highest loss are counted over every update.
 */
export class BatchTrace {
	readonly stride: number;
	#x: Float64Array;
	#y: Float64Array;
	#count = 0;
	#n = 0;
	#lo = Infinity;
	#hi = -Infinity;
	#spread: { lo: number; hi: number } | null = null;

	constructor(
		readonly ipe: number,
		budget: number,
		maxPoints = MAX_BATCH_POINTS
	) {
		this.stride = Math.max(1, Math.ceil(budget / maxPoints));
		const room = Math.ceil(Math.max(1, budget) / this.stride) + 1;
		this.#x = new Float64Array(room);
		this.#y = new Float64Array(room);
	}

	add(losses: ArrayLike<number>): void {
		const ipe = Math.max(1, this.ipe);
		for (let k = 0; k < losses.length; k++) {
			const v = losses[k];
			const i = this.#n++;
			if (i % this.stride === 0 && this.#count < this.#x.length) {
				this.#x[this.#count] = i / ipe;
				this.#y[this.#count++] = v;
			}
			this.#lo = Math.min(this.#lo, v);
			this.#hi = Math.max(this.#hi, v);
			if (this.#n % ipe === 0) {
				const finite = Number.isFinite(this.#lo) && Number.isFinite(this.#hi);
				this.#spread = finite ? { lo: this.#lo, hi: this.#hi } : null;
				this.#lo = Infinity;
				this.#hi = -Infinity;
			}
		}
	}

	view(): BatchView {
		return {
			x: this.#x.slice(0, this.#count),
			y: this.#y.slice(0, this.#count),
			stride: this.stride,
			n: this.#n,
			spread: this.#spread
		};
	}
}

/**
 * An SVG path through the kept points in pixels, values above `top` drawn at `top` (a batch of
 * one can lose far more than the epoch's mean); a value that is not finite breaks the line.
 */
export function batchPath(
	p: Pick<BatchView, 'x' | 'y'>,
	x: (v: number) => number,
	y: (v: number) => number,
	top: number
): string {
	let d = '';
	let pen = false;
	for (let i = 0; i < p.x.length; i++) {
		const v = p.y[i];
		if (!Number.isFinite(v)) {
			pen = false;
			continue;
		}
		d += `${pen ? 'L' : 'M'}${x(p.x[i]).toFixed(1)} ${y(Math.min(v, top)).toFixed(1)}`;
		pen = true;
	}
	return d;
}
