import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numericGradient, norm } from '$lib/math/objective';
import { activations } from '$lib/math/activations';
import type { ActivationId } from '$lib/math/ids';
import { losses } from '$lib/math/losses';
import { neuronCycle, neuronObjective, trainNeuron, type NeuronSetup } from '$lib/math/neuron';

const num = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true });

/** A random neuron setup; bce is paired with sigmoid so that ŷ stays inside (0, 1). */
const setupArb = fc
	.record({
		n: fc.integer({ min: 2, max: 3 }),
		xs: fc.array(num(-2, 2), { minLength: 3, maxLength: 3 }),
		ws: fc.array(num(-2, 2), { minLength: 3, maxLength: 3 }),
		b: num(-2, 2),
		y: num(0, 1),
		activation: fc.constantFrom<ActivationId>('sigmoid', 'tanh', 'relu'),
		bce: fc.boolean()
	})
	.map(({ n, xs, ws, b, y, activation, bce }): NeuronSetup => ({
		x: xs.slice(0, n),
		w: ws.slice(0, n),
		b,
		y,
		activation: bce ? 'sigmoid' : activation,
		loss: bce ? 'bce' : 'mse',
		lr: 0.1
	}));

/** ReLU has a kink at net = 0 where a finite difference straddles two slopes: keep away. */
const awayFromKink = (s: NeuronSetup) =>
	s.activation !== 'relu' || Math.abs(neuronCycle(s).forward.net) > 1e-3;

const close = (a: number, b: number, tol = 1e-6) =>
	Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

describe('neuron forward pass', () => {
	it('records products, net, activation and loss from their definitions', () => {
		const c = neuronCycle({
			x: [1, -2],
			w: [0.5, 0.25],
			b: 0.1,
			y: 1,
			activation: 'sigmoid',
			loss: 'mse',
			lr: 0.5
		});
		expect(Array.from(c.forward.products)).toEqual([0.5, -0.5]);
		expect(c.forward.net).toBeCloseTo(0.1, 12);
		const yHat = 1 / (1 + Math.exp(-0.1));
		expect(c.forward.yHat).toBeCloseTo(yHat, 12);
		expect(c.forward.loss).toBeCloseTo((1 - yHat) ** 2, 12);
		expect(c.backward.dNetDB).toBe(1);
		expect(Array.from(c.backward.dNetDW)).toEqual([1, -2]);
	});
});

describe('neuron backward pass', () => {
	it('equals the finite-difference gradient of the loss for random inputs', () => {
		fc.assert(
			fc.property(setupArb.filter(awayFromKink), (s) => {
				const c = neuronCycle(s);
				const obj = neuronObjective(s);
				const numeric = numericGradient(obj.f, [...Array.from(s.w), s.b]);
				for (let i = 0; i < s.x.length; i++) {
					expect(close(c.backward.dLossDW[i], numeric[i])).toBe(true);
				}
				expect(close(c.backward.dLossDB, numeric[s.x.length])).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('each chain-rule factor matches the derivative of its own piece', () => {
		fc.assert(
			fc.property(setupArb.filter(awayFromKink), (s) => {
				const c = neuronCycle(s);
				const { net, yHat } = c.forward;
				const dOut = numericGradient((v) => losses[s.loss].loss(v[0], s.y), [yHat])[0];
				const dAct = numericGradient((v) => activations[s.activation].act(v[0]), [net])[0];
				expect(close(c.backward.dLossDOut, dOut, 1e-5)).toBe(true);
				expect(close(c.backward.dOutDNet, dAct, 1e-5)).toBe(true);
				expect(c.backward.dLossDNet).toBe(c.backward.dLossDOut * c.backward.dOutDNet);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('neuron update', () => {
	it('one update with a small η lowers the loss', () => {
		fc.assert(
			fc.property(
				setupArb.filter(awayFromKink).filter((s) => {
					const c = neuronCycle(s);
					return norm([...c.backward.dLossDW, c.backward.dLossDB]) ** 2 > 1e-8;
				}),
				(s) => {
					const c = neuronCycle({ ...s, lr: 1e-3 });
					expect(c.update.after.loss).toBeLessThan(c.forward.loss);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('moves each weight against its gradient by η times it', () => {
		const c = neuronCycle({
			x: [2, 1, -1],
			w: [0.1, -0.3, 0.2],
			b: 0,
			y: 0,
			activation: 'tanh',
			loss: 'mse',
			lr: 0.2
		});
		for (let i = 0; i < 3; i++) {
			expect(c.update.w[i]).toBeCloseTo(c.w[i] - 0.2 * c.backward.dLossDW[i], 14);
		}
		expect(c.update.b).toBeCloseTo(-0.2 * c.backward.dLossDB, 14);
	});

	it('training repeats cycles and the loss keeps falling for a modest η', () => {
		const t = trainNeuron(
			{ x: [1, 0.5], w: [-0.5, 0.3], b: 0, y: 1, activation: 'sigmoid', loss: 'bce', lr: 0.5 },
			40
		);
		expect(t.losses.length).toBe(41);
		for (let k = 1; k < t.losses.length; k++) expect(t.losses[k]).toBeLessThan(t.losses[k - 1]);
		const first = neuronCycle({
			x: [1, 0.5],
			w: [-0.5, 0.3],
			b: 0,
			y: 1,
			activation: 'sigmoid',
			loss: 'bce',
			lr: 0.5
		});
		expect(t.losses[1]).toBeCloseTo(first.update.after.loss, 12);
	});
});
