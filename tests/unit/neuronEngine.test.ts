import { describe, expect, it } from 'vitest';
import { api } from '$lib/engine/api';

const setup = {
	x: [0.5, -1],
	w: [0.8, 0.2],
	b: 0.1,
	y: 1,
	activation: 'sigmoid' as const,
	loss: 'mse' as const,
	lr: 0.5
};

const twoLayer = {
	x: [0.5, -1],
	params: { w1: [0.4, -0.6, 0.7, 0.3], b1: [0, 0.1], w2: [0.9, -0.5], b2: 0.2 },
	y: 1,
	hiddenActivation: 'tanh' as const,
	outputActivation: 'sigmoid' as const,
	loss: 'mse' as const,
	lr: 0.5
};

describe('neuron engine handlers', () => {
	it('answers a recorded cycle whose numbers follow the formulas', async () => {
		const answer = await api.neuronCycle(setup);
		expect(answer.ok).toBe(true);
		if (!answer.ok) return;
		const c = answer.value;
		const net = 0.5 * 0.8 + -1 * 0.2 + 0.1;
		const yHat = 1 / (1 + Math.exp(-net));
		expect(c.forward.net).toBeCloseTo(net, 12);
		expect(c.forward.loss).toBeCloseTo((1 - yHat) ** 2, 12);
		expect(c.update.after.loss).toBeLessThan(c.forward.loss);
	});

	it('trains for the asked number of cycles', async () => {
		const answer = await api.neuronTrain({ setup, cycles: 25 });
		expect(answer.ok && answer.value.losses.length).toBe(26);
	});

	it('refuses bad input with a typed error instead of throwing', async () => {
		const bad = [
			{ ...setup, x: [1, 2, 3] },
			{ ...setup, lr: 0 },
			{ ...setup, b: Number.NaN },
			{ ...setup, loss: 'bce', activation: 'tanh' },
			{ ...setup, loss: 'bce', y: 2 },
			{ ...setup, activation: 'softmax' },
			null
		];
		for (const req of bad) {
			const answer = await api.neuronCycle(req as never);
			expect(answer.ok ? 'ok' : answer.error.code).toBe('invalid-input');
		}
		const big = await api.neuronTrain({ setup, cycles: 1e9 });
		expect(big.ok).toBe(false);
	});

	it('runs the two-layer network and carries the error back to the hidden layer', async () => {
		const answer = await api.twoLayerCycle(twoLayer);
		expect(answer.ok).toBe(true);
		if (!answer.ok) return;
		const b = answer.value.backward;
		expect(b.dLossDHidden[1]).toBeCloseTo(b.outputDelta * -0.5, 12);
		const train = await api.twoLayerTrain({ setup: twoLayer, cycles: 10 });
		expect(train.ok && train.value.losses[10] < train.value.losses[0]).toBe(true);
		const wrong = await api.twoLayerCycle({ ...twoLayer, params: { ...twoLayer.params, w1: [1] } });
		expect(wrong.ok).toBe(false);
	});
});
