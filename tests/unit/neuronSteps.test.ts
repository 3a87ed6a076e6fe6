import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import katex from 'katex';
import type { ActivationId, LossId } from '$lib/math/ids';
import { neuronCycle } from '$lib/math/neuron';
import { twoLayerCycle } from '$lib/math/twoLayer';
import { neuronSteps } from '$lib/widgets/neuron/neuronSteps';
import { twoLayerSteps } from '$lib/widgets/neuron/twoLayerSteps';
import { formatNumber, texNumber } from '$lib/widgets/neuron/format';
import type { CycleStep } from '$lib/widgets/neuron/stepTypes';

const num = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true });
const act = fc.constantFrom<ActivationId>('sigmoid', 'tanh', 'relu');
const loss = fc.constantFrom<LossId>('mse', 'bce');

const renders = (tex: string) => {
	expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
};

function checkList(steps: CycleStep[]) {
	expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
	expect(steps[0].kind).toBe('start');
	for (const s of steps) {
		renders(s.tex);
		// The formula ends with the number the step computes.
		if (s.value !== null) expect(s.tex.endsWith(texNumber(s.value))).toBe(s.kind !== 'after');
	}
}

describe('format', () => {
	it('shows three significant digits and a true minus sign', () => {
		expect(formatNumber(0.4)).toBe('0.4');
		expect(formatNumber(-0.85123)).toBe('\u22120.851');
		expect(formatNumber(0)).toBe('0');
		expect(formatNumber(1.234e-5)).toBe('1.23e\u22125');
		expect(texNumber(-1.234e-5)).toBe('-1.23 \\times 10^{-5}');
		expect(formatNumber(12.345)).toBe('12.3');
	});
});

describe('neuron step list', () => {
	it('forward mode: start, one product per input, net, output', () => {
		const c = neuronCycle({
			x: [0.5, -1, 2],
			w: [0.8, 0.2, -0.1],
			b: 0.1,
			y: 1,
			activation: 'sigmoid',
			loss: 'mse',
			lr: 0.1
		});
		const steps = neuronSteps(c, 'forward');
		expect(steps.map((s) => s.id)).toEqual(['start', 'prod0', 'prod1', 'prod2', 'net', 'yhat']);
		expect(steps[2].value).toBe(-0.2);
		expect(steps[2].tex).toBe('x_2 w_2 = -1 \\times 0.2 = -0.2');
		checkList(steps);
	});

	it('full mode walks every chain-rule factor, every update and the loss after', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 3 }),
				fc.array(num(-3, 3), { minLength: 7, maxLength: 7 }),
				num(0, 1),
				act,
				loss,
				(n, r, y, activation, lossId) => {
					const c = neuronCycle({
						x: r.slice(0, n),
						w: r.slice(3, 3 + n),
						b: r[6],
						y,
						activation: lossId === 'bce' ? 'sigmoid' : activation,
						loss: lossId,
						lr: 0.1
					});
					const steps = neuronSteps(c, 'full');
					// start, n products, net, ŷ, L, ∂L/∂ŷ, ∂ŷ/∂net, 2n weight factors, 2 bias, n+1 updates, after
					expect(steps.length).toBe(1 + n + 2 + 1 + 2 + 2 * n + 2 + n + 1 + 1);
					const byId = new Map(steps.map((s) => [s.id, s.value]));
					expect(byId.get('loss')).toBe(c.forward.loss);
					expect(byId.get(`dLdw${n - 1}`)).toBe(c.backward.dLossDW[n - 1]);
					expect(byId.get('bnew')).toBe(c.update.b);
					expect(steps.at(-1)?.value).toBe(c.update.after.loss);
					checkList(steps);
				}
			),
			{ numRuns: 30 }
		);
	}, 20_000);
});

describe('two-layer step list', () => {
	it('carries the error back from the output to each hidden unit', () => {
		fc.assert(
			fc.property(
				fc.array(num(-2, 2), { minLength: 11, maxLength: 11 }),
				num(0, 1),
				act,
				act,
				loss,
				(r, y, hidden, output, lossId) => {
					const c = twoLayerCycle({
						x: r.slice(0, 2),
						params: { w1: r.slice(2, 6), b1: r.slice(6, 8), w2: r.slice(8, 10), b2: r[10] },
						y,
						hiddenActivation: hidden,
						outputActivation: lossId === 'bce' ? 'sigmoid' : output,
						loss: lossId,
						lr: 0.1
					});
					const steps = twoLayerSteps(c);
					expect(steps.length).toBe(36);
					const ids = steps.map((s) => s.id);
					// Output-layer error first, then what reaches the hidden layer.
					expect(ids.indexOf('deltao')).toBeLessThan(ids.indexOf('dLdh0'));
					expect(ids.indexOf('dLdh1')).toBeLessThan(ids.indexOf('dLdw10'));
					const dLdh1 = steps.find((s) => s.id === 'dLdh1');
					expect(dLdh1?.value).toBe(c.backward.dLossDHidden[1]);
					expect(dLdh1?.edges).toEqual([{ id: 'h1o', flow: 'backward' }]);
					checkList(steps);
				}
			),
			{ numRuns: 20 }
		);
	}, 20_000);
});
