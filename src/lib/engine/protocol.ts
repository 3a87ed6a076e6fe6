/**
 * The one typed API between the page and the engine worker. Both sides import this file:
 * the worker implements `EngineApi` (api.ts), the page calls it through `Remote<EngineApi>`
 * (client.ts). Each widget's part lives in its own file, where every request is inferred from
 * the valibot schema that checks it and every answer is a math core type. The page imports
 * types only, so none of the schemas' code reaches it.
 */
import type * as v from 'valibot';
import type { Trajectory } from '$lib/math/descend';
import type { DescentApi } from './descentProtocol';
import type { LabApi } from './labProtocol';
import type { LandscapeApi } from './landscapeProtocol';
import type { LosspanelApi } from './losspanelProtocol';
import type { NeuronApi } from './neuronProtocol';
import type { Result } from './result';
import type { TrainerApi } from './trainerProtocol';
import type { optimizerSchema } from './validate';

export type { ClientErrorCode, EngineError, EngineErrorCode, Result } from './result';
export type { CurveSamples, DescendCurveRequest, SampleCurveRequest } from './descentProtocol';
export type {
	LossCurvesAnswer,
	LossCurvesRequest,
	SoftmaxLossAnswer,
	SoftmaxLossRequest,
	TrainLossPairAnswer,
	TrainLossPairRequest
} from './losspanelProtocol';

export type OptimizerRequest = v.InferOutput<typeof optimizerSchema>;
/** A run of an optimizer as the math core records it. */
export type TrajectoryAnswer = Trajectory;

/** Every handler takes one plain object and answers a Result; none throws. */
export interface EngineApi
	extends DescentApi, LosspanelApi, TrainerApi, NeuronApi, LandscapeApi, LabApi {
	ping(): Promise<Result<'pong'>>;
}

export type EngineMethod = keyof EngineApi;
export type RequestOf<M extends EngineMethod> = Parameters<EngineApi[M]>[0];
export type AnswerOf<M extends EngineMethod> = Awaited<ReturnType<EngineApi[M]>>;
