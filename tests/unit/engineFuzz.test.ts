import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { api } from '$lib/engine/api';
import { transferables } from '$lib/engine/transfer';
import { activationIds, curveIds, lossIds, optimizerIds, surfaceIds } from '$lib/math/ids';

/**
 * Fuzzing the worker's boundary: every method of the engine's api (whatever handlers it holds
 * when this runs) gets thousands of random and malformed messages. Each must be answered with a
 * Result that can cross postMessage, and none may throw: a throw would kill the worker.
 */
const MESSAGES = 10_000;
const methods = Object.keys(api);
const call = (method: string, req: unknown) =>
	(api as unknown as Record<string, (r: unknown) => Promise<unknown>>)[method](req);

const ids = [...surfaceIds, ...curveIds, ...optimizerIds, ...activationIds, ...lossIds];
// Field names the engine's requests use or may use; near-valid messages are built from them.
const fields = [
	...['surface', 'curve', 'optimizer', 'id', 'lr', 'beta', 'rho', 'beta1', 'beta2', 'eps'],
	...['start', 'maxSteps', 'n', 'a', 'seed', 'steps', 'epochs', 'batch', 'hidden', 'layers'],
	...['activation', 'loss', 'data', 'points', 'x', 'y', 'w', 'b', 'weights', 'inputs', 'labels'],
	...['dataset', 'noise', 'count', 'size', 'mode', 'kind', 'grid', 'range', 'split', '__proto__'],
	...['session', 'unit', 'budgetMs', 'since', 'detail', 'settings']
];

// Numbers that break careless code: non-finite, signed zero, extremes, and plausible ones.
const nasty = fc.oneof(
	fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, -1, 2, 1e308, -1e308, 5e-324, 1e9),
	fc.constantFrom(0.5, 0.999, 1.0001, 100_000, 100_001, 512, 513, 2 ** 31, -(2 ** 31)),
	fc.double({ noDefaultInfinity: false }),
	fc.integer({ min: -20, max: 600 })
);
const leaf = fc.oneof(
	nasty,
	fc.constantFrom(...ids),
	fc.string({ maxLength: 12 }),
	fc.constantFrom(null, undefined, true, false, '', '1', 'NaN', '<script>'),
	fc.bigInt()
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
	v: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		leaf,
		fc.array(tie('v'), { maxLength: 6 }),
		fc.dictionary(fc.constantFrom(...fields), tie('v'), { maxKeys: 6 }),
		fc.float32Array({ maxLength: 8 }),
		fc.float64Array({ maxLength: 8 })
	)
})).v;

/** A request built from the engine's own field names: often almost right, sometimes right. */
const nearValid = fc.dictionary(fc.constantFrom(...fields), value, { minKeys: 1, maxKeys: 8 });

/** Anything postMessage could carry, including odd prototypes, boxed values, Maps and Dates. */
const anything = fc.anything({
	maxDepth: 3,
	withBigInt: true,
	withBoxedValues: true,
	withDate: true,
	withMap: true,
	withSet: true,
	withNullPrototype: true,
	withObjectString: true,
	withSparseArray: true,
	withTypedArray: true
});

const message = fc.oneof(nearValid, anything, value);

describe('engine api under fuzzing', () => {
	it(`answers ${MESSAGES.toLocaleString('en')}+ random and malformed messages, never throwing`, async () => {
		const runsPerMethod = Math.max(2000, Math.ceil(MESSAGES / methods.length));
		let sent = 0;
		const seen = { ok: 0, invalid: 0, internal: 0 };
		for (const method of methods) {
			await fc.assert(
				fc.asyncProperty(message, async (req) => {
					sent++;
					let answer: unknown;
					try {
						answer = await call(method, req);
					} catch (err) {
						throw new Error(`${method} threw for ${fc.stringify(req)}`, { cause: err });
					}
					const a = answer as { ok?: unknown; value?: unknown; error?: Record<string, unknown> };
					expect(typeof a).toBe('object');
					expect(typeof a.ok).toBe('boolean');
					if (a.ok) {
						expect('value' in a).toBe(true);
						seen.ok++;
					} else {
						// 'lost': a well-formed request for a session the worker does not hold.
						expect(['invalid-input', 'internal', 'lost']).toContain(a.error?.code);
						expect(typeof a.error?.message).toBe('string');
						if (a.error?.code === 'internal') seen.internal++;
						else seen.invalid++;
					}
					// The answer must survive the trip back to the page.
					structuredClone(answer, { transfer: transferables(answer) });
				}),
				{ numRuns: runsPerMethod }
			);
		}
		expect(sent).toBeGreaterThanOrEqual(MESSAGES);
		// The fuzzing must reach past validation sometimes, or it tests only the schemas.
		expect(seen.invalid).toBeGreaterThan(0);
		expect(seen.invalid + seen.ok + seen.internal).toBe(sent);
	}, 300_000);

	it('answers valid requests with slightly wrong fields the same way, method by method', async () => {
		// Valid requests for the descent handlers and the trainer's rate, each with one field
		// replaced by junk.
		const valid: Record<string, Record<string, unknown>> = {
			sampleCurve: { curve: 'parabola', a: 1, n: 50 },
			descendCurve: { curve: 'wavy', optimizer: { id: 'adam', lr: 0.1 }, start: 1, maxSteps: 50 },
			sampleLandscape: { surface: 'himmelblau', n: 16 },
			descendLandscape: {
				surface: 'rosenbrock',
				optimizer: { id: 'momentum', lr: 0.001, beta: 0.9 },
				start: [-1, 1],
				maxSteps: 50
			},
			trainerSetRate: { session: 'fuzz', lr: 0.5 }
		};
		let answered = 0;
		for (const [method, base] of Object.entries(valid).filter(([m]) => m in api)) {
			await fc.assert(
				fc.asyncProperty(fc.constantFrom(...Object.keys(base)), value, async (key, junk) => {
					const answer = (await call(method, { ...base, [key]: junk })) as { ok: boolean };
					expect(typeof answer.ok).toBe('boolean');
					answered++;
				}),
				{ numRuns: 500 }
			);
			expect(((await call(method, base)) as { ok: boolean }).ok).toBe(true);
		}
		expect(answered).toBeGreaterThan(0);
	}, 300_000);
});
