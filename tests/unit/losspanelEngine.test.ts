import { describe, expect, it } from 'vitest';
import { api } from '$lib/engine/api';
import { transferables } from '$lib/engine/transfer';

const call = (method: string, req: unknown) =>
	(api as unknown as Record<string, (r: unknown) => Promise<unknown>>)[method](req) as Promise<{
		ok: boolean;
		error?: { code: string; issues?: string[] };
	}>;

describe('loss panel handlers', () => {
	it('samples both loss curves and reports the marked prediction', async () => {
		const answer = await api.lossCurves({ y: 1, yHat: 0.2, n: 50 });
		expect(answer.ok).toBe(true);
		if (!answer.ok) return;
		const { curves, point } = answer.value;
		expect(curves.yHat).toBeInstanceOf(Float64Array);
		expect(curves.bce.length).toBe(50);
		expect(point.mse.loss).toBeCloseTo(0.64, 12);
		expect(point.bce.loss).toBeCloseTo(-Math.log(0.2), 12);
		expect(point.bce.dZ).toBeCloseTo(-0.8, 12);
		expect(point.mse.dZ).toBeCloseTo(2 * -0.8 * 0.2 * 0.8, 12);
		expect(transferables(answer).length).toBe(7);
	});

	it('trains both losses from the same start on the same data', async () => {
		const answer = await api.trainLossPair({ lr: 1, epochs: 30, start: [-5, -5, 0], dataSeed: 7 });
		expect(answer.ok).toBe(true);
		if (!answer.ok) return;
		const { data, mse, bce } = answer.value;
		expect(data.n).toBe(80);
		expect(mse.weights.slice(0, 3)).toEqual(bce.weights.slice(0, 3));
		expect(mse.lossCurve.length).toBe(31);
		expect(bce.accuracy[30]).toBeGreaterThan(mse.accuracy[30]);
	});

	it('answers the softmax with q, one-hot p, −ln q_target and q − p', async () => {
		const answer = await api.softmaxLoss({ logits: [1, 2, 0.5], target: 1 });
		expect(answer.ok).toBe(true);
		if (!answer.ok) return;
		const { q, p, loss, grad } = answer.value;
		expect([...p]).toEqual([0, 1, 0]);
		expect(loss).toBeCloseTo(-Math.log(q[1]), 12);
		expect(grad[1]).toBeCloseTo(q[1] - 1, 12);
	});

	const malformed: [string, unknown, string][] = [
		['lossCurves', { y: 1.5, yHat: 0.5, n: 10 }, 'y'],
		['lossCurves', { y: 1, yHat: 1, n: 10 }, 'yHat'],
		['lossCurves', { y: 1, yHat: 0, n: 10 }, 'yHat'],
		['lossCurves', { y: 1, yHat: 0.5, n: 1 }, 'n'],
		['trainLossPair', { lr: 0, epochs: 10, start: [0, 0, 0], dataSeed: 1 }, 'lr'],
		['trainLossPair', { lr: 1, epochs: 1e6, start: [0, 0, 0], dataSeed: 1 }, 'epochs'],
		['trainLossPair', { lr: 1, epochs: 10, start: [0, NaN, 0], dataSeed: 1 }, 'start'],
		['trainLossPair', { lr: 1, epochs: 10, start: [0, 0], dataSeed: 1 }, 'start'],
		['softmaxLoss', { logits: [1], target: 0 }, 'logits'],
		['softmaxLoss', { logits: [1, 2, 3], target: 3 }, ''],
		['softmaxLoss', { logits: [1, 'a', 3], target: 0 }, 'logits']
	];
	for (const [method, req, field] of malformed) {
		it(`${method} answers ${JSON.stringify(req)} with a typed invalid-input error`, async () => {
			const answer = await call(method, req);
			expect(answer.ok).toBe(false);
			expect(answer.error?.code).toBe('invalid-input');
			if (field) expect(answer.error?.issues?.some((i) => i.startsWith(field))).toBe(true);
		});
	}
});
