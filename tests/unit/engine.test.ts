import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { api } from '$lib/engine/api';
import type { EngineMethod } from '$lib/engine/protocol';
import { transferables } from '$lib/engine/transfer';

const call = (method: string, req: unknown) =>
	(api as unknown as Record<string, (r: unknown) => Promise<unknown>>)[method](req);

describe('engine api', () => {
	it('answers a good request with a trajectory', async () => {
		const answer = await api.descendLandscape({
			surface: 'bowl',
			a: 1,
			optimizer: { id: 'gd', lr: 0.5 },
			start: [1, 1],
			maxSteps: 100
		});
		expect(answer.ok).toBe(true);
		if (answer.ok) {
			expect(answer.value.status.kind).toBe('converged');
			expect(answer.value.path).toBeInstanceOf(Float64Array);
		}
	});

	it('samples a surface grid as a Float32Array of n² values', async () => {
		const answer = await api.sampleLandscape({ surface: 'himmelblau', n: 16 });
		expect(answer.ok && answer.value.values.length).toBe(256);
		expect(answer.ok && answer.value.values).toBeInstanceOf(Float32Array);
	});

	const malformed: [EngineMethod, unknown, string][] = [
		['descendLandscape', null, ''],
		[
			'descendLandscape',
			{ surface: 'volcano', optimizer: { id: 'gd', lr: 0.1 }, start: [0, 0], maxSteps: 10 },
			'surface'
		],
		[
			'descendLandscape',
			{ surface: 'bowl', optimizer: { id: 'gd', lr: 'abc' }, start: [0, 0], maxSteps: 10 },
			'optimizer.lr'
		],
		[
			'descendLandscape',
			{ surface: 'bowl', optimizer: { id: 'gd', lr: -1 }, start: [0, 0], maxSteps: 10 },
			'optimizer.lr'
		],
		[
			'descendLandscape',
			{ surface: 'bowl', optimizer: { id: 'gd', lr: 0.1 }, start: [NaN, 0], maxSteps: 10 },
			'start'
		],
		[
			'descendLandscape',
			{ surface: 'bowl', optimizer: { id: 'gd', lr: 0.1 }, start: [0, 0], maxSteps: 1e9 },
			'maxSteps'
		],
		[
			'descendCurve',
			{ curve: 'parabola', optimizer: { id: 'sgd', lr: 0.1 }, start: 0, maxSteps: 10 },
			'optimizer.id'
		],
		['sampleLandscape', { surface: 'bowl', n: 1e6 }, 'n'],
		['sampleCurve', 'parabola', '']
	];
	for (const [method, req, field] of malformed) {
		it(`${method} answers ${JSON.stringify(req)} with a typed invalid-input error`, async () => {
			const answer = (await call(method, req)) as {
				ok: boolean;
				error?: { code: string; issues?: string[] };
			};
			expect(answer.ok).toBe(false);
			expect(answer.error?.code).toBe('invalid-input');
			if (field) expect(answer.error?.issues?.some((i) => i.startsWith(field))).toBe(true);
		});
	}

	it('never throws, whatever it is sent (fuzz)', async () => {
		const methods = Object.keys(api);
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...methods), fc.anything(), async (method, req) => {
				const answer = (await call(method, req)) as { ok: boolean };
				expect(typeof answer.ok).toBe('boolean');
			}),
			{ numRuns: 500 }
		);
	});

	it('lists the buffers of every typed array in an answer, once each', () => {
		const a = new Float64Array(4);
		const b = new Float32Array(2);
		const found = transferables({ ok: true, value: { a, nested: [b, a], n: 3 } });
		expect(found).toEqual([a.buffer, b.buffer]);
	});
});
