import * as v from 'valibot';
import { getCurve } from '$lib/math/curves';
import { descend } from '$lib/math/descend';
import { sampleGrid } from '$lib/math/grid';
import { getSurface } from '$lib/math/surfaces';
import type { CurveSamples, Result, SurfaceGridAnswer, TrajectoryAnswer } from '../protocol';
import {
	curvatureSchema,
	curveSchema,
	finite,
	guarded,
	MAX_GRID,
	MAX_STEPS,
	optimizerSchema,
	stepCount,
	surfaceSchema
} from '../validate';

const sampleCurveSchema = v.object({
	curve: curveSchema,
	a: curvatureSchema,
	n: v.pipe(stepCount(10_000), v.minValue(2))
});

const descendCurveSchema = v.object({
	curve: curveSchema,
	a: curvatureSchema,
	optimizer: optimizerSchema,
	start: finite,
	maxSteps: stepCount(MAX_STEPS)
});

const sampleSurfaceSchema = v.object({
	surface: surfaceSchema,
	a: curvatureSchema,
	n: v.pipe(stepCount(MAX_GRID), v.minValue(2))
});

const descendSurfaceSchema = v.object({
	surface: surfaceSchema,
	a: curvatureSchema,
	optimizer: optimizerSchema,
	start: v.tuple([finite, finite]),
	maxSteps: stepCount(MAX_STEPS)
});

/** Handlers for the descent widgets: curves and surfaces, sampled and descended. */
export const descentHandlers = {
	async sampleCurve(req: unknown): Promise<Result<CurveSamples>> {
		return guarded(sampleCurveSchema, req, ({ curve, a, n }) => {
			const c = getCurve(curve, { a });
			const [lo, hi] = c.domain[0];
			const w = new Float64Array(n);
			const loss = new Float64Array(n);
			for (let i = 0; i < n; i++) {
				w[i] = lo + ((hi - lo) * i) / (n - 1);
				loss[i] = c.f([w[i]]);
			}
			return { w, loss, domain: [lo, hi], minima: c.minima.map((m) => ({ ...m })) };
		});
	},

	async descendCurve(req: unknown): Promise<Result<TrajectoryAnswer>> {
		return guarded(descendCurveSchema, req, ({ curve, a, optimizer, start, maxSteps }) =>
			descend(getCurve(curve, { a }), optimizer, [start], maxSteps)
		);
	},

	async sampleSurface(req: unknown): Promise<Result<SurfaceGridAnswer>> {
		return guarded(sampleSurfaceSchema, req, ({ surface, a, n }) =>
			sampleGrid(getSurface(surface, { a }), n)
		);
	},

	async descendSurface(req: unknown): Promise<Result<TrajectoryAnswer>> {
		return guarded(descendSurfaceSchema, req, ({ surface, a, optimizer, start, maxSteps }) =>
			descend(getSurface(surface, { a }), optimizer, start, maxSteps)
		);
	}
};
