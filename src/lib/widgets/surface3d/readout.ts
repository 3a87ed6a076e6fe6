import type { LandscapeRunAnswer } from '$lib/engine/landscapeProtocol';
import { formatNumber, type Lang } from '$lib/i18n/lang';
import { runKinds, type RunKind } from '$lib/math/ids';
import type { RaceBall } from './state';
import { strings, type BallFacts } from './strings';

/**
 * Okabe–Ito colours for balls 1–4, in the palette's order (DESIGN.md: racing balls take the
 * palette in order). Fixed hex values, because the 3D scene needs them as numbers too.
 */
export const ballColours = ['#0072B2', '#D55E00', '#E69F00', '#009E73'] as const;

/** A run's verdict at step k (clamped to the run's end). */
export function stateAt(
	run: LandscapeRunAnswer,
	k: number
): { kind: RunKind; since: number; local: boolean } {
	const at = Math.min(k, run.steps);
	return {
		kind: runKinds[run.states.kinds[at]] ?? 'converging',
		since: run.states.since[at],
		local: run.states.local[at] === 1
	};
}

/** A weight to three decimals, with a true minus sign. */
export function weight(x: number): string {
	if (!Number.isFinite(x)) return formatNumber(x);
	const abs = Math.abs(x);
	const text = abs >= 1e5 ? x.toExponential(2) : x.toFixed(3);
	return text.replace('-', '−');
}

/** The status words for a verdict. */
export function statusText(
	lang: Lang,
	s: { kind: RunKind; since: number; local: boolean }
): string {
	const t = strings[lang].status;
	if (s.kind === 'converged') return t.converged(s.since, s.local);
	if (s.kind === 'diverged') return t.diverged(s.since);
	return t[s.kind];
}

/** Ball i's numbers at step k, as the readouts say them. */
export function ballFacts(
	lang: Lang,
	i: number,
	ball: RaceBall,
	run: LandscapeRunAnswer,
	k: number
): BallFacts {
	const t = strings[lang];
	const at = Math.min(k, run.steps);
	return {
		n: i + 1,
		colour: t.colours[i],
		optimizer: t.optimizers[ball.optimizer],
		lr: formatNumber(ball.lr, 4),
		step: at,
		w1: weight(run.path[2 * at]),
		w2: weight(run.path[2 * at + 1]),
		loss: formatNumber(run.loss[at]),
		grad: formatNumber(run.gradNorm[at]),
		status: statusText(lang, stateAt(run, k))
	};
}

/** Ball `i`'s numbers at step `k`, in a sentence. */
export function ballLine(
	lang: Lang,
	i: number,
	ball: RaceBall,
	run: LandscapeRunAnswer,
	k: number
): string {
	return strings[lang].readout(ballFacts(lang, i, ball, run, k));
}

/** A verdict in a few words, for the legend beside the 3D view. */
export function shortStatus(
	lang: Lang,
	s: { kind: RunKind; since: number; local: boolean }
): string {
	const t = strings[lang].statusShort;
	if (s.kind === 'converged') return t.converged(s.since, s.local);
	if (s.kind === 'diverged') return t.diverged(s.since);
	return t[s.kind];
}

/**
 * Ball `i` at step `k` in the legend beside the 3D view, as lines of pieces that a narrow
 * column breaks between, never inside. One ball: where it is, its loss and gradient and its
 * verdict (its rate is in the field below). In a race, each ball's rate (with the optimizer's
 * short name when the balls' optimizers differ, `named`), loss and verdict.
 */
export function legendLines(
	lang: Lang,
	i: number,
	ball: RaceBall,
	run: LandscapeRunAnswer,
	k: number,
	race: { named: boolean } | null
): string[][] {
	const t = strings[lang];
	const f = ballFacts(lang, i, ball, run, k);
	const status = shortStatus(lang, stateAt(run, k));
	if (!race)
		return [
			[t.stepShort(f.step)],
			[`(w₁, w₂) =`, `(${f.w1}, ${f.w2})`],
			[`L = ${f.loss},`, `‖∇L‖ = ${f.grad}`],
			[status]
		];
	const rate = `η = ${f.lr}`;
	return [
		[race.named ? `${t.optimizersShort[ball.optimizer]} ${rate}` : rate, `L = ${f.loss}`, status]
	];
}
