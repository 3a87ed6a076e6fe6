/**
 * The 1D descent's part of the engine protocol: a curve sampled, and descended. Requests are
 * the schemas' outputs; protocol.ts folds `DescentApi` into EngineApi.
 */
import * as v from 'valibot';
import type { Curve } from '$lib/math/curves';
import type { Trajectory } from '$lib/math/descend';
import { curveIds } from '$lib/math/ids';
import type { Result } from './result';
import { curvatureSchema, finite, MAX_STEPS, optimizerSchema, stepCount } from './validate';

const curve = v.picklist(curveIds);

export const sampleCurveSchema = v.object({
	curve,
	/** Curvature of the parabola. */
	a: curvatureSchema,
	/** Number of samples across the domain. */
	n: v.pipe(stepCount(10_000), v.minValue(2))
});
export type SampleCurveRequest = v.InferOutput<typeof sampleCurveSchema>;

export const descendCurveSchema = v.object({
	curve,
	a: curvatureSchema,
	optimizer: optimizerSchema,
	start: finite,
	maxSteps: stepCount(MAX_STEPS)
});
export type DescendCurveRequest = v.InferOutput<typeof descendCurveSchema>;

export interface CurveSamples {
	w: Float64Array;
	loss: Float64Array;
	domain: [number, number];
	minima: Curve['minima'][number][];
}

export interface DescentApi {
	sampleCurve(req: SampleCurveRequest): Promise<Result<CurveSamples>>;
	descendCurve(req: DescendCurveRequest): Promise<Result<Trajectory>>;
}
