import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAB_CHANNELS, LAB_PIXELS, LAB_SIDE, labInputs } from '$lib/math/labImage';
import {
	createLabWorkspace,
	initLabParams,
	labForward,
	labLayout,
	labLoss,
	labLossAndGradient,
	labPredictPixels,
	type LabNetShape
} from '$lib/math/labNetwork';
import { numericGradient } from '$lib/math/objective';
import { createRng } from '$lib/math/rng';
import { softmax, softmaxCrossEntropy, oneHot } from '$lib/math/softmax';

/** n random inputs in [−0.5, 0.5] and labels, from `seed`. */
function samples(shape: LabNetShape, n: number, seed: number) {
	const rng = createRng(seed);
	const x = Float32Array.from({ length: n * shape.inputs }, () => rng.uniform(-0.5, 0.5));
	const labels = Uint8Array.from({ length: n }, () => rng.int(shape.classes));
	return { x, labels };
}

/** The analytic gradient of the mean loss over the samples at `indices`. */
function analytic(
	shape: LabNetShape,
	p: Float64Array,
	x: Float32Array,
	labels: Uint8Array,
	indices: number[]
) {
	const grad = new Float64Array(p.length);
	const loss = labLossAndGradient(
		shape,
		p,
		x,
		labels,
		indices,
		0,
		indices.length,
		grad,
		createLabWorkspace(shape)
	);
	return { loss, grad };
}

describe('the lab picture', () => {
	it('is 24 × 24 RGB: 1728 bytes, each mapped to byte/255 − 0.5', () => {
		expect([LAB_SIDE, LAB_CHANNELS, LAB_PIXELS]).toEqual([24, 3, 1728]);
		const x = labInputs(Uint8Array.from([0, 51, 255, 128]));
		expect(x).toBeInstanceOf(Float32Array);
		expect([...x].map((v) => +v.toFixed(6))).toEqual([
			-0.5,
			-0.3,
			0.5,
			+(128 / 255 - 0.5).toFixed(6)
		]);
	});
});

