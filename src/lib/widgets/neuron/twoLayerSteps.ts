/**
 * The step list of one cycle through the 2 → 2 → 1 network: forward through both layers, the
 * loss, the output layer's gradients, then the error carried back along each output weight to
 * its hidden unit, and the hidden layer's gradients; then every update and the loss after
 * (twoLayerUpdateSteps.ts).
 *
 * Names on screen: hidden weights w_{ji} (input i → hidden j), hidden biases b_j, hidden
 * outputs h_j, output weights v_j, output bias c, error signals δ_o and δ_j.
 * Diagram parts: x{i}, w{j}{i}, b{j}, h{j}, v{j}, c, o, loss, y;
 * edges: in{i}h{j} (xᵢ → hⱼ), h{j}o (hⱼ → output), loss (ŷ → L).
 */
import type { TwoLayerCycle } from '$lib/math/twoLayer';
import { sub, texFactor as F, texNumber as N } from './format';
import type { CycleStep } from './stepTypes';
import { twoLayerUpdateSteps } from './twoLayerUpdateSteps';
import { outputSteps } from './outputSteps';
import { texActivation, texActivationSlope, texTuple } from './texTerms';
import { twoLayerIndex } from './twoLayerIndex';

export function twoLayerSteps(c: TwoLayerCycle): CycleStep[] {
	const { ins, hid, k, at } = twoLayerIndex(c);
	const p = c.params;
	const { forward: fw, backward: bw } = c;
	const steps: CycleStep[] = [];

	steps.push({
		id: 'start',
		kind: 'start',
		symbol: '',
		phase: 'start',
		parts: ins.map((i) => `x${i}`),
		edges: [],
		tex: `x = ${texTuple(c.x)},\\; y = ${N(c.y)}`,
		value: null
	});

	for (const j of hid) {
		const names = ins.map((i) => `w_{${k(j)}${k(i)}} x_${k(i)}`).join(' + ');
		const nums = ins.map((i) => `${F(p.w1[at(j, i)])} \\times ${F(c.x[i])}`).join(' + ');
		steps.push({
			id: `net${j}`,
			kind: 'hiddenNet',
			symbol: `net${sub(k(j))}`,
			j,
			phase: 'forward',
			parts: [`h${j}`, `b${j}`, ...ins.map((i) => `w${j}${i}`)],
			edges: ins.map((i) => ({
				id: `in${i}h${j}`,
				flow: 'forward' as const,
				value: fw.hiddenProducts[at(j, i)]
			})),
			tex: `net_${k(j)} = ${names} + b_${k(j)} = ${nums} + ${F(p.b1[j])} = ${N(fw.hiddenNet[j])}`,
			value: fw.hiddenNet[j]
		});
		steps.push({
			id: `h${j}`,
			kind: 'hiddenAct',
			symbol: `h${sub(k(j))}`,
			j,
			phase: 'forward',
			parts: [`h${j}`],
			edges: [],
			tex: texActivation(
				c.hiddenActivation,
				`h_${k(j)}`,
				`net_${k(j)}`,
				fw.hiddenNet[j],
				fw.hidden[j]
			),
			value: fw.hidden[j]
		});
	}

	const outNames = hid.map((j) => `v_${k(j)} h_${k(j)}`).join(' + ');
	const outNums = hid.map((j) => `${F(p.w2[j])} \\times ${F(fw.hidden[j])}`).join(' + ');
	steps.push({
		id: 'neto',
		kind: 'outputNet',
		symbol: 'netₒ',
		phase: 'forward',
		parts: ['o', 'c', ...hid.map((j) => `v${j}`)],
		edges: hid.map((j) => ({
			id: `h${j}o`,
			flow: 'forward' as const,
			value: fw.outputProducts[j]
		})),
		tex: `net_o = ${outNames} + c = ${outNums} + ${F(p.b2)} = ${N(fw.outputNet)}`,
		value: fw.outputNet
	});
	steps.push({
		id: 'yhat',
		kind: 'activation',
		symbol: 'ŷ',
		phase: 'forward',
		parts: ['o'],
		edges: [],
		tex: texActivation(c.outputActivation, '\\hat y', 'net_o', fw.outputNet, fw.yHat),
		value: fw.yHat
	});
	// The loss, then the output layer.
	steps.push(
		...outputSteps(
			{
				activation: c.outputActivation,
				loss: c.loss,
				y: c.y,
				net: fw.outputNet,
				yHat: fw.yHat,
				lossValue: fw.loss,
				dLossDOut: bw.dLossDOut,
				dOutDNet: bw.dOutDNet
			},
			{ lossParts: ['loss', 'y'], out: 'o', act: 'o', netTex: 'net_o', netSymbol: 'netₒ' }
		)
	);
	steps.push({
		id: 'deltao',
		kind: 'outputDelta',
		symbol: 'δₒ',
		phase: 'backward',
		parts: ['o'],
		edges: [],
		tex:
			`\\delta_o = \\frac{\\partial L}{\\partial net_o} = \\frac{\\partial L}{\\partial \\hat y} \\cdot \\frac{\\partial \\hat y}{\\partial net_o}` +
			` = ${F(bw.dLossDOut)} \\times ${F(bw.dOutDNet)} = ${N(bw.outputDelta)}`,
		value: bw.outputDelta
	});
	for (const j of hid)
		steps.push({
			id: `dLdv${j}`,
			kind: 'dLossDW2',
			symbol: `∂L/∂v${sub(k(j))}`,
			j,
			phase: 'backward',
			parts: [`v${j}`],
			edges: [{ id: `h${j}o`, flow: 'backward' }],
			tex: `\\frac{\\partial L}{\\partial v_${k(j)}} = \\delta_o h_${k(j)} = ${F(bw.outputDelta)} \\times ${F(fw.hidden[j])} = ${N(bw.dLossDW2[j])}`,
			value: bw.dLossDW2[j]
		});
	steps.push({
		id: 'dLdc',
		kind: 'dLossDB2',
		symbol: '∂L/∂c',
		phase: 'backward',
		parts: ['c'],
		edges: [],
		tex: `\\frac{\\partial L}{\\partial c} = \\delta_o = ${N(bw.dLossDB2)}`,
		value: bw.dLossDB2
	});

	// The error travels back along each output weight to its hidden unit.
	for (const j of hid) {
		steps.push({
			id: `dLdh${j}`,
			kind: 'dLossDHidden',
			symbol: `∂L/∂h${sub(k(j))}`,
			j,
			phase: 'backward',
			parts: [`h${j}`, `v${j}`],
			edges: [{ id: `h${j}o`, flow: 'backward' }],
			tex: `\\frac{\\partial L}{\\partial h_${k(j)}} = \\delta_o v_${k(j)} = ${F(bw.outputDelta)} \\times ${F(p.w2[j])} = ${N(bw.dLossDHidden[j])}`,
			value: bw.dLossDHidden[j]
		});
		steps.push({
			id: `dhdnet${j}`,
			kind: 'dHiddenDNet',
			symbol: `∂h${sub(k(j))}/∂net${sub(k(j))}`,
			j,
			phase: 'backward',
			parts: [`h${j}`],
			edges: [],
			tex: texActivationSlope(
				c.hiddenActivation,
				`h_${k(j)}`,
				`net_${k(j)}`,
				fw.hiddenNet[j],
				fw.hidden[j],
				bw.dHiddenDNet[j]
			),
			value: bw.dHiddenDNet[j]
		});
		steps.push({
			id: `delta${j}`,
			kind: 'hiddenDelta',
			symbol: `δ${sub(k(j))}`,
			j,
			phase: 'backward',
			parts: [`h${j}`],
			edges: [],
			tex:
				`\\delta_${k(j)} = \\frac{\\partial L}{\\partial h_${k(j)}} \\cdot \\frac{\\partial h_${k(j)}}{\\partial net_${k(j)}}` +
				` = ${F(bw.dLossDHidden[j])} \\times ${F(bw.dHiddenDNet[j])} = ${N(bw.hiddenDelta[j])}`,
			value: bw.hiddenDelta[j]
		});
		for (const i of ins)
			steps.push({
				id: `dLdw${j}${i}`,
				kind: 'dLossDW1',
				symbol: `∂L/∂w${sub(k(j))}${sub(k(i))}`,
				j,
				i,
				phase: 'backward',
				parts: [`w${j}${i}`],
				edges: [{ id: `in${i}h${j}`, flow: 'backward' }],
				tex: `\\frac{\\partial L}{\\partial w_{${k(j)}${k(i)}}} = \\delta_${k(j)} x_${k(i)} = ${F(bw.hiddenDelta[j])} \\times ${F(c.x[i])} = ${N(bw.dLossDW1[at(j, i)])}`,
				value: bw.dLossDW1[at(j, i)]
			});
		steps.push({
			id: `dLdb${j}`,
			kind: 'dLossDB1',
			symbol: `∂L/∂b${sub(k(j))}`,
			j,
			phase: 'backward',
			parts: [`b${j}`],
			edges: [],
			tex: `\\frac{\\partial L}{\\partial b_${k(j)}} = \\delta_${k(j)} = ${N(bw.dLossDB1[j])}`,
			value: bw.dLossDB1[j]
		});
	}

	steps.push(...twoLayerUpdateSteps(c));
	return steps;
}
