/**
 * The one typed API between the page and the engine worker. Both sides import this file:
 * the worker implements `EngineApi` (api.ts), the page calls it through `Remote<EngineApi>`
 * (client.ts). Types only: importing it adds no code to the page.
 */
import type { RunStatus } from '$lib/math/descend';
import type { CurveId, OptimizerId, SurfaceId } from '$lib/math/ids';

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

export interface DescendSurfaceRequest {
	surface: SurfaceId;
	a?: number;
	optimizer: OptimizerRequest;
	start: [number, number];
	maxSteps: number;
}

export interface SampleSurfaceRequest {
	surface: SurfaceId;
	a?: number;
	n: number;
}

export interface SurfaceGridAnswer {
	n: number;
	values: Float32Array;
	min: number;
	max: number;
	domain: [[number, number], [number, number]];
}

/** Every handler takes one plain object and answers a Result; none throws. */
export interface EngineApi {
	ping(): Promise<Result<'pong'>>;
	sampleCurve(req: SampleCurveRequest): Promise<Result<CurveSamples>>;
	descendCurve(req: DescendCurveRequest): Promise<Result<TrajectoryAnswer>>;
	sampleSurface(req: SampleSurfaceRequest): Promise<Result<SurfaceGridAnswer>>;
	descendSurface(req: DescendSurfaceRequest): Promise<Result<TrajectoryAnswer>>;
}

export type EngineMethod = keyof EngineApi;
export type RequestOf<M extends EngineMethod> = Parameters<EngineApi[M]>[0];
export type AnswerOf<M extends EngineMethod> = Awaited<ReturnType<EngineApi[M]>>;
