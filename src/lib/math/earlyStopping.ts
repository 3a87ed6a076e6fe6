/**
 * Early stopping: a run keeps a copy of the weights from the epoch with the lowest validation
 * loss, ends once that loss has not fallen for EARLY_STOP_PATIENCE epochs (or at its epoch
 * budget), and goes back to those weights. The copy lives beside the run, in the worker.
 */

import { EARLY_STOP_PATIENCE } from './ids';

export { EARLY_STOP_PATIENCE };

/** The weights of the epoch with the lowest validation loss so far, and where they were made. */
export interface BestWeights {
	epoch: number;
	iteration: number;
	valLoss: number;
	params: Float64Array;
}

export class BestKeeper {
	best: BestWeights | null = null;

	constructor(readonly patience = EARLY_STOP_PATIENCE) {}

	/**
	 * Takes a measurement after an epoch; copies `params` when its validation loss is lower than
	 * any before (the earliest wins a tie, as the chart's mark does). Epoch 0 is the random start,
	 * not a result of training, so it never counts. True when the copy was taken.
	 */
	offer(m: { epoch: number; iteration: number; valLoss: number }, params: Float64Array): boolean {
		if (m.epoch === 0 || !Number.isFinite(m.valLoss)) return false;
		if (this.best && !(m.valLoss < this.best.valLoss)) return false;
		const { epoch, iteration, valLoss } = m;
		if (this.best && this.best.params.length === params.length) this.best.params.set(params);
		else this.best = { epoch, iteration, valLoss, params: params.slice() };
		Object.assign(this.best, { epoch, iteration, valLoss });
		return true;
	}

	/** Whether a run that has completed `epoch` of its `budget` epochs should stop now. */
	shouldStop(epoch: number, budget: number): boolean {
		if (epoch >= budget) return true;
		return this.best !== null && epoch - this.best.epoch >= this.patience;
	}
}
