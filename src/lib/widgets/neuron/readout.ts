import type { NeuronCycleAnswer, TwoLayerCycleAnswer } from '$lib/engine/neuronProtocol';
import { formatNumber } from '$lib/i18n/lang';
import type { CycleStep } from './stepTypes';
import type { strings } from './strings';

type Recorded =
	{ two: false; cycle: NeuronCycleAnswer } | { two: true; cycle: TwoLayerCycleAnswer };

const tuple = (v: ArrayLike<number>) => `(${Array.from(v, (x) => formatNumber(x, 4)).join(', ')})`;

/**
 * The status line for the current step: where we are, what the step computes in words, and its
 * number with four significant digits (one more than the diagram shows).
 */
export function readoutText(
	t: (typeof strings)['en'],
	step: CycleStep,
	record: Recorded,
	k: number,
	last: number
): string {
	const head = `${t.stepOf(k, last)} · ${t.phases[step.phase]}${t.colon}${t.stepName(step)}${t.period}`;
	if (step.value === null) {
		const c = record.cycle;
		const given = record.two
			? `x = ${tuple(c.x)}, y = ${formatNumber(c.y, 4)}`
			: `x = ${tuple(c.x)}, w = ${tuple(record.cycle.w)}, b = ${formatNumber(record.cycle.b, 4)}`;
		return `${head}${given}`;
	}
	const text = `${head}${step.symbol} = ${formatNumber(step.value, 4)}`;
	return step.kind === 'after'
		? text + t.paren(t.lossBefore(formatNumber(record.cycle.forward.loss, 4)))
		: text;
}
