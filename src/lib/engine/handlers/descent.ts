import { getCurve } from '$lib/math/curves';
import { descend, type Trajectory } from '$lib/math/descend';
import { descendCurveSchema, sampleCurveSchema, type CurveSamples } from '../descentProtocol';
import type { Result } from '../result';
import { guarded } from '../validate';

/** Handlers for the 1D descent widget: curves, sampled and descended. */
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

	async descendCurve(req: unknown): Promise<Result<Trajectory>> {
		return guarded(descendCurveSchema, req, ({ curve, a, optimizer, start, maxSteps }) =>
			descend(getCurve(curve, { a }), optimizer, [start], maxSteps)
		);
	}
};
