/** The closing steps of a two-layer cycle: every parameter moves against its gradient, then the loss again. */
import type { TwoLayerCycle } from '$lib/math/twoLayer';
import { sub, texFactor as F, texNumber as N } from './format';
import type { CycleStep } from './stepTypes';
import { texCompare } from './texTerms';
import { twoLayerIndex } from './twoLayerIndex';

export function twoLayerUpdateSteps(c: TwoLayerCycle): CycleStep[] {
	const { ins, hid, k, at } = twoLayerIndex(c);
	const p = c.params;
	const { forward: fw, backward: bw, update: up } = c;
	const steps: CycleStep[] = [];

	// Every parameter moves against its gradient.
	const upd = (name: string, grad: string, old: number, g: number, v: number) =>
		`${name} \\leftarrow ${name} - \\eta \\frac{\\partial L}{\\partial ${grad}} = ${N(old)} - ${N(c.lr)} \\times ${F(g)} = ${N(v)}`;
	for (const j of hid)
		steps.push({
			id: `v${j}new`,
			kind: 'updateW2',
			symbol: `v${sub(k(j))}′`,
			j,
			phase: 'update',
			parts: [`v${j}`],
			edges: [],
			tex: upd(`v_${k(j)}`, `v_${k(j)}`, p.w2[j], bw.dLossDW2[j], up.params.w2[j]),
			value: up.params.w2[j]
		});
	steps.push({
		id: 'cnew',
		kind: 'updateB2',
		symbol: 'c′',
		phase: 'update',
		parts: ['c'],
		edges: [],
		tex: upd('c', 'c', p.b2, bw.dLossDB2, up.params.b2),
		value: up.params.b2
	});
	for (const j of hid) {
		for (const i of ins) {
			const name = `w_{${k(j)}${k(i)}}`;
			steps.push({
				id: `w${j}${i}new`,
				kind: 'updateW1',
				symbol: `w${sub(k(j))}${sub(k(i))}′`,
				j,
				i,
				phase: 'update',
				parts: [`w${j}${i}`],
				edges: [],
				tex: upd(name, name, p.w1[at(j, i)], bw.dLossDW1[at(j, i)], up.params.w1[at(j, i)]),
				value: up.params.w1[at(j, i)]
			});
		}
		steps.push({
			id: `b${j}new`,
			kind: 'updateB1',
			symbol: `b${sub(k(j))}′`,
			j,
			phase: 'update',
			parts: [`b${j}`],
			edges: [],
			tex: upd(`b_${k(j)}`, `b_${k(j)}`, p.b1[j], bw.dLossDB1[j], up.params.b1[j]),
			value: up.params.b1[j]
		});
	}

	steps.push({
		id: 'after',
		kind: 'after',
		symbol: 'L′',
		phase: 'after',
		parts: ['o', 'loss', ...hid.map((j) => `h${j}`)],
		edges: [
			...hid.flatMap((j) =>
				ins.map((i) => ({
					id: `in${i}h${j}`,
					flow: 'forward' as const,
					value: up.after.hiddenProducts[at(j, i)]
				}))
			),
			...hid.map((j) => ({
				id: `h${j}o`,
				flow: 'forward' as const,
				value: up.after.outputProducts[j]
			})),
			{ id: 'loss', flow: 'forward', value: up.after.yHat }
		],
		tex: `\\hat y' = ${N(up.after.yHat)},\\; L' = ${texCompare(up.after.loss, fw.loss)} = L`,
		value: up.after.loss
	});
	return steps;
}
