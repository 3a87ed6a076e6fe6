import type { TrainerDataRequest, TrainSettings } from '$lib/engine/trainerProtocol';
import type { TrainerState } from './state';

/** What the engine needs to start a run: the model and how it learns. */
export function settingsRequest(s: TrainerState): TrainSettings {
	return {
		model: s.model,
		hidden: s.hidden,
		activation: s.activation,
		loss: s.loss,
		optimizer: s.optimizer,
		lr: s.lr,
		// "One example at a time" learns from each picture on its own.
		batchSize: s.mode === 'one' ? 1 : s.batch,
		epochs: s.epochs,
		seed: s.seed,
		earlyStopping: s.mode === 'full' && s.early
	};
}

/** What the engine needs to build the data: the reader's CSV file, or a built-in set. */
export function dataRequest(s: TrainerState, file: { text: string } | null): TrainerDataRequest {
	return file
		? { source: 'csv', text: file.text, valFraction: s.split, seed: s.seed }
		: { source: 'builtin', variant: s.data, valFraction: s.split, seed: s.seed };
}

/**
 * The data a run that opens sends with it: the new data it asks for; else new data that a run
 * it replaces asked for and never had answered (the worker builds it for that run, then opens
 * this one on it without sending it back, and the page would keep the old data, or none); else,
 * while the page has no data yet, the data last opened on.
 */
export function dataToSend(
	asked: TrainerDataRequest | undefined,
	unanswered: TrainerDataRequest | undefined,
	received: boolean,
	last: TrainerDataRequest | undefined
): TrainerDataRequest | undefined {
	return asked ?? unanswered ?? (received ? undefined : last);
}
