import { factorTrend, stepFactors } from '$lib/math/axisFactors';
import { descend } from '$lib/math/descend';
import { sampleGrid } from '$lib/math/grid';
import { getLossSurface, type LossSurface } from '$lib/math/lossSurfaces';
import type { OptimizerSettings } from '$lib/math/optimizers';
import { classifyTrajectory, runKinds, type RunState } from '$lib/math/runStatus';
import {
	type AxisDescent,
	descendLandscapeSchema,
	sampleLandscapeSchema,
	type LandscapeAnswer,
	type LandscapeRunAnswer,
	type RunStates
} from '../landscapeProtocol';
import type { Result } from '../result';
import { guarded } from '../validate';

/**
 * A ball counts as diverged once it is one domain width outside the plotted box: by then it has
 * visibly left the surface, and the readout can say so instead of following it to infinity.
 */
const ESCAPE_WIDTHS = 1;

/**
 * Verdicts as typed arrays, which cross to the page without copying. Plain loops: a mapping
 * Uint8Array.from over 2,001 verdicts, three times, took longer than classifying them.
 */
function packStates(verdicts: RunState[]): RunStates {
	const n = verdicts.length;
	const states: RunStates = {
		kinds: new Uint8Array(n),
		since: new Uint32Array(n),
		local: new Uint8Array(n)
	};
	for (let k = 0; k < n; k++) {
		const x = verdicts[k];
		states.kinds[k] = runKinds.indexOf(x.kind);
		states.since[k] = x.step;
		states.local[k] = x.minimum === 'local' ? 1 : 0;
	}
	return states;
}

/**
 * The factor 1 − η·aᵢ per axis, where it alone describes the run: plain gradient descent on a
 * surface whose axes are its curvatures' (momentum and Adam mix each step with the past).
 */
function axisDescent(s: LossSurface, optimizer: OptimizerSettings): AxisDescent | null {
	const curvatures = 'curvatures' in s ? s.curvatures : undefined;
	if (!curvatures || optimizer.id !== 'gd') return null;
	const [r1, r2] = stepFactors(curvatures, optimizer.lr);
	return {
		curvatures: [curvatures[0], curvatures[1]],
		factors: [r1, r2],
		trends: [factorTrend(r1), factorTrend(r2)]
	};
}

/** Handlers for the 3D loss surface: its grid and its balls' runs, with a verdict per step. */
export const landscapeHandlers = {
	async sampleLandscape(req: unknown): Promise<Result<LandscapeAnswer>> {
		return guarded(sampleLandscapeSchema, req, ({ surface, a, n }) => {
			const s = getLossSurface(surface, { a });
			return {
				...sampleGrid(s, n),
				minima: s.minima.map((m) => ({ w: [m.w[0], m.w[1]], f: m.f, global: m.global })),
				saddles: s.saddles.map((p) => [p[0], p[1]]),
				defaultStart: [s.defaultStart[0], s.defaultStart[1]]
			};
		});
	},

	async descendLandscape(req: unknown): Promise<Result<LandscapeRunAnswer>> {
		return guarded(descendLandscapeSchema, req, ({ surface, a, optimizer, start, maxSteps }) => {
			const s = getLossSurface(surface, { a });
			const run = descend(s, optimizer, start, maxSteps, { escapeWidths: ESCAPE_WIDTHS });
			return {
				...run,
				states: packStates(classifyTrajectory(run, s)),
				axes: axisDescent(s, optimizer)
			};
		});
	}
};
