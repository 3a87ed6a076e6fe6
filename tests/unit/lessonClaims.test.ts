import { splitStep } from '$lib/widgets/staging';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { steps as backpropSteps } from '$content/lessons/06-backpropagation/steps';
import { steps as lossSteps } from '$content/lessons/03-loss/steps';
import { activations } from '$lib/math/activations';
import { criticalRates, factorTrend, stepFactors } from '$lib/math/axisFactors';
import { getCurve } from '$lib/math/curves';
import { descend } from '$lib/math/descend';
import type { OptimizerId } from '$lib/math/ids';
import { lossPoint } from '$lib/math/lossCurves';
import { neuronCycle } from '$lib/math/neuron';
import { getSurface } from '$lib/math/surfaces';
import { neuronSteps } from '$lib/widgets/neuron/neuronSteps';
import { neuronCodec, neuronRequest, resolveStep } from '$lib/widgets/neuron/state';

// Numbers the lessons quote (lessons 2 to 6 and 8 and their scroll steps), recomputed from the
// math core so that a change in either shows up here.
const run = (
	surface: Parameters<typeof getSurface>[0],
	id: OptimizerId,
	lr: number,
	start: [number, number],
	steps = 3000
) => descend(getSurface(surface), { id, lr }, start, steps);
const last = (t: ReturnType<typeof run>) => [t.path[t.steps * 2], t.path[t.steps * 2 + 1]];

describe('lesson 2: the worked neuron', () => {
	it('net = 1.1, sigmoid ≈ 0.750, tanh ≈ 0.800, ReLU = 1.1', () => {
		const net = 0.6 * 2 + -0.4 * 1 + 0.3;
		expect(net).toBeCloseTo(1.1, 12);
		expect(activations.sigmoid.act(net)).toBeCloseTo(0.7503, 4);
		expect(activations.tanh.act(net)).toBeCloseTo(0.8005, 4);
		expect(activations.relu.act(net)).toBeCloseTo(1.1, 12);
	});
});

describe('lesson 4: descent on a curve and on two wells', () => {
	it('the wavy curve from w = 3.5 stops in a dip that is not the lowest', () => {
		const curve = getCurve('wavy');
		const t = descend(curve, { id: 'gd', lr: 0.1 }, [3.5], 3000);
		const w = t.path[t.steps];
		const lowest = curve.minima.find((m) => m.global)!;
		expect(t.status.kind).toBe('converged');
		expect(Math.abs(w - lowest.w)).toBeGreaterThan(1);
		expect(curve.f([w])).toBeGreaterThan(lowest.f + 0.3);
	});

	it('two wells at η = 0.05: the right start stays right (L ≈ 0.39), the left start goes left (L ≈ −0.41)', () => {
		const right = run('twoWells', 'gd', 0.05, [1.9, 1.5]);
		const left = run('twoWells', 'gd', 0.05, [-1.9, 1.5]);
		expect(last(right)[0]).toBeCloseTo(0.9456, 3);
		expect(right.loss[right.steps]).toBeCloseTo(0.39, 2);
		expect(last(left)[0]).toBeCloseTo(-1.0467, 3);
		expect(left.loss[left.steps]).toBeCloseTo(-0.41, 2);
	});
});

