import { choiceField, createCodec, numberField, type StepOf } from '../codec';
import type { ControlSet, StepStaging } from '../types';

/** The panel's three views: loss against ŷ, the paired training, and the softmax. */
export const views = ['curves', 'train', 'softmax'] as const;
export type LossPanelView = (typeof views)[number];

/** Everything that sets up the loss panel, as a link or a scroll step gives it. */
export interface LossPanelState {
	view: LossPanelView;
	/** Target y ∈ [0, 1] of the curves view. */
	y: number;
	/** Prediction ŷ where the curves view's marker sits. */
	yhat: number;
	/** Learning rate η of both training runs. */
	lr: number;
	/** Epochs of both training runs. */
	epochs: number;
	/** Starting weights of both runs: z = w₁x₁ + w₂x₂ + b. */
	w1: number;
	w2: number;
	b: number;
	/** Logits of the three classes in the softmax view. */
	z1: number;
	z2: number;
	z3: number;
	/** The true class (1, 2 or 3) in the softmax view. */
	target: number;
}

/**
 * The loss panel's controls as a step names them. Each view draws only its own, so the main ones
 * are one a view: the marker's ŷ, the learning rate, the true class.
 */
export const losspanelControls = {
	names: ['view', 'y', 'yhat', 'epoch', 'lr', 'epochs', 'start', 'target', 'logits'],
	main: ['yhat', 'lr', 'target']
} as const satisfies ControlSet;

/** A scroll step for the loss panel: the keys its codec reads, and its staging. */
export type LossPanelStep = StepOf<LossPanelState> &
	StepStaging<(typeof losspanelControls.names)[number]>;

export const YHAT_MIN = 0.01;
export const YHAT_MAX = 0.99;
export const LR_MIN = 0.01;
export const LR_MAX = 10;
export const EPOCHS_MIN = 1;
export const EPOCHS_MAX = 500;
export const WEIGHT_LIMIT = 10;
export const LOGIT_LIMIT = 8;
/** The data set both runs train on; fixed, so a link always shows the same points. */
export const DATA_SEED = 7;

export const losspanelCodec = createCodec<LossPanelState>(
	{
		view: choiceField(views),
		y: numberField(0, 1),
		yhat: numberField(YHAT_MIN, YHAT_MAX),
		lr: numberField(LR_MIN, LR_MAX),
		epochs: numberField(EPOCHS_MIN, EPOCHS_MAX, { integer: true }),
		w1: numberField(-WEIGHT_LIMIT, WEIGHT_LIMIT),
		w2: numberField(-WEIGHT_LIMIT, WEIGHT_LIMIT),
		b: numberField(-WEIGHT_LIMIT, WEIGHT_LIMIT),
		z1: numberField(-LOGIT_LIMIT, LOGIT_LIMIT),
		z2: numberField(-LOGIT_LIMIT, LOGIT_LIMIT),
		z3: numberField(-LOGIT_LIMIT, LOGIT_LIMIT),
		target: numberField(1, 3, { integer: true })
	},
	{
		view: 'curves',
		y: 1,
		yhat: 0.2,
		lr: 1,
		epochs: 60,
		// Large weights on the wrong side: every dog starts near ŷ = 0 and every cat near 1.
		w1: -5,
		w2: -5,
		b: 0,
		z1: 1,
		z2: 2,
		z3: 0.5,
		target: 2
	}
);

/** Starting weights the reader can pick with one click. */
export const presets = {
	wrong: { w1: -5, w2: -5, b: 0 },
	small: { w1: 0.2, w2: -0.1, b: 0 }
} as const;
export type PresetId = keyof typeof presets;
