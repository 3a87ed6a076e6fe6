/**
 * The three steps every cycle takes at its output, one neuron or two layers alike: the loss,
 * then the first two chain-rule factors ∂L/∂ŷ and ∂ŷ/∂net. Only the diagram's names differ.
 */
import type { ActivationId, LossId } from '$lib/math/ids';
import type { CycleStep } from './stepTypes';
import { texActivationSlope, texLoss, texLossSlope } from './texTerms';

/** The output's recorded numbers, as the cycle holds them. */
export interface OutputValues {
	activation: ActivationId;
	loss: LossId;
	y: number;
	net: number;
	yHat: number;
	lossValue: number;
	dLossDOut: number;
	dOutDNet: number;
}

/** Where the output sits on the diagram and what its sum is called. */
export interface OutputNames {
	/** Parts lit with the loss. */
	lossParts: string[];
	/** The part that shows ŷ, and the one that shows its activation. */
	out: string;
	act: string;
	/** The output's sum in TeX (net, or net_o beside hidden sums) and in the step's label. */
	netTex: string;
	netSymbol: string;
}

export function outputSteps(o: OutputValues, names: OutputNames): CycleStep[] {
	return [
		{
			id: 'loss',
			kind: 'loss',
			symbol: 'L',
			phase: 'loss',
			parts: names.lossParts,
			edges: [{ id: 'loss', flow: 'forward', value: o.yHat }],
			tex: texLoss(o.loss, o.yHat, o.y, o.lossValue),
			value: o.lossValue
		},
		{
			id: 'dLdyhat',
			kind: 'dLossDOut',
			symbol: '∂L/∂ŷ',
			phase: 'backward',
			parts: ['loss', names.out],
			edges: [{ id: 'loss', flow: 'backward' }],
			tex: texLossSlope(o.loss, o.yHat, o.y, o.dLossDOut),
			value: o.dLossDOut
		},
		{
			id: 'dyhatdnet',
			kind: 'dOutDNet',
			symbol: `∂ŷ/∂${names.netSymbol}`,
			phase: 'backward',
			parts: [names.act],
			edges: [],
			tex: texActivationSlope(o.activation, '\\hat y', names.netTex, o.net, o.yHat, o.dOutDNet),
			value: o.dOutDNet
		}
	];
}
