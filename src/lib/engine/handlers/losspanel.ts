import { trainBothLosses } from '$lib/math/lossComparison';
import { lossPoint, sampleLossCurves } from '$lib/math/lossCurves';
import { twoBlobs } from '$lib/math/twoBlobs';
import { softmaxReport } from '$lib/math/softmax';
import {
	lossCurvesSchema,
	softmaxLossSchema,
	trainLossPairSchema,
	type LossCurvesAnswer,
	type SoftmaxLossAnswer,
	type TrainLossPairAnswer
} from '../losspanelProtocol';
import type { Result } from '../result';
import { guarded } from '../validate';

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
