import { getContext, setContext } from 'svelte';
import type { RunKind } from '$lib/math/ids';

/**
 * What a widget tells a <Challenge> around it: a few numbers it already shows, each one the
 * worker computed. A challenge only reads these, so it can never check what the widget did not
 * compute. `key` names the result (a new key after the reader changed something is a new try);
 * `settled` says the result is complete and on show (a run played to its end, an answer in).
 */
interface Settled {
	key: string;
	settled: boolean;
}

export interface NeuronSummary extends Settled {
	widget: 'neuron';
	mode: 'forward' | 'full';
	act: string;
	yHat: number;
	/** The loss at the current weights. */
	loss: number;
	/** The loss before each update since the setup was last changed by hand, then now's. */
	losses: readonly number[];
}

export interface Surface3DSummary extends Settled {
	widget: 'surface3d';
	surface: string;
	/** Ball 1's optimizer and rate, as the run was computed with them. */
	optimizer: string;
	lr: number;
	start: readonly [number, number];
	/** The run's verdict at its last step. */
	kind: RunKind;
	local: boolean;
	since: number;
}

export interface LossPanelSummary extends Settled {
	widget: 'losspanel';
	epochs: number;
	/** Accuracy before training and after the last epoch, for each loss. */
	start: { mse: number; bce: number };
	end: { mse: number; bce: number };
}

export interface TrainerSummary extends Settled {
	widget: 'trainer';
	/** Epochs trained so far. */
	epoch: number;
	/** The epoch the widget's status names as the lowest validation loss, if any. */
	bestEpoch: number | null;
	/** Early stopping ended the run (the weights are the best epoch's). */
	earlyStopped: boolean;
}

export interface LabSummary extends Settled {
	widget: 'lab';
	names: readonly string[];
	epoch: number;
	/** Each class's validation accuracy now (null: no validation picture of that class). */
	valAccuracy: readonly (number | null)[];
}

export type WidgetSummary =
	NeuronSummary | Surface3DSummary | LossPanelSummary | TrainerSummary | LabSummary;

export type SummarySink = (summary: WidgetSummary) => void;

const key = Symbol('challenge-sink');

/** Set by <Challenge> around its widget. */
export function setSummarySink(sink: SummarySink): void {
	setContext(key, sink);
}

/**
 * The challenge around this widget, if any: a widget calls it with its summary whenever its
 * computed state changes. Call while the component is set up.
 */
export function summarySink(): SummarySink | undefined {
	return getContext<SummarySink | undefined>(key);
}
