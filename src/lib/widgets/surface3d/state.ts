import { criticalRates } from '$lib/math/axisFactors';
import { optimizerIds, type OptimizerId } from '$lib/math/ids';
import { getSurface } from '$lib/math/surfaces';
import { lossSurfaceIds, type LossSurfaceId } from '$lib/math/ids';
import type { ControlSet, StepSettings, StepStaging } from '$lib/widgets/types';
import type { Bilingual } from '$lib/i18n/lang';
import {
	choiceField,
	createCodec,
	numberField,
	pointField,
	rangeText,
	type Field,
	type SettingNote,
	type StepOf
} from '../codec';

/** One more ball in a race: its own optimizer and learning rate, the same start. */
export interface RaceBall {
	optimizer: OptimizerId;
	lr: number;
}

/** Everything that sets up the 3D surface, as a link, a lesson or a scroll step gives it. */
export interface Surface3DState {
	surface: LossSurfaceId;
	/** Ball 1's optimizer and learning rate η. */
	optimizer: OptimizerId;
	lr: number;
	/** Start (w₁, w₂), shared by every ball. */
	start: [number, number];
	/** Curvature a of the bowl a·(w₁² + w₂²)/2; its critical rate is 2/a. */
	a: number;
	/** Momentum β (momentum, Nesterov). */
	beta: number;
	/** Decay ρ of RMSProp's mean square. */
	rho: number;
	/** Adam's β₁ and β₂. */
	beta1: number;
	beta2: number;
	/** Balls 2–4 of a race; empty when not racing. */
	race: RaceBall[];
}

/** A scroll step for the 3D surface: the keys its codec reads. */
export type Surface3DStep = StepOf<Surface3DState> &
	StepStaging<(typeof surface3dControls.names)[number]>;

/**
 * The surface's controls as a step names them; ball 1's learning rate is the main one. A step
 * that names 'axes' also shows the charts of the weights one by one beside a lesson's steps.
 */
export const surface3dControls = {
	names: ['lr', 'optimizer', 'surface', 'a', 'start', 'race', 'chart', 'axes'],
	main: ['lr']
} as const satisfies ControlSet;

/** How a surface is shown and where its controls start. */
export interface SurfacePreset {
	/** Plotting box, mirrored from the math core (a unit test checks they agree). */
	domain: [[number, number], [number, number]];
	start: [number, number];
	lr: number;
	/** Range of the learning-rate slider (log scale). */
	lrRange: [number, number];
	/** Surfaces spanning decades of loss are drawn with height log(1 + L − L_min). */
	height: 'linear' | 'log';
	/**
	 * Chart each weight of a lone gradient-descent ball with its factor 1 − η·aᵢ: where the two
	 * axes differ, which is the point (on the round bowl both charts would say the same).
	 */
	axisPlots?: boolean;
}

export const presets: Record<LossSurfaceId, SurfacePreset> = {
	bowl: {
		domain: box(-3, 3, -3, 3),
		start: [-2.5, 2],
		lr: 0.3,
		lrRange: [0.001, 10],
		height: 'linear'
	},
	valley: {
		domain: box(-3, 3, -3, 3),
		start: [-2.7, 1.2],
		lr: 0.05,
		lrRange: [0.001, 1],
		height: 'linear',
		axisPlots: true
	},
	rosenbrock: {
		domain: box(-2, 2, -1, 3),
		start: [-1.2, 1],
		lr: 0.001,
		lrRange: [0.00001, 0.01],
		height: 'log'
	},
	himmelblau: {
		domain: box(-5, 5, -5, 5),
		start: [0, 0],
		lr: 0.01,
		lrRange: [0.0001, 0.1],
		height: 'log'
	},
	twoWells: {
		domain: box(-2, 2, -2, 2),
		start: [1.9, 1.5],
		lr: 0.01,
		lrRange: [0.001, 1],
		height: 'linear'
	},
	saddle: {
		domain: box(-2, 2, -2, 2),
		start: [1.8, 0.01],
		lr: 0.05,
		lrRange: [0.001, 2],
		height: 'linear'
	},
	neuronMse: {
		domain: box(-6, 6, -8, 8),
		start: [-4.5, 6],
		lr: 3,
		lrRange: [0.01, 100],
		height: 'linear'
	},
	neuronBce: {
		domain: box(-6, 6, -8, 8),
		start: [-5, 4],
		lr: 1,
		lrRange: [0.01, 100],
		height: 'linear'
	}
};

function box(lo1: number, hi1: number, lo2: number, hi2: number): SurfacePreset['domain'] {
	return [
		[lo1, hi1],
		[lo2, hi2]
	];
}

/** Learning rates any surface allows; each surface's slider shows a part of this range. */
export const LR_MIN = 0.00001;
export const LR_MAX = 100;
export const A_RANGE: [number, number] = [0.2, 10];
export const MAX_BALLS = 4;
/** Steps computed per run: enough for the neuron's plateau at its default rate. */
export const MAX_STEPS = 2000;
/** Samples per side of the surface grid. */
export const GRID_N = 81;

const rate = numberField(LR_MIN, LR_MAX);

