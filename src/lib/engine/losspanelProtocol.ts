/**
 * The loss panel's part of the engine protocol: loss curves against ŷ, two losses trained side
 * by side, and the softmax. Requests are the schemas' outputs; answers are the math core's types.
 */
import * as v from 'valibot';
import type { LogisticRun } from '$lib/math/lossComparison';
import type { LossCurves, LossPoint } from '$lib/math/lossCurves';
import type { SoftmaxReport } from '$lib/math/softmax';
import type { LabelledPoints } from '$lib/math/twoBlobs';
import type { Result } from './result';
import { finite, stepCount, unit } from './validate';

/** Most epochs one training answer holds (two runs of 80 samples: well under 50 ms). */
export const MAX_EPOCHS = 1000;
/** Most classes the softmax handler takes. */
export const MAX_CLASSES = 10;

const openUnit = v.pipe(v.number(), v.finite(), v.gtValue(0), v.ltValue(1));
const weight = v.pipe(finite, v.minValue(-20), v.maxValue(20));

export const lossCurvesSchema = v.object({
	/** Target y ∈ [0, 1]. */
	y: unit,
	/** Prediction ŷ ∈ (0, 1) where the marker sits. */
	yHat: openUnit,
	/** Samples across ŷ. */
	n: v.pipe(stepCount(5000), v.minValue(2))
});
export type LossCurvesRequest = v.InferOutput<typeof lossCurvesSchema>;

export interface LossCurvesAnswer {
	curves: LossCurves;
	point: LossPoint;
}

export const trainLossPairSchema = v.object({
	lr: v.pipe(v.number(), v.finite(), v.gtValue(0), v.maxValue(50)),
	epochs: v.pipe(stepCount(MAX_EPOCHS), v.minValue(1)),
	/** Starting weights (w₁, w₂, b), the same for both runs. */
	start: v.tuple([weight, weight, weight]),
	/** Seed of the two-class data set. */
	dataSeed: stepCount(2 ** 31)
});
export type TrainLossPairRequest = v.InferOutput<typeof trainLossPairSchema>;

/** Both runs on the data they trained on (entry 0 of each run is the start). */
export interface TrainLossPairAnswer {
	data: LabelledPoints;
	mse: LogisticRun;
	bce: LogisticRun;
}

export const softmaxLossSchema = v.pipe(
	v.object({
		logits: v.pipe(
			v.array(v.pipe(finite, v.minValue(-100), v.maxValue(100))),
			v.minLength(2),
			v.maxLength(MAX_CLASSES)
		),
		/** Index of the true class. */
		target: stepCount(MAX_CLASSES - 1)
	}),
	v.check((req) => req.target < req.logits.length, 'target must name one of the classes')
);
export type SoftmaxLossRequest = v.InferOutput<typeof softmaxLossSchema>;
export type SoftmaxLossAnswer = SoftmaxReport;

export interface LosspanelApi {
	lossCurves(req: LossCurvesRequest): Promise<Result<LossCurvesAnswer>>;
	trainLossPair(req: TrainLossPairRequest): Promise<Result<TrainLossPairAnswer>>;
	softmaxLoss(req: SoftmaxLossRequest): Promise<Result<SoftmaxLossAnswer>>;
}