describe('the lab network', () => {
	it('lays out W₁, b₁, W₂, b₂ in one array and He-initialises the weights, biases 0', () => {
		const shape = { inputs: LAB_PIXELS, hidden: 32, classes: 3 };
		const l = labLayout(shape);
		expect(l).toEqual({ w1: 0, b1: 55296, w2: 55328, b2: 55424, size: 55427 });
		const p = initLabParams(shape, createRng(1));
		expect(p.length).toBe(l.size);
		const w1 = p.subarray(l.w1, l.b1);
		const variance = w1.reduce((s, w) => s + w * w, 0) / w1.length;
		expect(variance).toBeCloseTo(2 / LAB_PIXELS, 4);
		expect([...p.subarray(l.b1, l.w2), ...p.subarray(l.b2)].every((b) => b === 0)).toBe(true);
		expect(initLabParams(shape, createRng(1))).toEqual(p);
	});

	it('computes the cross-entropy of a hand-set network by hand', () => {
		// D = 2, H = 2, K = 3. W₁ = I, b₁ = (0, −1): h = ReLU(x₁, x₂ − 1).
		// W₂ rows (1, 0), (0, 1), (1, 1), b₂ = (0, 0, 0.5).
		const shape = { inputs: 2, hidden: 2, classes: 3 };
		const p = Float64Array.from([1, 0, 0, 1, 0, -1, 1, 0, 0, 1, 1, 1, 0, 0, 0.5]);
		const x = Float32Array.from([1, 0.5, 0, 3]);
		// Sample 0: h = (1, 0), z = (1, 0, 1.5). Sample 1: h = (0, 2), z = (0, 2, 2.5).
		const lse0 = Math.log(Math.exp(1) + 1 + Math.exp(1.5));
		const lse1 = Math.log(1 + Math.exp(2) + Math.exp(2.5));
		const labels = Uint8Array.from([0, 2]);
		expect(labLoss(shape, p, x, labels, [0])).toBeCloseTo(lse0 - 1, 12);
		expect(labLoss(shape, p, x, labels, [1])).toBeCloseTo(lse1 - 2.5, 12);
		expect(labLoss(shape, p, x, labels)).toBeCloseTo((lse0 - 1 + lse1 - 2.5) / 2, 12);
		// The same as softmax.ts's cross-entropy of those logits.
		expect(labLoss(shape, p, x, labels, [0])).toBeCloseTo(
			softmaxCrossEntropy([1, 0, 1.5], oneHot(0, 3)),
			12
		);
		const q = labForward(shape, p, x);
		expect([...q.subarray(3)]).toEqual([...softmax([0, 2, 2.5])].map((v) => expect.closeTo(v, 12)));
		// Equal logits: −ln(1/K).
		expect(labLoss(shape, new Float64Array(15), x, labels)).toBeCloseTo(Math.log(3), 12);
	});

	it('has a gradient equal to a central finite difference, for every parameter kind', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 1e6 }),
				fc.integer({ min: 2, max: 5 }),
				fc.integer({ min: 1, max: 7 }),
				fc.integer({ min: 1, max: 6 }),
				(seed, classes, hidden, batch) => {
					const shape = { inputs: 5, hidden, classes };
					const rng = createRng(seed);
					const p = initLabParams(shape, rng);
					// Nonzero biases too, so that every block is tested away from its start.
					for (let i = 0; i < p.length; i++) p[i] += rng.uniform(-0.3, 0.3);
					const { x, labels } = samples(shape, 8, seed + 1);
					const indices = Array.from({ length: batch }, () => rng.int(8));
					const { loss, grad } = analytic(shape, p, x, labels, indices);
					expect(loss).toBeCloseTo(labLoss(shape, p, x, labels, indices), 12);
					const numeric = numericGradient(
						(w) => labLoss(shape, w as Float64Array, x, labels, indices),
						p
					);
					for (let i = 0; i < p.length; i++) expect(grad[i]).toBeCloseTo(numeric[i], 6);
				}
			),
			{ numRuns: 40 }
		);
	});

	it('has a gradient equal to a finite difference at the lab’s full size, in every block', () => {
		const shape = { inputs: LAB_PIXELS, hidden: 6, classes: 4 };
		const l = labLayout(shape);
		const rng = createRng(3);
		const p = initLabParams(shape, rng);
		for (let i = l.b1; i < l.size; i++) p[i] = rng.uniform(-0.2, 0.2);
		const { x, labels } = samples(shape, 5, 4);
		const indices = [0, 1, 2, 3, 4];
		const { grad } = analytic(shape, p, x, labels, indices);
		const picks = [
			0,
			1,
			1727,
			3 * LAB_PIXELS + 100,
			l.b1,
			l.b1 + 5,
			l.w2,
			l.w2 + 13,
			l.b2,
			l.size - 1
		];
		const h = 1e-5;
		for (const i of picks) {
			const w = p.slice();
			w[i] += h;
			const up = labLoss(shape, w, x, labels, indices);
			w[i] -= 2 * h;
			const down = labLoss(shape, w, x, labels, indices);
			expect(grad[i]).toBeCloseTo((up - down) / (2 * h), 7);
		}
	});

	it('passes no gradient through a hidden unit that ReLU switched off', () => {
		const shape = { inputs: 3, hidden: 2, classes: 2 };
		const l = labLayout(shape);
		const p = initLabParams(shape, createRng(5));
		p[l.b1 + 1] = -100; // unit 1 is off for every input in [−0.5, 0.5]
		const { x, labels } = samples(shape, 4, 6);
		const { grad } = analytic(shape, p, x, labels, [0, 1, 2, 3]);
		expect([...grad.subarray(l.w1 + 3, l.b1), grad[l.b1 + 1]]).toEqual([0, 0, 0, 0]);
	});

	it('predicts K probabilities a picture, from the bytes, for one picture or many', () => {
		const shape = { inputs: LAB_PIXELS, hidden: 5, classes: 3 };
		const p = initLabParams(shape, createRng(8));
		const rng = createRng(9);
		const pixels = Uint8Array.from({ length: 2 * LAB_PIXELS }, () => rng.int(256));
		const both = labPredictPixels(shape, p, pixels);
		const second = labPredictPixels(shape, p, pixels.subarray(LAB_PIXELS));
		expect(both.length).toBe(6);
		expect([...second]).toEqual([...both.subarray(3)]);
		expect(second.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		expect([...both]).toEqual([...labForward(shape, p, labInputs(pixels))]);
	});

	it('answers non-finite losses for non-finite weights, without throwing', () => {
		const shape = { inputs: 4, hidden: 4, classes: 2 };
		const p = initLabParams(shape, createRng(1));
		p[0] = NaN;
		const { x, labels } = samples(shape, 3, 2);
		expect(Number.isFinite(labLoss(shape, p, x, labels))).toBe(false);
	});
});
