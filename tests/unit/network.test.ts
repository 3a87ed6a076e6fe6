import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ActivationId } from '$lib/math/ids';
import { lossFromLogit } from '$lib/math/losses';
import {
	backward,
	createNetwork,
	descendOnExample,
	exampleLossAndGradient,
	forward,
	outputError,
	type LayerActivation,
	type Network
} from '$lib/math/network';
import { numericGradient } from '$lib/math/objective';
import { createRng } from '$lib/math/rng';

const acts: ActivationId[] = ['sigmoid', 'tanh', 'relu'];

/** A random network of 1 to 3 layers (any widths), its parameters and one example. */
const caseArb = fc
	.record({
		sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
		hidden: fc.constantFrom(...acts),
		seed: fc.integer({ min: 1, max: 1e6 }),
		y: fc.constantFrom(0, 1),
		bce: fc.boolean()
	})
	.map((r) => {
		const sizes = [...r.sizes.slice(0, -1), 1];
		const layers = sizes.length - 1;
		// Cross-entropy of ŷ needs ŷ in (0, 1): a sigmoid output.
		const out: ActivationId = r.bce ? 'sigmoid' : acts[r.seed % 3];
		const net = createNetwork({
			sizes,
			activations: Array.from({ length: layers }, (_, l) => (l === layers - 1 ? out : r.hidden))
		});
		const rng = createRng(r.seed);
		const theta = Float64Array.from({ length: net.paramCount }, () => rng.normal());
		const x = Float64Array.from({ length: sizes[0] }, () => rng.uniform(-2, 2));
		return { net, theta, x, y: r.y, loss: r.bce ? ('bce' as const) : ('mse' as const) };
	});

/**
 * Every ReLU away from its kink, where a finite difference straddles two slopes, and every
 * sigmoid away from its ends, where 1 − ŷ keeps too few digits for a difference quotient.
 */
const awayFromKinks = ({ net, theta, x }: { net: Network; theta: Float64Array; x: Float64Array }) =>
	forward(net, theta, x).layers.every(
		(layer, l) =>
			(net.activations[l] !== 'relu' || Array.from(layer.net).every((s) => Math.abs(s) > 1e-3)) &&
			(net.activations[l] !== 'sigmoid' || Array.from(layer.net).every((s) => Math.abs(s) < 8))
	);

const close = (a: number, b: number, tol = 1e-6) =>
	Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

describe('the one network', () => {
	it('lays θ out layer by layer, weights (row = unit) then biases', () => {
		const net = createNetwork({ sizes: [2, 3, 1], activations: ['tanh', 'sigmoid'] });
		expect(net.paramCount).toBe(2 * 3 + 3 + 3 + 1);
		expect(net.offsets).toEqual([
			{ w: 0, b: 6 },
			{ w: 9, b: 12 }
		]);
		// Unit 1 of the hidden layer reads weights 2, 3 and bias 7.
		const theta = new Float64Array(13);
		theta[2] = 2;
		theta[3] = -1;
		theta[7] = 0.5;
		const t = forward(net, theta, [3, 4]);
		expect(t.layers[0].products.slice(2, 4)).toEqual(Float64Array.from([6, -4]));
		expect(t.layers[0].net[1]).toBe(0.5 + 6 - 4);
		expect(t.layers[0].out[1]).toBe(Math.tanh(2.5));
	});

	it('has a backward pass equal to central finite differences, for any shape', () => {
		fc.assert(
			fc.property(caseArb.filter(awayFromKinks), (c) => {
				const setup = { net: c.net, x: c.x, y: c.y, loss: c.loss };
				const g = new Float64Array(c.net.paramCount);
				exampleLossAndGradient(setup, c.theta, g);
				const f = (t: ArrayLike<number>) =>
					exampleLossAndGradient(setup, t, new Float64Array(c.net.paramCount));
				const numeric = numericGradient(f, c.theta);
				for (let k = 0; k < g.length; k++) expect(close(g[k], numeric[k], 1e-5)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('hands back to each layer the error ∂L/∂a, checked by nudging that layer’s outputs', () => {
		fc.assert(
			fc.property(caseArb.filter((c) => c.net.sizes.length > 2).filter(awayFromKinks), (c) => {
				const { net, theta, x, y, loss } = c;
				const trace = forward(net, theta, x);
				const last = trace.layers.length - 1;
				const top = trace.layers[last];
				const delta = [outputError(loss, net, top.net[0], top.out[0], y).delta];
				const errors = backward(net, theta, trace, delta, new Float64Array(net.paramCount));
				// The layers above layer `last − 1`, run from its outputs a as plain inputs.
				const below = trace.layers[last - 1].out;
				const head = createNetwork({
					sizes: net.sizes.slice(-2),
					activations: net.activations.slice(-1)
				});
				const headTheta = theta.slice(net.offsets[last].w);
				const lossOf = (a: ArrayLike<number>) =>
					exampleLossAndGradient(
						{ net: head, x: a, y, loss },
						headTheta,
						new Float64Array(head.paramCount)
					);
				const numeric = numericGradient(lossOf, below);
				errors[last - 1].dOut.forEach((e, i) => expect(close(e, numeric[i], 1e-5)).toBe(true));
			}),
			{ numRuns: 200 }
		);
	});

	it('adds a batch into one gradient when asked, and writes one example otherwise', () => {
		const net = createNetwork({ sizes: [2, 2, 1], activations: ['tanh', 'linear'] });
		const theta = Float64Array.from([0.3, -0.2, 0.5, 0.1, 0, 0.2, 0.7, -0.4, 0.1]);
		const one = (x: number[], grad: Float64Array, accumulate: boolean) => {
			const t = forward(net, theta, x);
			const z = t.layers[1].out[0];
			backward(net, theta, t, [lossFromLogit('bce', z, 1).dz], grad, accumulate);
		};
		const a = new Float64Array(9);
		const b = new Float64Array(9);
		const sum = new Float64Array(9).fill(0);
		one([1, 2], a, false);
		one([-1, 0.5], b, false);
		one([1, 2], sum, true);
		one([-1, 0.5], sum, true);
		sum.forEach((v, k) => expect(v).toBeCloseTo(a[k] + b[k], 14));
		// Writing replaces whatever was there.
		const again = new Float64Array(9).fill(99);
		one([1, 2], again, false);
		expect(again).toEqual(a);
	});

	it('lowers the loss of one example by gradient descent, step by step', () => {
		const linear: LayerActivation = 'linear';
		const net = createNetwork({ sizes: [2, 3, 1], activations: ['sigmoid', 'sigmoid'] });
		expect(net.linear).toEqual([false, false]);
		expect(createNetwork({ sizes: [1, 1], activations: [linear] }).linear).toEqual([true]);
		const run = descendOnExample(
			{ net, x: [0.5, -1], y: 1, loss: 'mse' },
			Float64Array.from({ length: net.paramCount }, (_, k) => 0.1 * ((k % 3) - 1)),
			1,
			50
		);
		expect(run.losses.length).toBe(51);
		for (let k = 1; k <= 50; k++) expect(run.losses[k]).toBeLessThan(run.losses[k - 1]);
	});
});
