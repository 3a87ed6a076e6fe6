/**
 * The 3D loss surface's part of the engine protocol: the landscapes it draws and the runs of its
 * balls, each step judged by the run classifier (math/runStatus.ts). Requests are the schemas'
 * outputs.
 */
import * as v from 'valibot';
import type { AxisTrend } from '$lib/math/axisFactors';
import type { Trajectory } from '$lib/math/descend';
import type { SurfaceGrid } from '$lib/math/grid';
import { lossSurfaceIds } from '$lib/math/ids';
import type { Result } from './result';
import {
	curvatureSchema,
	finite,
	MAX_GRID,
	MAX_STEPS,
	optimizerSchema,
	stepCount
} from './validate';

const surface = v.picklist(lossSurfaceIds);

export const sampleLandscapeSchema = v.object({
	surface,
	/** Curvature of the bowl. */
	a: curvatureSchema,
	/** Samples per side of the grid. */
	n: v.pipe(stepCount(MAX_GRID), v.minValue(2))
});
export type SampleLandscapeRequest = v.InferOutput<typeof sampleLandscapeSchema>;

/** The sampled grid and the surface's landmarks, as plain arrays that cross to the page. */
export interface LandscapeAnswer extends SurfaceGrid {
	minima: { w: [number, number]; f: number; global: boolean }[];
	saddles: [number, number][];
	defaultStart: [number, number];
}

export const descendLandscapeSchema = v.object({
	surface,
	a: curvatureSchema,
	optimizer: optimizerSchema,
	start: v.tuple([finite, finite]),
	maxSteps: stepCount(MAX_STEPS)
});
export type DescendLandscapeRequest = v.InferOutput<typeof descendLandscapeSchema>;

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

/**
 * Plain gradient descent on a quadratic whose axes are the weight axes (the bowl, the valley):
 * each weight is multiplied by its own factor 1 − η·aᵢ at every step (math/axisFactors.ts).
 */
export interface AxisDescent {
	/** Curvatures (a₁, a₂) along w₁ and w₂. */
	curvatures: [number, number];
	/** 1 − η·aᵢ for each axis. */
	factors: [number, number];
	/** Whether |1 − η·aᵢ| is below, at or above 1. */
	trends: [AxisTrend, AxisTrend];
}

export interface LandscapeRunAnswer extends Trajectory {
	states: RunStates;
	/** The factor per axis, on a surface that has one and for plain gradient descent; else null. */
	axes: AxisDescent | null;
}

export interface LandscapeApi {
	sampleLandscape(req: SampleLandscapeRequest): Promise<Result<LandscapeAnswer>>;
	descendLandscape(req: DescendLandscapeRequest): Promise<Result<LandscapeRunAnswer>>;
}