describe('lesson 5: the learning rate', () => {
	it('bowl a = 1: η = 0.1 takes over 100 steps, η = 1 one step, η = 1.5 converges, η = 2 bounces, η = 2.1 diverges', () => {
		const slow = run('bowl', 'gd', 0.1, [1.5, 2]);
		expect(slow.status.kind).toBe('converged');
		expect(slow.steps).toBeGreaterThan(100);
		expect(run('bowl', 'gd', 1, [1.5, 2]).status).toEqual({ kind: 'converged', step: 1 });
		expect(run('bowl', 'gd', 1.5, [1.5, 2]).status.kind).toBe('converged');
		const bounce = run('bowl', 'gd', 2, [1.5, 2], 50);
		expect(bounce.status.kind).toBe('running');
		expect(last(bounce)).toEqual([1.5, 2]);
		expect(run('bowl', 'gd', 2.1, [1.5, 2]).status.kind).toBe('diverged');
	});

	it('narrow valley: η = 0.09 converges, η = 0.11 diverges (limit 2/20)', () => {
		expect(run('valley', 'gd', 0.09, [-2.7, 1.2]).status.kind).toBe('converged');
		expect(run('valley', 'gd', 0.11, [-2.7, 1.2]).status.kind).toBe('diverged');
	});

	it('narrow valley, direction by direction: w₂ gives way at η = 2/20 = 0.1, w₁ only at 2; at 0.1 w₁’s factor is 0.9', () => {
		const curvatures = getSurface('valley').curvatures!;
		expect(criticalRates(curvatures)).toEqual([2, 0.1]);
		expect(stepFactors(curvatures, 0.1).map(factorTrend)).toEqual(['shrinks', 'holds']);
		expect(stepFactors(curvatures, 0.1)[0]).toBeCloseTo(0.9, 12);
		// Between the two limits the steep direction grows and the flat one still shrinks.
		expect(stepFactors(curvatures, 0.5).map(factorTrend)).toEqual(['shrinks', 'grows']);
		expect(stepFactors(curvatures, 2.1).map(factorTrend)).toEqual(['grows', 'grows']);
	});

	it('two wells from (1.9, 1.5): 0.02 and 0.05 trapped, 0.1 over the ridge, 0.2 diverges; momentum 0.02 escapes', () => {
		for (const lr of [0.02, 0.05])
			expect(last(run('twoWells', 'gd', lr, [1.9, 1.5]))[0]).toBeGreaterThan(0.9);
		expect(last(run('twoWells', 'gd', 0.1, [1.9, 1.5]))[0]).toBeLessThan(-1);
		expect(run('twoWells', 'gd', 0.2, [1.9, 1.5]).status.kind).toBe('diverged');
		expect(last(run('twoWells', 'momentum', 0.02, [1.9, 1.5]))[0]).toBeLessThan(-1);
	});

	it('saddle from (1.8, 0.01) at η = 0.1: the loss waits near 0 for a while, then reaches −1/4', () => {
		const t = run('saddle', 'gd', 0.1, [1.8, 0.01]);
		for (let k = 18; k <= 38; k++) expect(Math.abs(t.loss[k])).toBeLessThan(0.1);
		expect(t.status.kind).toBe('converged');
		expect(t.loss[t.steps]).toBeCloseTo(-0.25, 6);
	});

	it('valley after 100 steps: gd (0.02) ≈ 0.06, momentum (0.02) and Adam (0.1) below 0.001', () => {
		const at100 = (id: OptimizerId, lr: number) =>
			run('valley', id, lr, [-2.7, 1.2], 100).loss[100];
		expect(at100('gd', 0.02)).toBeCloseTo(0.064, 2);
		expect(at100('momentum', 0.02)).toBeLessThan(0.001);
		expect(at100('adam', 0.1)).toBeLessThan(0.001);
	});
});

const lesson = (folder: string, lang: 'en' | 'zh-TW') =>
	readFileSync(`content/lessons/${folder}/${lang}.md`, 'utf8');

