/**
 * The step list of one neuron's cycle. Mode 'forward' stops at the output (lesson 2);
 * 'full' goes on through the loss, every chain-rule factor, the update and the loss after it
 * (lesson 6). Diagram parts: x{i}, w{i}, b, sum, act, out, loss, y; edges: in{i} (xᵢ → Σ),
 * bias (b → Σ), net (Σ → f), out (f → ŷ), loss (ŷ → L).
 */
import type { NeuronCycle } from '$lib/math/neuron';
import { sub, texFactor as F, texNumber as N } from './format';
import type { CycleStep } from './stepTypes';
import { outputSteps } from './outputSteps';
import { texActivation, texCompare, texTuple } from './texTerms';

export type NeuronStepMode = 'forward' | 'full';

const DL_DY = '\\frac{\\partial L}{\\partial \\hat y}';
const DY_DNET = '\\frac{\\partial \\hat y}{\\partial net}';

export function neuronSteps(c: NeuronCycle, mode: NeuronStepMode): CycleStep[] {
	const n = c.x.length;
	const idx = Array.from({ length: n }, (_, i) => i);
	const k = (i: number) => i + 1; // subscripts on screen count from 1
	const { forward: fw, backward: bw, update: up } = c;
	const steps: CycleStep[] = [];

	steps.push({
		id: 'start',
		kind: 'start',
		symbol: '',
		phase: 'start',
		parts: [...idx.map((i) => `x${i}`), ...idx.map((i) => `w${i}`), 'b'],
		edges: [],
		tex: `x = ${texTuple(c.x)},\\; w = ${texTuple(c.w)},\\; b = ${N(c.b)}`,
		value: null
	});

	for (const i of idx)
		steps.push({
			id: `prod${i}`,
			kind: 'product',
			symbol: `x${sub(k(i))}w${sub(k(i))}`,
			i,
			phase: 'forward',
			parts: [`x${i}`, `w${i}`],
			edges: [{ id: `in${i}`, flow: 'forward' }],
			tex: `x_${k(i)} w_${k(i)} = ${N(c.x[i])} \\times ${F(c.w[i])} = ${N(fw.products[i])}`,
			value: fw.products[i]
		});

	const sumNames = idx.map((i) => `x_${k(i)} w_${k(i)}`).join(' + ');
	const sumNumbers = [...Array.from(fw.products, (p) => F(p)), F(c.b)].join(' + ');
	steps.push({
		id: 'net',
		kind: 'net',
		symbol: 'net',
		phase: 'forward',
		parts: ['sum', 'b'],
		edges: [
			{ id: 'bias', flow: 'forward', value: c.b },
			{ id: 'net', flow: 'forward' }
		],
		tex: `net = ${sumNames} + b = ${sumNumbers} = ${N(fw.net)}`,
		value: fw.net
	});

	steps.push({
		id: 'yhat',
		kind: 'activation',
		symbol: 'ŷ',
		phase: 'forward',
		parts: ['act', 'out'],
		edges: [{ id: 'out', flow: 'forward' }],
		tex: texActivation(c.activation, '\\hat y', 'net', fw.net, fw.yHat),
		value: fw.yHat
	});

	if (mode === 'forward') return steps;

	steps.push(
		...outputSteps(
			{
				activation: c.activation,
				loss: c.loss,
				y: c.y,
				net: fw.net,
				yHat: fw.yHat,
				lossValue: fw.loss,
				dLossDOut: bw.dLossDOut,
				dOutDNet: bw.dOutDNet
			},
			{ lossParts: ['loss', 'y', 'out'], out: 'out', act: 'act', netTex: 'net', netSymbol: 'net' }
		)
	);

	const chain = `${DL_DY} \\cdot ${DY_DNET}`;
	const chainNumbers = `${F(bw.dLossDOut)} \\times ${F(bw.dOutDNet)}`;
	for (const i of idx) {
		steps.push({
			id: `dnetdw${i}`,
			kind: 'dNetDW',
			symbol: `∂net/∂w${sub(k(i))}`,
			i,
			phase: 'backward',
			parts: [`x${i}`, `w${i}`],
			edges: [],
			tex: `\\frac{\\partial net}{\\partial w_${k(i)}} = x_${k(i)} = ${N(bw.dNetDW[i])}`,
			value: bw.dNetDW[i]
		});
		steps.push({
			id: `dLdw${i}`,
			kind: 'dLossDW',
			symbol: `∂L/∂w${sub(k(i))}`,
			i,
			phase: 'backward',
			parts: [`w${i}`, 'sum'],
			edges: [
				{ id: 'net', flow: 'backward', value: bw.dLossDNet },
				{ id: `in${i}`, flow: 'backward' }
			],
			tex:
				`\\frac{\\partial L}{\\partial w_${k(i)}} = ${chain} \\cdot \\frac{\\partial net}{\\partial w_${k(i)}}` +
				` = ${chainNumbers} \\times ${F(bw.dNetDW[i])} = ${N(bw.dLossDW[i])}`,
			value: bw.dLossDW[i]
		});
	}

	steps.push({
		id: 'dnetdb',
		kind: 'dNetDB',
		symbol: '∂net/∂b',
		phase: 'backward',
		parts: ['b'],
		edges: [],
		tex: `\\frac{\\partial net}{\\partial b} = 1`,
		value: bw.dNetDB
	});
	steps.push({
		id: 'dLdb',
		kind: 'dLossDB',
		symbol: '∂L/∂b',
		phase: 'backward',
		parts: ['b', 'sum'],
		edges: [
			{ id: 'net', flow: 'backward', value: bw.dLossDNet },
			{ id: 'bias', flow: 'backward' }
		],
		tex:
			`\\frac{\\partial L}{\\partial b} = ${chain} \\cdot \\frac{\\partial net}{\\partial b}` +
			` = ${chainNumbers} \\times 1 = ${N(bw.dLossDB)}`,
		value: bw.dLossDB
	});

	for (const i of idx)
		steps.push({
			id: `w${i}new`,
			kind: 'updateW',
			symbol: `w${sub(k(i))}′`,
			i,
			phase: 'update',
			parts: [`w${i}`],
			edges: [],
			tex:
				`w_${k(i)} \\leftarrow w_${k(i)} - \\eta \\frac{\\partial L}{\\partial w_${k(i)}}` +
				` = ${N(c.w[i])} - ${N(c.lr)} \\times ${F(bw.dLossDW[i])} = ${N(up.w[i])}`,
			value: up.w[i]
		});
	steps.push({
		id: 'bnew',
		kind: 'updateB',
		symbol: 'b′',
		phase: 'update',
		parts: ['b'],
		edges: [],
		tex:
			`b \\leftarrow b - \\eta \\frac{\\partial L}{\\partial b}` +
			` = ${N(c.b)} - ${N(c.lr)} \\times ${F(bw.dLossDB)} = ${N(up.b)}`,
		value: up.b
	});

	steps.push({
		id: 'after',
		kind: 'after',
		symbol: 'L′',
		phase: 'after',
		parts: ['sum', 'act', 'out', 'loss'],
		edges: [
			...idx.map((i) => ({
				id: `in${i}`,
				flow: 'forward' as const,
				value: up.after.products[i]
			})),
			{ id: 'net', flow: 'forward', value: up.after.net },
			{ id: 'out', flow: 'forward', value: up.after.yHat },
			{ id: 'loss', flow: 'forward', value: up.after.yHat }
		],
		tex:
			`net' = ${N(up.after.net)},\\; \\hat y' = ${N(up.after.yHat)},\\; ` +
			`L' = ${texCompare(up.after.loss, fw.loss)} = L`,
		value: up.after.loss
	});
	return steps;
}
