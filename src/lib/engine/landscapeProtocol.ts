/**
 * The 3D loss surface's part of the engine protocol (types only): the landscapes it draws and the
 * runs of its balls, each step judged by the run classifier (math/runStatus.ts).
 */
import type { LossSurfaceId } from '$lib/math/ids';
import type { OptimizerRequest, Result, TrajectoryAnswer } from './protocol';

export interface SampleLandscapeRequest {
	surface: LossSurfaceId;
	/** Curvature of the bowl. */
	a?: number;
	/** Samples per side of the grid. */
	n: number;
}

export interface LandscapeAnswer {
	n: number;
	/** L at (w₁ = lo₁ + i·Δ₁, w₂ = lo₂ + j·Δ₂), row-major: index j·n + i. */
	values: Float32Array;
	min: number;
	max: number;
	domain: [[number, number], [number, number]];
	minima: { w: [number, number]; f: number; global: boolean }[];
	saddles: [number, number][];
	defaultStart: [number, number];
}

export interface DescendLandscapeRequest {
	surface: LossSurfaceId;
	a?: number;
	optimizer: OptimizerRequest;
	start: [number, number];
	maxSteps: number;
}

/**
 * The classifier's verdict at every step k = 0 … steps: `kinds[k]` indexes runKinds
 * (converging, oscillating, converged, diverged, plateau, saddle), `since[k]` is the step at
 * which that state began, and `local[k]` is 1 when a converged ball rests in a local minimum.
 */
export interface RunStates {
	kinds: Uint8Array;
	since: Uint32Array;
	local: Uint8Array;
}

export interface LandscapeRunAnswer extends TrajectoryAnswer {
	states: RunStates;
}

export interface LandscapeApi {
	sampleLandscape(req: SampleLandscapeRequest): Promise<Result<LandscapeAnswer>>;
	descendLandscape(req: DescendLandscapeRequest): Promise<Result<LandscapeRunAnswer>>;
}
