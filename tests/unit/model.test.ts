import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { activationIds, lossIds } from '../../src/lib/math/ids';
import {
	initParams,
	lossAndGradient,
	meanLoss,
	paramCount,
	predict,
	probabilityGrid,
	type ModelSpec
} from '../../src/lib/math/model';
import { numericGradient } from '../../src/lib/math/objective';
import { lossFromLogit, losses } from '../../src/lib/math/losses';
import { sigmoid } from '../../src/lib/math/activations';
import { createRng } from '../../src/lib/math/rng';

const specs: ModelSpec[] = [
	{ kind: 'logistic', inputs: 2, hidden: 1, activation: 'tanh' },
	{ kind: 'logistic', inputs: 3, hidden: 1, activation: 'tanh' },
	...activationIds.map((activation) => ({
		kind: 'mlp' as const,
		inputs: 2,
		hidden: 3,
		activation
	})),
	{ kind: 'mlp', inputs: 3, hidden: 5, activation: 'tanh' }
];

/** Random data of m samples in [0, 1] with 0/1 labels, from a seed. */
function sampleData(spec: ModelSpec, m: number, seed: number) {
	const rng = createRng(seed);
	const x = Float64Array.from({ length: m * spec.inputs }, () => rng.next());
	const y = Uint8Array.from({ length: m }, () => rng.int(2));
	return { x, y, batch: Uint32Array.from({ length: m }, (_, i) => i) };
}

/** The hidden pre-activations sit away from ReLU's kink, where the derivative is defined. */
function awayFromKinks(spec: ModelSpec, w: Float64Array, x: Float64Array): boolean {
	if (spec.kind !== 'mlp' || spec.activation !== 'relu') return true;
	const { inputs: d, hidden: h } = spec;
	for (let i = 0; i < x.length / d; i++) {
		for (let j = 0; j < h; j++) {
			let net = w[h * d + j];
			for (let k = 0; k < d; k++) net += w[j * d + k] * (x[i * d + k] - 0.5);
			if (Math.abs(net) < 1e-3) return false;
		}
	}
	return true;
}

describe('model', () => {
	test('parameter counts: d + 1 and H·d + 2H + 1', () => {
		expect(paramCount(specs[0])).toBe(3);
		expect(paramCount({ kind: 'mlp', inputs: 2, hidden: 8, activation: 'tanh' })).toBe(33);
	});

	test.each(specs.flatMap((s) => lossIds.map((l) => [s, l] as const)))(
		'backprop equals central finite differences (%o, %s)',
		(spec, lossId) => {
			fc.assert(
				fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 6 }), (seed, m) => {
					const w = initParams(spec, createRng(seed));
					const { x, y, batch } = sampleData(spec, m, seed + 1);
					fc.pre(awayFromKinks(spec, w, x));
					const grad = new Float64Array(w.length);
					const l = lossAndGradient(spec, lossId, w, x, y, batch, grad);
					expect(l).toBeCloseTo(meanLoss(spec, lossId, w, x, y), 10);
					const f = (v: ArrayLike<number>) =>
						lossAndGradient(spec, lossId, v, x, y, batch, new Float64Array(w.length));
					const num = numericGradient(f, w);
					for (let i = 0; i < w.length; i++) expect(grad[i]).toBeCloseTo(num[i], 5);
				}),
				{ numRuns: 40 }
			);
		}
	);

	test('loss from the logit matches losses.ts and its dz the finite difference', () => {
		fc.assert(
			fc.property(fc.double({ min: -8, max: 8, noNaN: true }), fc.constantFrom(0, 1), (z, y) => {
				for (const id of lossIds) {
					const p = sigmoid(z);
					expect(lossFromLogit(id, z, y).loss).toBeCloseTo(losses[id].loss(p, y), 8);
					const h = 1e-5;
					const num =
						(lossFromLogit(id, z + h, y).loss - lossFromLogit(id, z - h, y).loss) / (2 * h);
					expect(lossFromLogit(id, z, y).dz).toBeCloseTo(num, 6);
				}
			})
		);
	});

	test('cross-entropy keeps rising for confidently wrong logits (no clamp)', () => {
		expect(lossFromLogit('bce', -60, 1).loss).toBeCloseTo(60, 8);
		expect(lossFromLogit('bce', -600, 1).loss).toBeCloseTo(600, 8);
	});

	test('initial weights come from the seed and give varied first guesses', () => {
		const mlp: ModelSpec = { kind: 'mlp', inputs: 2, hidden: 8, activation: 'tanh' };
		for (const spec of [specs[0], mlp]) {
			expect([...initParams(spec, createRng(3))]).toEqual([...initParams(spec, createRng(3))]);
			expect([...initParams(spec, createRng(3))]).not.toEqual([...initParams(spec, createRng(4))]);
			for (const seed of [1, 2, 3, 4]) {
				const { x } = sampleData(spec, 50, 9);
				const p = predict(spec, initParams(spec, createRng(seed)), x);
				expect(p.every((v) => v > 0.01 && v < 0.99)).toBe(true);
				expect(Math.max(...p) - Math.min(...p)).toBeGreaterThan(0.1);
			}
		}
	});

	test('the probability grid agrees with predict at its corners', () => {
		const spec = specs[0];
		const w = initParams(spec, createRng(1));
		const grid = probabilityGrid(spec, w, 5);
		const corners = predict(spec, w, Float64Array.from([0, 0, 1, 0, 0, 1, 1, 1]));
		expect(grid[0]).toBeCloseTo(corners[0], 6);
		expect(grid[4]).toBeCloseTo(corners[1], 6);
		expect(grid[20]).toBeCloseTo(corners[2], 6);
		expect(grid[24]).toBeCloseTo(corners[3], 6);
	});
});
