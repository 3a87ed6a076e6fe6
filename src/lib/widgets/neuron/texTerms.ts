/**
 * TeX pieces shared by both step lists: the activation, its derivative, the loss and ∂L/∂ŷ,
 * each written as "definition = numbers = result".
 */
import type { ActivationId, LossId } from '$lib/math/ids';
import { texFactor as F, texNumber as N } from './format';

/** out = f(net): "\hat y = \sigma(net) = \sigma(0.300) = 0.574". */
export function texActivation(
	id: ActivationId,
	out: string,
	net: string,
	netValue: number,
	outValue: number
): string {
	const fn = { sigmoid: '\\sigma', tanh: '\\tanh', relu: '\\operatorname{ReLU}' }[id];
	const def =
		id === 'sigmoid'
			? `\\frac{1}{1 + e^{-${net}}}`
			: id === 'relu'
				? `\\max(0, ${net})`
				: `${fn}(${net})`;
	return `${out} = ${def} = ${fn}(${N(netValue)}) = ${N(outValue)}`;
}

/** f'(net) written through the output where that is the usual form: σ' = o(1 − o), tanh' = 1 − o². */
export function texActivationSlope(
	id: ActivationId,
	out: string,
	net: string,
	netValue: number,
	outValue: number,
	slope: number
): string {
	const lhs = `\\frac{\\partial ${out}}{\\partial ${net}}`;
	if (id === 'sigmoid')
		return `${lhs} = ${out}(1 - ${out}) = ${N(outValue)} \\times ${F(1 - outValue)} = ${N(slope)}`;
	if (id === 'tanh') return `${lhs} = 1 - ${out}^2 = 1 - ${F(outValue)}^2 = ${N(slope)}`;
	const cmp = netValue > 0 ? '>' : '\\le';
	const cases = `\\begin{cases} 1 & ${net} > 0 \\\\ 0 & ${net} \\le 0 \\end{cases}`;
	return `${lhs} = ${cases};\\; ${net} = ${N(netValue)} ${cmp} 0 \\Rightarrow ${N(slope)}`;
}

/** L(ŷ, y) with the numbers in. */
export function texLoss(id: LossId, yHat: number, y: number, value: number, prime = ''): string {
	const h = `\\hat y${prime}`;
	if (id === 'mse') return `L${prime} = (y - ${h})^2 = (${N(y)} - ${F(yHat)})^2 = ${N(value)}`;
	return (
		`L${prime} = -[y \\ln ${h} + (1 - y) \\ln(1 - ${h})] = ` +
		`-[${N(y)} \\ln ${N(yHat)} + ${F(1 - y)} \\ln ${F(1 - yHat)}] = ${N(value)}`
	);
}

/** ∂L/∂ŷ with the numbers in. */
export function texLossSlope(id: LossId, yHat: number, y: number, value: number): string {
	const lhs = '\\frac{\\partial L}{\\partial \\hat y}';
	if (id === 'mse') return `${lhs} = 2(\\hat y - y) = 2(${N(yHat)} - ${F(y)}) = ${N(value)}`;
	return (
		`${lhs} = \\frac{\\hat y - y}{\\hat y (1 - \\hat y)} = ` +
		`\\frac{${N(yHat)} - ${F(y)}}{${N(yHat)} \\times ${F(1 - yHat)}} = ${N(value)}`
	);
}

/** "a < b", "a > b" or "a = b" comparing the loss after the update with the loss before. */
export function texCompare(after: number, before: number): string {
	const rel = after < before ? '<' : after > before ? '>' : '=';
	// Show enough digits for the two to differ on screen, as they do in fact.
	let digits = 3;
	while (digits < 8 && after !== before && N(after, digits) === N(before, digits)) digits++;
	return `${N(after, digits)} ${rel} ${N(before, digits)}`;
}

/** (a, b, c) */
export function texTuple(values: ArrayLike<number>): string {
	return `(${Array.from(values, (v) => N(v)).join(', ')})`;
}
