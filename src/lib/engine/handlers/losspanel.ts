import * as v from 'valibot';
import { trainBothLosses } from '$lib/math/lossComparison';
import { lossPoint, sampleLossCurves } from '$lib/math/lossCurves';
import { twoBlobs } from '$lib/math/twoBlobs';
import { softmaxReport } from '$lib/math/softmax';
import type { LossCurvesAnswer, Result, SoftmaxLossAnswer, TrainLossPairAnswer } from '../protocol';
import { finite, guarded, stepCount, unit } from '../validate';

/** Most epochs one training answer holds (two runs of 80 samples: well under 50 ms). */
export const MAX_EPOCHS = 1000;
/** Most classes the softmax handler takes. */
export const MAX_CLASSES = 10;

const openUnit = v.pipe(v.number(), v.finite(), v.gtValue(0), v.ltValue(1));
const weight = v.pipe(finite, v.minValue(-20), v.maxValue(20));

const lossCurvesSchema = v.object({
	y: unit,
	yHat: openUnit,
	n: v.pipe(stepCount(5000), v.minValue(2))
});

const trainLossPairSchema = v.object({
	lr: v.pipe(v.number(), v.finite(), v.gtValue(0), v.maxValue(50)),
	epochs: v.pipe(stepCount(MAX_EPOCHS), v.minValue(1)),
	start: v.tuple([weight, weight, weight]),
	dataSeed: stepCount(2 ** 31)
});

const softmaxLossSchema = v.pipe(
	v.object({
		logits: v.pipe(
			v.array(v.pipe(finite, v.minValue(-100), v.maxValue(100))),
			v.minLength(2),
			v.maxLength(MAX_CLASSES)
		),
		target: stepCount(MAX_CLASSES - 1)
	}),
	v.check((req) => req.target < req.logits.length, 'target must name one of the classes')
);

/** Handlers for the loss panel: loss curves against ŷ, the paired training, the softmax. */
export const losspanelHandlers = {
	async lossCurves(req: unknown): Promise<Result<LossCurvesAnswer>> {
		return guarded(lossCurvesSchema, req, ({ y, yHat, n }) => ({
			curves: sampleLossCurves(y, n),
			point: lossPoint(yHat, y)
		}));
	},

	async trainLossPair(req: unknown): Promise<Result<TrainLossPairAnswer>> {
		return guarded(trainLossPairSchema, req, ({ lr, epochs, start, dataSeed }) => {
			const data = twoBlobs(dataSeed);
			return { data, ...trainBothLosses(data, { lr, epochs, start }) };
		});
	},

	async softmaxLoss(req: unknown): Promise<Result<SoftmaxLossAnswer>> {
		return guarded(softmaxLossSchema, req, ({ logits, target }) => softmaxReport(logits, target));
	}
};
