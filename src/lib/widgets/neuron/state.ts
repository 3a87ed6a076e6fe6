import { activationIds, lossIds, type ActivationId, type LossId } from '$lib/math/ids';
import type { ControlSet, StepSettings, StepStaging } from '$lib/widgets/types';
import type { NeuronRequest, TwoLayerRequest } from '$lib/engine/neuronProtocol';
import {
	choiceField,
	createCodec,
	numberField,
	rangeText,
	type Codec,
	type Field,
	type StepOf
} from '../codec';

export const neuronModes = ['forward', 'full', 'twolayer'] as const;
/** forward: lesson 2 (inputs to output); full: lesson 6 (the whole cycle); twolayer: 2 → 2 → 1. */
export type NeuronMode = (typeof neuronModes)[number];

/**
 * Everything that sets up the stepper, flat so that a link (?w1=0.8) or a scroll step
 * ({ mode: 'full', step: 'dLdw0' }) can name each number.
 */
export interface NeuronState {
	mode: NeuronMode;
	/** Number of inputs of the single neuron: 2 or 3. */
	n: number;
	x1: number;
	x2: number;
	x3: number;
	w1: number;
	w2: number;
	w3: number;
	b: number;
	/** Target y. */
	y: number;
	/** The neuron's activation; in two-layer mode, the output's. */
	act: ActivationId;
	/** The hidden layer's activation (two-layer mode). */
	hact: ActivationId;
	loss: LossId;
	/** Learning rate η. */
	lr: number;
	/** Two-layer weights: w_{ji} from input i to hidden unit j, hidden biases, output weights v, output bias c. */
	w11: number;
	w12: number;
	w21: number;
	w22: number;
	b1: number;
	b2: number;
	v1: number;
	v2: number;
	c: number;
	/** Cycles one press of "train" runs. */
	cycles: number;
	/** The step shown: its index ("7") or its id ("dLdw0"). */
	step: string;
}

/** A scroll step for the neuron stepper: the keys its codec reads, and its staging. */
export type NeuronStep = StepOf<NeuronState> & StepStaging<(typeof neuronControls.names)[number]>;

/**
 * The stepper's settings panel folds as one; its diagram takes values by itself and its step
 * buttons always show, so a lesson's sticky neuron has no main control beside them.
 */
export const neuronControls = { names: ['settings'], main: [] } as const satisfies ControlSet;

export const VALUE_MIN = -20;
export const VALUE_MAX = 20;
export const Y_RANGE = { mse: [-2, 2], bce: [0, 1] } as const;
export const LR_MIN = 0.001;
export const LR_MAX = 10;
export const CYCLES_MAX = 1000;

/** A step index or a step id. */
function stepField(): Field<string> {
	return {
		parse: (raw) => (/^(\d{1,3}|[A-Za-z][A-Za-z0-9]{0,15})$/.test(raw) ? raw : undefined),
		format: (v) => v,
		allowed: { 'zh-TW': '0、1、2 … 或步驟名稱', en: '0, 1, 2 … or a step id' }
	};
}

const value = numberField(VALUE_MIN, VALUE_MAX);

const base = createCodec<NeuronState>(
	{
		mode: choiceField(neuronModes),
		n: numberField(2, 3, { integer: true }),
		x1: value,
		x2: value,
		x3: value,
		w1: value,
		w2: value,
		w3: value,
		b: value,
		y: numberField(Y_RANGE.mse[0], Y_RANGE.mse[1]),
		act: choiceField(activationIds),
		hact: choiceField(activationIds),
		loss: choiceField(lossIds),
		lr: numberField(LR_MIN, LR_MAX),
		w11: value,
		w12: value,
		w21: value,
		w22: value,
		b1: value,
		b2: value,
		v1: value,
		v2: value,
		c: value,
		cycles: numberField(1, CYCLES_MAX, { integer: true }),
		step: stepField()
	},
	{
		mode: 'full',
		n: 2,
		x1: 0.5,
		x2: -1,
		x3: 1,
		w1: 0.8,
		w2: 0.2,
		w3: -0.5,
		b: 0.1,
		y: 1,
		act: 'sigmoid',
		hact: 'tanh',
		loss: 'mse',
		lr: 0.5,
		w11: 0.4,
		w12: -0.6,
		w21: 0.7,
		w22: 0.3,
		b1: 0,
		b2: 0.1,
		v1: 0.9,
		v2: -0.5,
		c: 0.2,
		cycles: 30,
		step: '0'
	},
	// Cross-entropy reads ŷ as a probability, so it needs a sigmoid output and a target in [0, 1].
	{
		act: {
			accepts: (act, s) => s.loss !== 'bce' || act === 'sigmoid',
			allowed: (s) => (s.loss === 'bce' ? 'sigmoid (loss=bce)' : activationIds.join(', ')),
			fallback: () => 'sigmoid'
		},
		y: {
			accepts: (y, s) => y >= Y_RANGE[s.loss][0] && y <= Y_RANGE[s.loss][1],
			allowed: (s) => {
				const [lo, hi] = Y_RANGE[s.loss];
				return `${rangeText(lo, hi)}${s.loss === 'bce' ? ' (loss=bce)' : ''}`;
			},
			fallback: (s, before) => {
				const [lo, hi] = Y_RANGE[s.loss];
				return before.y >= lo && before.y <= hi ? before.y : 1;
			}
		}
	}
);