describe('lesson 3: confidently wrong', () => {
	// The lesson's loss is (y − ŷ)² with no ½, so its slope through the sigmoid is 2(ŷ − y)·ŷ(1 − ŷ).
	const at = (yhat: number) => lossPoint(yhat, 1);

	it('the steps show y = 1 at ŷ = 0.9, 0.5 and 0.01', () => {
		expect(lossSteps.slice(0, 3)).toEqual([
			expect.objectContaining({ y: 1, yhat: 0.9 }),
			expect.objectContaining({ y: 1, yhat: 0.5 }),
			expect.objectContaining({ y: 1, yhat: 0.01 })
		]);
	});

	it('MSE −0.018, −0.25, −0.0196; cross-entropy −0.1, −0.5, −0.99 (about 50× MSE at 0.01)', () => {
		expect(at(0.9).mse.dZ).toBeCloseTo(-0.018, 6);
		expect(at(0.5).mse.dZ).toBeCloseTo(-0.25, 6);
		expect(at(0.01).mse.dZ).toBeCloseTo(-0.0196, 4);
		expect(at(0.9).bce.dZ).toBeCloseTo(-0.1, 6);
		expect(at(0.5).bce.dZ).toBeCloseTo(-0.5, 6);
		expect(at(0.01).bce.dZ).toBeCloseTo(-0.99, 6);
		expect(at(0.01).bce.loss).toBeCloseTo(4.6, 1);
		expect(at(0.01).bce.dZ / at(0.01).mse.dZ).toBeCloseTo(50, -1);
	});

	it('says that MSE’s slope at 0.01 is a little larger than at 0.9, not smaller', () => {
		expect(Math.abs(at(0.01).mse.dZ)).toBeGreaterThan(Math.abs(at(0.9).mse.dZ));
		expect(Math.abs(at(0.01).mse.dZ) / Math.abs(at(0.9).mse.dZ)).toBeLessThan(1.2);
		for (const lang of ['en', 'zh-TW'] as const) {
			const text = lesson('03-loss', lang);
			for (const n of ['-0.0196', '-0.018', '-0.99', '50']) expect(text, lang).toContain(n);
			expect(text, lang).not.toMatch(
				/smaller than when the model was nearly right|比「幾乎答對」時還小/
			);
		}
	});
});

describe('lesson 6: the scroll shows the table’s worked example', () => {
	// The table's numbers as written, in the order of the scroll's steps.
	const table: Record<string, string> = {
		net: '1.000',
		yhat: '0.7311',
		loss: '0.0723',
		dLdyhat: '-0.538',
		dyhatdnet: '0.197',
		dnetdw0: '1.5',
		dLdw0: '-0.159',
		w0new: '0.879',
		after: '0.0559'
	};
	// Each step as the widget applies it: parsed over the defaults, then the cycle it shows.
	const shown = backpropSteps.map((step) => {
		const { state, notes } = neuronCodec.parse(splitStep(step).settings);
		const list = neuronSteps(neuronCycle(neuronRequest(state)), 'full');
		return {
			state,
			notes,
			step: list[
				resolveStep(
					state.step,
					list.map((s) => s.id)
				)
			]
		};
	});

	it('x₁ = 1.5, w₁ = 0.8, b = −0.2, y = 1, η = 0.5, and a second input of 0 at every step', () => {
		for (const { state, notes } of shown) {
			expect(notes).toEqual([]);
			expect(state).toMatchObject({ x1: 1.5, w1: 0.8, x2: 0, b: -0.2, y: 1, lr: 0.5, n: 2 });
		}
	});

	it('each step shows its row of the table, to the digits the table gives', () => {
		expect(shown.map(({ step }) => step.id)).toEqual(Object.keys(table));
		for (const { step } of shown) {
			const stated = table[step.id];
			expect(step.value, step.id).toBeCloseTo(Number(stated), stated.split('.')[1].length);
		}
	});

	it('the bias rows: ∂C/∂b = −0.106, new b = −0.147; the prediction after is 0.763', () => {
		const { state } = shown[0];
		const c = neuronCycle(neuronRequest(state));
		expect(c.backward.dLossDB).toBeCloseTo(-0.106, 3);
		expect(c.update.b).toBeCloseTo(-0.147, 3);
		expect(c.update.after.yHat).toBeCloseTo(0.763, 3);
		for (const lang of ['en', 'zh-TW'] as const) {
			const text = lesson('06-backpropagation', lang);
			for (const n of ['$-0.106$', '$-0.147$', '$0.0559$', '0.763', '$0.879$', '$-0.159$'])
				expect(text, lang).toContain(n);
		}
	});
});

describe('lesson 9 (bias): the seed’s five confidences', () => {
	it('the figure shows 0.82, 0.65, 0.99, 0.95, 0.79 and no verdict on any photo', () => {
		for (const lang of ['en', 'zh-TW'] as const) {
			const svg = readFileSync(`static/figures/confident-wrong-${lang}.svg`, 'utf8');
			const numbers = [...svg.matchAll(/>(0\.\d\d)</g)].map((m) => m[1]);
			expect(numbers, lang).toEqual(['0.82', '0.65', '0.99', '0.95', '0.79']);
			expect(svg, lang).not.toMatch(/✓|✗|wrong|right|錯|對</);
		}
	});
});