/** Balls 2–4 as "optimizer:lr" pairs joined by commas, e.g. race=momentum:0.1,adam:0.05. */
function raceField(): Field<RaceBall[]> {
	const optimizer = choiceField(optimizerIds);
	return {
		parse(raw) {
			if (raw.trim() === '') return [];
			const parts = raw.split(',');
			if (parts.length > MAX_BALLS - 1) return undefined;
			const balls: RaceBall[] = [];
			for (const part of parts) {
				const [id, lr, ...rest] = part.split(':');
				const o = optimizer.parse(id ?? '');
				const r = rate.parse(lr ?? '');
				if (o === undefined || r === undefined || rest.length) return undefined;
				balls.push({ optimizer: o, lr: r });
			}
			return balls;
		},
		format: (balls) => balls.map((b) => `${b.optimizer}:${rate.format(b.lr)}`).join(','),
		allowed: raceAllowed(rangeText(LR_MIN, LR_MAX))
	};
}

function raceAllowed(range: string): Bilingual<string> {
	const n = MAX_BALLS - 1;
	return {
		'zh-TW': `最多 ${n} 組 optimizer:lr，lr 在 ${range}，例如 momentum:0.1,adam:0.05`,
		en: `up to ${n} of optimizer:lr with lr in ${range}, e.g. momentum:0.1,adam:0.05`
	};
}

const within = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
const inBox = ([w1, w2]: [number, number], [r1, r2]: SurfacePreset['domain']) =>
	within(w1, r1) && within(w2, r2);

/**
 * The codec: beyond each value's own checks it holds what depends on the surface, a start inside
 * its box and rates inside its slider's range, and a surface given without a start or a rate gets
 * that surface's own. Bad values fall back to the surface's own and come back as notes naming the
 * range of that surface.
 */
export const surface3dCodec = createCodec<Surface3DState>(
	{
		surface: choiceField(lossSurfaceIds),
		optimizer: choiceField(optimizerIds),
		lr: rate,
		start: pointField(-10, 10),
		a: numberField(A_RANGE[0], A_RANGE[1]),
		beta: numberField(0, 0.999),
		rho: numberField(0, 0.999),
		beta1: numberField(0, 0.999),
		beta2: numberField(0, 0.9999),
		race: raceField()
	},
	{
		surface: 'bowl',
		optimizer: 'gd',
		lr: presets.bowl.lr,
		start: presets.bowl.start,
		a: 1,
		beta: 0.9,
		rho: 0.9,
		beta1: 0.9,
		beta2: 0.999,
		race: []
	},
	{
		lr: {
			accepts: (lr, s) => within(lr, presets[s.surface].lrRange),
			allowed: (s) => rangeText(...presets[s.surface].lrRange),
			fallback: (s) => presets[s.surface].lr,
			follows: ['surface']
		},
		start: {
			accepts: (start, s) => inBox(start, presets[s.surface].domain),
			allowed: (s) => {
				const [[lo1, hi1], [lo2, hi2]] = presets[s.surface].domain;
				return `w₁ ∈ ${rangeText(lo1, hi1)}, w₂ ∈ ${rangeText(lo2, hi2)}`;
			},
			fallback: (s) => [...presets[s.surface].start],
			follows: ['surface']
		},
		race: {
			accepts: (race, s) => race.every((b) => within(b.lr, presets[s.surface].lrRange)),
			allowed: (s) => raceAllowed(rangeText(...presets[s.surface].lrRange)),
			// Refused whole, as a list that cannot be read is: the note says the setting was ignored.
			fallback: (s, base) =>
				base.race.every((b) => within(b.lr, presets[s.surface].lrRange)) ? base.race : []
		}
	}
);

/** Reads settings from a link or a scroll step over the defaults (see surface3dCodec). */
export function parseSurface3D(input: StepSettings | URLSearchParams | undefined): {
	state: Surface3DState;
	notes: SettingNote[];
} {
	return surface3dCodec.parse(input);
}

/** The URL's parameters for `state`; the optimizers' settings only when an optimizer uses them. */
export function serializeSurface3D(state: Surface3DState): Record<string, string> {
	const all = surface3dCodec.serialize(state);
	const used = new Set([state.optimizer, ...state.race.map((b) => b.optimizer)]);
	const out: Record<string, string> = {
		surface: all.surface,
		optimizer: all.optimizer,
		lr: all.lr,
		start: all.start
	};
	if (state.surface === 'bowl') out.a = all.a;
	if (used.has('momentum') || used.has('nesterov')) out.beta = all.beta;
	if (used.has('rmsprop')) out.rho = all.rho;
	if (used.has('adam')) Object.assign(out, { beta1: all.beta1, beta2: all.beta2 });
	if (state.race.length) out.race = all.race;
	return out;
}

/** The rate above which plain gradient descent diverges, and its name on the slider's mark. */
export interface CriticalRate {
	rate: number;
	/** '2/a' on the round bowl; '2/a₂' on the valley, whose steep axis w₂ sets the limit. */
	label: string;
}

/**
 * The critical rate of plain gradient descent on a quadratic whose axes are the weight axes (the
 * bowl: 2/a; the valley: 2/a₂, the smaller of its two limits 2/aᵢ), or null on other surfaces.
 */
export function criticalRate(state: Pick<Surface3DState, 'surface' | 'a'>): CriticalRate | null {
	if (state.surface === 'bowl') return { rate: 2 / state.a, label: '2/a' };
	if (state.surface !== 'valley') return null;
	const limits = criticalRates(getSurface('valley').curvatures ?? []);
	const steep = limits.indexOf(Math.min(...limits));
	return { rate: limits[steep], label: `2/a${['₁', '₂'][steep]}` };
}
