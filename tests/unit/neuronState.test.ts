import { describe, expect, it } from 'vitest';
import {
	neuronCodec,
	neuronRequest,
	resolveStep,
	twoLayerRequest,
	withNeuronWeights,
	type NeuronState
} from '$lib/widgets/neuron/state';

const d = neuronCodec.defaults;

describe('neuron settings codec', () => {
	it('a serialized state reads back the same, in every mode', () => {
		for (const mode of ['forward', 'full', 'twolayer'] as const) {
			const state: NeuronState = { ...d, mode, n: 3, w2: -1.25, v1: 0.3, lr: 0.05, step: '7' };
			const params = new URLSearchParams(neuronCodec.serialize(state));
			const { state: back, notes } = neuronCodec.parse(params);
			expect(notes).toEqual([]);
			expect(neuronCodec.serialize(back)).toEqual(neuronCodec.serialize(state));
		}
	});

	it('a link carries only the keys its mode uses', () => {
		const forward = neuronCodec.serialize({ ...d, mode: 'forward', n: 2 });
		expect(Object.keys(forward)).not.toContain('lr');
		expect(Object.keys(forward)).not.toContain('w3');
		expect(Object.keys(forward)).not.toContain('w11');
		const two = neuronCodec.serialize({ ...d, mode: 'twolayer' });
		expect(Object.keys(two)).toContain('w21');
		expect(Object.keys(two)).not.toContain('b');
	});

	it('bad values keep the previous value and say what is allowed', () => {
		const { state, notes } = neuronCodec.parse({ w1: 'abc', lr: 50, mode: 'sideways', x2: 3 });
		expect(state.w1).toBe(d.w1);
		expect(state.lr).toBe(d.lr);
		expect(state.mode).toBe(d.mode);
		expect(state.x2).toBe(3);
		expect(notes.map((n) => n.key).sort()).toEqual(['lr', 'mode', 'w1']);
		expect(notes.find((n) => n.key === 'lr')?.allowed).toContain('10');
	});

	it('cross-entropy forces a sigmoid output and a target in [0, 1]', () => {
		const { state, notes } = neuronCodec.parse({ loss: 'bce', act: 'tanh', y: -1 });
		expect(state.act).toBe('sigmoid');
		expect(state.y).toBeGreaterThanOrEqual(0);
		expect(state.y).toBeLessThanOrEqual(1);
		expect(notes.map((n) => n.key)).toEqual(['act', 'y']);
	});

	it('a step may be named by index or by id', () => {
		const ids = ['start', 'prod0', 'prod1', 'net', 'yhat'];
		expect(resolveStep('3', ids)).toBe(3);
		expect(resolveStep('40', ids)).toBe(4);
		expect(resolveStep('yhat', ids)).toBe(4);
		expect(resolveStep('dLdw0', ids)).toBe(-1);
		expect(neuronCodec.parse({ step: 'dLdw0' }).state.step).toBe('dLdw0');
		expect(neuronCodec.parse({ step: '<script>' }).notes).toHaveLength(1);
	});

	it('builds engine requests with as many inputs as the neuron has', () => {
		expect(neuronRequest({ ...d, n: 2 }).x).toEqual([d.x1, d.x2]);
		expect(neuronRequest({ ...d, n: 3 }).w).toEqual([d.w1, d.w2, d.w3]);
		const two = twoLayerRequest(d);
		expect(two.params.w1).toEqual([d.w11, d.w12, d.w21, d.w22]);
		expect(two.outputActivation).toBe(d.act);
	});

	it('trained weights are kept inside the range a link can hold', () => {
		const s = withNeuronWeights(d, [123.456, -0.1234567], 0.5);
		expect(s.w1).toBe(20);
		expect(s.w2).toBe(-0.123457);
		expect(neuronCodec.parse(new URLSearchParams(neuronCodec.serialize(s))).notes).toEqual([]);
	});
});
