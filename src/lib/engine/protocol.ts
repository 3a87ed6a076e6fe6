/**
 * The one typed API between the page and the engine worker. Both sides import this file:
 * the worker implements `EngineApi` (api.ts), the page calls it through `Remote<EngineApi>`
 * (client.ts). Types only: importing it adds no code to the page.
 */
import type { RunStatus } from '$lib/math/descend';
import type { CurveId, OptimizerId } from '$lib/math/ids';
import type { LogisticRun } from '$lib/math/lossComparison';
import type { NeuronApi } from './neuronProtocol';
import type { TrainerApi } from './trainerProtocol';
import type { LandscapeApi } from './landscapeProtocol';

export type EngineErrorCode = 'invalid-input' | 'internal';
/** Errors the client adds when no answer can come from the worker. */
export type ClientErrorCode = 'no-worker' | 'worker-failed' | 'timeout';

export interface EngineError {
	code: EngineErrorCode | ClientErrorCode;
	message: string;
	/** Which fields were wrong, for invalid input. */
	issues?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: EngineError };

export interface OptimizerRequest {
	id: OptimizerId;
	lr: number;
	beta?: number;
	rho?: number;
	beta1?: number;
	beta2?: number;
	eps?: number;
}

export interface TrajectoryAnswer {
	dim: number;
	/** Weights after each step, flattened (k·dim + i). */
	path: Float64Array;
	loss: Float64Array;
	/** ∇L after each step, flattened like `path`. */
	grad: Float64Array;
	gradNorm: Float64Array;
	steps: number;
	status: RunStatus;
}

export interface DescendCurveRequest {
	curve: CurveId;
	/** Curvature of the parabola. */
	a?: number;
	optimizer: OptimizerRequest;
	start: number;
	maxSteps: number;
}

export interface SampleCurveRequest {
	curve: CurveId;
	a?: number;
	/** Number of samples across the domain. */
	n: number;
}

export interface CurveSamples {
	w: Float64Array;
	loss: Float64Array;
	domain: [number, number];
	minima: { w: number; f: number; global: boolean }[];
}

// --- Loss panel (losspanel widget) ---

export interface LossCurvesRequest {
	/** Target y ∈ [0, 1]. */
	y: number;
	/** Prediction ŷ ∈ (0, 1) where the marker sits. */
	yHat: number;
	/** Samples across ŷ. */
	n: number;
}

export interface LossPointAnswer {
	yHat: number;
	y: number;
	z: number;
	mse: { loss: number; dYHat: number; dZ: number };
	bce: { loss: number; dYHat: number; dZ: number };
}

export interface LossCurvesAnswer {
	curves: {
		y: number;
		yHat: Float64Array;
		mse: Float64Array;
		bce: Float64Array;
		mseDYHat: Float64Array;
		bceDYHat: Float64Array;
		mseDZ: Float64Array;
		bceDZ: Float64Array;
	};
	point: LossPointAnswer;
}

export interface TrainLossPairRequest {
	lr: number;
	epochs: number;
	/** Starting weights (w₁, w₂, b), the same for both runs. */
	start: [number, number, number];
	/** Seed of the two-class data set. */
	dataSeed: number;
}

/** One run as the math core records it (entry 0 is the start). */
export type LogisticRunAnswer = LogisticRun;

export interface TrainLossPairAnswer {
	/** The data both runs trained on: x interleaved (x₁, x₂), y 1 for dog and 0 for cat. */
	data: { n: number; x: Float64Array; y: Float64Array };
	mse: LogisticRunAnswer;
	bce: LogisticRunAnswer;
}

export interface SoftmaxLossRequest {
	logits: number[];
	/** Index of the true class. */
	target: number;
}

export interface SoftmaxLossAnswer {
	q: Float64Array;
	p: Float64Array;
	loss: number;
	grad: Float64Array;
}

/** Every handler takes one plain object and answers a Result; none throws. */
export interface EngineApi extends TrainerApi, NeuronApi, LandscapeApi {
	ping(): Promise<Result<'pong'>>;
	sampleCurve(req: SampleCurveRequest): Promise<Result<CurveSamples>>;
	descendCurve(req: DescendCurveRequest): Promise<Result<TrajectoryAnswer>>;
	lossCurves(req: LossCurvesRequest): Promise<Result<LossCurvesAnswer>>;
	trainLossPair(req: TrainLossPairRequest): Promise<Result<TrainLossPairAnswer>>;
	softmaxLoss(req: SoftmaxLossRequest): Promise<Result<SoftmaxLossAnswer>>;
}

export type EngineMethod = keyof EngineApi;
export type RequestOf<M extends EngineMethod> = Parameters<EngineApi[M]>[0];
export type AnswerOf<M extends EngineMethod> = Awaited<ReturnType<EngineApi[M]>>;
