import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numericGradient, norm } from '$lib/math/objective';
import { activations } from '$lib/math/activations';
import type { ActivationId } from '$lib/math/ids';
import { losses } from '$lib/math/losses';
import {
	flattenTwoLayer,
	trainTwoLayer,
	twoLayerCycle,
	twoLayerObjective,
	type TwoLayerSetup
} from '$lib/math/twoLayer';

const num = (lo: number, hi: number) => fc.double({ min: lo, max: hi, noNaN: true });
const vec = (n: number) => fc.array(num(-2, 2), { minLength: n, maxLength: n });
const act = fc.constantFrom<ActivationId>('sigmoid', 'tanh', 'relu');

const setupArb = fc
	.record({
		x: vec(2),
		w1: vec(4),
		b1: vec(2),
		w2: vec(2),
		b2: num(-2, 2),
		y: num(0, 1),
		hidden: act,
		output: act,
		bce: fc.boolean()
	})
	.map((r): TwoLayerSetup => ({
		x: r.x,
		params: { w1: r.w1, b1: r.b1, w2: r.w2, b2: r.b2 },
		y: r.y,
		hiddenActivation: r.hidden,
		outputActivation: r.bce ? 'sigmoid' : r.output,
		loss: r.bce ? 'bce' : 'mse',
		lr: 0.1
	}));

/** Keeps every ReLU away from its kink, where a finite difference straddles two slopes. */
const awayFromKinks = (s: TwoLayerSetup) => {
	const f = twoLayerCycle(s).forward;
	const ok = (id: ActivationId, net: number) => id !== 'relu' || Math.abs(net) > 1e-3;
	return (
		Array.from(f.hiddenNet).every((n) => ok(s.hiddenActivation, n)) &&
		ok(s.outputActivation, f.outputNet)
	);
};

const close = (a: number, b: number, tol = 1e-6) =>
	Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

const objectiveOf = (s: TwoLayerSetup) => twoLayerObjective({ ...s, nHidden: 2 });

describe('two-layer network', () => {
	it('backward gradients equal finite differences for random inputs', () => {
		fc.assert(
			fc.property(setupArb.filter(awayFromKinks), (s) => {
				const c = twoLayerCycle(s);
				const g = flattenTwoLayer({
					w1: c.backward.dLossDW1,
					b1: c.backward.dLossDB1,
					w2: c.backward.dLossDW2,
					b2: c.backward.dLossDB2
				});
				const numeric = numericGradient(objectiveOf(s).f, flattenTwoLayer(s.params));
				expect(g.length).toBe(9);
				for (let k = 0; k < 9; k++) expect(close(g[k], numeric[k])).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('the error reaching hidden unit j is ∂L/∂hⱼ, checked by nudging hⱼ', () => {
		fc.assert(
			fc.property(setupArb.filter(awayFromKinks), (s) => {
				const c = twoLayerCycle(s);
				const { w2, b2 } = s.params;
				// The output layer alone, written out from its definition: L(g(Σⱼ w2ⱼ hⱼ + b2), y).
				const lossFromHidden = (h: ArrayLike<number>) => {
					const yHat = activations[s.outputActivation].act(w2[0] * h[0] + w2[1] * h[1] + b2);
					return losses[s.loss].loss(yHat, s.y);
				};
				const numeric = numericGradient(lossFromHidden, c.forward.hidden);
				for (let j = 0; j < 2; j++) {
					expect(close(c.backward.dLossDHidden[j], numeric[j])).toBe(true);
				}
			}),
			{ numRuns: 150 }
		);
	});

	it('one update with a small η lowers the loss', () => {
		fc.assert(
			fc.property(setupArb.filter(awayFromKinks), (s) => {
				const c = twoLayerCycle({ ...s, lr: 1e-3 });
				const g = [
					...c.backward.dLossDW1,
					...c.backward.dLossDB1,
					...c.backward.dLossDW2,
					c.backward.dLossDB2
				];
				fc.pre(norm(g) ** 2 > 1e-8);
				expect(c.update.after.loss).toBeLessThan(c.forward.loss);
			}),
			{ numRuns: 300 }
		);
	});

	it('training on one example drives its loss down', () => {
		const t = trainTwoLayer(
			{
				x: [1, -1],
				params: { w1: [0.5, -0.4, 0.3, 0.8], b1: [0, 0.1], w2: [0.7, -0.6], b2: 0 },
				y: 1,
				hiddenActivation: 'tanh',
				outputActivation: 'sigmoid',
				loss: 'bce',
				lr: 0.5
			},
			50
		);
		expect(t.losses.length).toBe(51);
		expect(t.losses[50]).toBeLessThan(t.losses[0] / 4);
	});
});