const singleOnly: (keyof NeuronState)[] = ['n', 'x3', 'w1', 'w2', 'w3', 'b'];
const twoLayerOnly: (keyof NeuronState)[] = [
	'w11',
	'w12',
	'w21',
	'w22',
	'b1',
	'b2',
	'v1',
	'v2',
	'c',
	'hact'
];
const fullOnly: (keyof NeuronState)[] = ['y', 'loss', 'lr', 'cycles'];

export const neuronCodec: Codec<NeuronState> = {
	defaults: base.defaults,
	keys: base.keys,
	parse(input: StepSettings | URLSearchParams | undefined, from = base.defaults) {
		return base.parse(input, from);
	},
	/** Only the keys the mode uses, so that a shared link stays short. */
	serialize(state) {
		const all = base.serialize(state);
		const drop = new Set<string>(
			state.mode === 'twolayer'
				? singleOnly
				: state.mode === 'forward'
					? [...twoLayerOnly, ...fullOnly]
					: twoLayerOnly
		);
		if (state.mode !== 'twolayer' && state.n < 3) drop.add('x3').add('w3');
		return Object.fromEntries(Object.entries(all).filter(([k]) => !drop.has(k)));
	}
};

/** The step index a state asks for, given the step ids of the current list (-1: unknown id). */
export function resolveStep(step: string, ids: readonly string[]): number {
	if (/^\d+$/.test(step)) return Math.min(Number(step), ids.length - 1);
	return ids.indexOf(step);
}

export function neuronRequest(s: NeuronState): NeuronRequest {
	const n = s.n === 3 ? 3 : 2;
	return {
		x: [s.x1, s.x2, s.x3].slice(0, n),
		w: [s.w1, s.w2, s.w3].slice(0, n),
		b: s.b,
		y: s.y,
		activation: s.act,
		loss: s.loss,
		lr: s.lr
	};
}

export function twoLayerRequest(s: NeuronState): TwoLayerRequest {
	return {
		x: [s.x1, s.x2],
		params: { w1: [s.w11, s.w12, s.w21, s.w22], b1: [s.b1, s.b2], w2: [s.v1, s.v2], b2: s.c },
		y: s.y,
		hiddenActivation: s.hact,
		outputActivation: s.act,
		loss: s.loss,
		lr: s.lr
	};
}

/** Trained weights fit the range a link can hold; beyond it they are held at the edge. */
const keep = (v: number) => Math.min(VALUE_MAX, Math.max(VALUE_MIN, Number(v.toPrecision(6))));

/** The state with the single neuron's weights replaced, e.g. after training. */
export function withNeuronWeights(s: NeuronState, w: ArrayLike<number>, b: number): NeuronState {
	return { ...s, w1: keep(w[0]), w2: keep(w[1]), w3: w.length > 2 ? keep(w[2]) : s.w3, b: keep(b) };
}

/** The state with the two-layer network's parameters replaced. */
export function withTwoLayerParams(
	s: NeuronState,
	p: { w1: ArrayLike<number>; b1: ArrayLike<number>; w2: ArrayLike<number>; b2: number }
): NeuronState {
	return {
		...s,
		w11: keep(p.w1[0]),
		w12: keep(p.w1[1]),
		w21: keep(p.w1[2]),
		w22: keep(p.w1[3]),
		b1: keep(p.b1[0]),
		b2: keep(p.b1[1]),
		v1: keep(p.w2[0]),
		v2: keep(p.w2[1]),
		c: keep(p.b2)
	};
}
