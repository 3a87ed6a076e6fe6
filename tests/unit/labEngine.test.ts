import { describe, expect, test } from 'vitest';
import { api } from '$lib/engine/api';
import { expectedSilenceMs } from '$lib/engine/cost';
import { LAB_LIMITS, type LabCheckpoint, type LabOpenRequest } from '$lib/engine/labProtocol';
import { transferables } from '$lib/engine/transfer';
import { LAB_PIXELS } from '$lib/math/labImage';
import { labPictures } from './labPictures';

const settings = { epochs: 20, batchSize: 16, lr: 0.001, hidden: 8, valFraction: 0.15, seed: 3 };

function request(session: string, perClass = [14, 14], extra: Partial<LabOpenRequest> = {}) {
	const { pixels, labels } = labPictures(perClass, 2, 20);
	return { session, pixels, labels, classes: perClass.length, settings, ...extra };
}

async function open(session: string, perClass = [14, 14], extra: Partial<LabOpenRequest> = {}) {
	const r = await api.labOpen(request(session, perClass, extra));
	if (!r.ok || r.value.kind !== 'ready') throw new Error(`open failed: ${JSON.stringify(r)}`);
	return r.value;
}

async function train(session: string, epochs: number, since = 0, extra = {}) {
	const r = await api.labTrain({ session, epochs, budgetMs: 2000, since, ...extra });
	if (!r.ok) throw new Error(r.error.message);
	return r.value;
}

describe('lab engine handlers', () => {
	test('open splits the pictures and answers the untrained run', async () => {
		const a = await open('l1', [14, 14, 10]);
		// round(14 · 0.15) = 2, round(10 · 0.15) = 2 for validation.
		expect(a.perClass).toEqual({ train: [12, 12, 8], val: [2, 2, 2] });
		expect([a.trainIndex.length, a.valIndex.length]).toEqual([32, 6]);
		expect(a.trainIndex).toBeInstanceOf(Uint32Array);
		const s = a.snapshot;
		expect([s.status, s.epoch, s.epochs, s.divergedAt, s.lr, s.history]).toEqual([
			'ready',
			0,
			20,
			null,
			0.001,
			[]
		]);
		expect(s.valPred).toBeInstanceOf(Uint8Array);
		expect(s.valPred.length).toBe(6);
		expect(s.valConfidence).toBeInstanceOf(Float32Array);
		expect(s.confusion.val.flat().reduce((x, y) => x + y, 0)).toBe(6);
		expect(s.confusion.train.length).toBe(3);
		expect(s.perClass.val.map((c) => c.total)).toEqual([2, 2, 2]);
		expect(s.perClass.train.map((c) => c.total)).toEqual([12, 12, 8]);
		// The answer can be transferred without detaching anything the worker keeps.
		structuredClone(a, { transfer: transferables(a) });
		expect((await train('l1', 1)).epoch).toBe(1);
	});

	test('train takes epochs, streams new history rows and finishes at the budget', async () => {
		await open('l2');
		const a = await train('l2', 3);
		expect([a.status, a.epoch, a.history.map((h) => h.epoch)]).toEqual(['training', 3, [1, 2, 3]]);
		const b = await train('l2', 50, 3);
		expect([b.status, b.epoch, b.history.length, b.history[0].epoch]).toEqual(['done', 20, 17, 4]);
		expect(b.history.at(-1)!.valAccuracy).toBeGreaterThanOrEqual(0.95);
		const { correct, total } = b.perClass.val[0];
		expect(correct).toBe(b.confusion.val[0][0]);
		expect(total).toBe(2);
		expect([...b.valConfidence].every((p) => p >= 0.5 && p <= 1)).toBe(true);
		// Done stays done, until the budget grows.
		expect((await train('l2', 5, 20)).epoch).toBe(20);
		const c = await train('l2', 2, 20, { budget: 30 });
		expect([c.status, c.epoch, c.epochs, c.history.length]).toEqual(['training', 22, 30, 2]);
	});

	test('train stops after the epoch in which its time budget ran out', async () => {
		// 100 pictures and 32 hidden units: an epoch takes several milliseconds, longer than 1.
		await open('l3', [50, 50], { settings: { ...settings, hidden: 32 } });
		const r = await api.labTrain({ session: 'l3', epochs: 10, budgetMs: 1, since: 0 });
		expect(r.ok && r.value.epoch).toBe(1);
	});

	test('predict answers K probabilities for one picture', async () => {
		await open('l4', [6, 6, 6]);
		const { pixels } = labPictures([1], 5, 20);
		const r = await api.labPredict({ session: 'l4', pixels });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const p = r.value.probabilities;
		expect(p).toBeInstanceOf(Float64Array);
		expect(p.length).toBe(3);
		expect(p.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
	});

	test('a new rate is taken up and kept in the checkpoint', async () => {
		await open('l5');
		expect(await api.labSetRate({ session: 'l5', lr: 0.01 })).toEqual({
			ok: true,
			value: { lr: 0.01, epoch: 0 }
		});
		const c = await api.labCheckpoint({ session: 'l5' });
		expect(c.ok && c.value.lr).toBe(0.01);
		expect((await train('l5', 1)).lr).toBe(0.01);
	});

	test('a checkpoint reopened continues to the numbers of an uninterrupted run', async () => {
		await open('whole');
		const whole = await train('whole', 6);
		await open('part');
		await train('part', 2);
		const saved = await api.labCheckpoint({ session: 'part' });
		if (!saved.ok) throw new Error('checkpoint failed');
		const c: LabCheckpoint = structuredClone(saved.value);
		expect([c.epoch, c.history.length, c.status]).toEqual([2, 2, 'training']);
		await api.labClose({ session: 'part' });
		const again = await open('part', [14, 14], { resume: c });
		expect(again.snapshot.epoch).toBe(2);
		expect([...again.valIndex]).toEqual([...c.valIndex]);
		const rest = await train('part', 4, 2);
		expect(rest.history).toEqual(whole.history.slice(2));
		expect(rest.confusion).toEqual(whole.confusion);
		expect([...rest.valConfidence]).toEqual([...whole.valConfidence]);
	});

	test('a class with too few pictures is a problem, not an error, and opens nothing', async () => {
		const r = await api.labOpen(request('few', [5, 1]));
		expect(r).toEqual({
			ok: true,
			value: { kind: 'problem', problem: { code: 'too-few', classIndex: 1, have: 1, need: 2 } }
		});
		const none = await api.labOpen(request('few', [5, 5, 0]));
		expect(none.ok && none.value.kind === 'problem' && none.value.problem.have).toBe(0);
		// A project with no pictures yet (the reader pressed Train first) is told the same way.
		const empty = await api.labOpen(request('few', [0, 0]));
		expect(empty).toEqual({
			ok: true,
			value: { kind: 'problem', problem: { code: 'too-few', classIndex: 0, have: 0, need: 2 } }
		});
		const lost = await api.labTrain({ session: 'few', epochs: 1, budgetMs: 10, since: 0 });
		expect(!lost.ok && lost.error.code).toBe('lost');
	});

	test('close forgets the run; later calls on it answer a lost-session error', async () => {
		await open('l6');
		expect(await api.labClose({ session: 'l6' })).toEqual({ ok: true, value: { closed: true } });
		expect(await api.labClose({ session: 'l6' })).toEqual({ ok: true, value: { closed: false } });
		const answers = await Promise.all([
			api.labTrain({ session: 'l6', epochs: 1, budgetMs: 10, since: 0 }),
			api.labSetRate({ session: 'l6', lr: 0.01 }),
			api.labPredict({ session: 'l6', pixels: new Uint8Array(LAB_PIXELS) }),
			api.labCheckpoint({ session: 'l6' })
		]);
		for (const a of answers) expect(!a.ok && a.error.code).toBe('lost');
	});

	test(`at most ${LAB_LIMITS.sessions} runs are kept; the least recently used goes first`, async () => {
		for (let i = 0; i <= LAB_LIMITS.sessions; i++) await open(`many${i}`, [3, 3]);
		const first = await api.labCheckpoint({ session: 'many0' });
		expect(!first.ok && first.error.code).toBe('lost');
		const last = await api.labCheckpoint({ session: `many${LAB_LIMITS.sessions}` });
		expect(last.ok).toBe(true);
	});

	const good = request('bad');
	const invalid: [string, string, unknown][] = [
		['labOpen', 'pixels', { ...good, pixels: good.pixels.subarray(1) }],
		['labOpen', 'labels', { ...good, labels: good.labels.map((y) => (y === 1 ? 2 : y)) }],
		['labOpen', 'classes', { ...good, classes: 6 }],
		['labOpen', 'classes', { ...good, classes: 1 }],
		['labOpen', 'settings.hidden', { ...good, settings: { ...settings, hidden: 65 } }],
		['labOpen', 'settings.lr', { ...good, settings: { ...settings, lr: 2 } }],
		['labOpen', 'settings.epochs', { ...good, settings: { ...settings, epochs: 0 } }],
		['labOpen', 'labels', { ...good, labels: [0, 1] }],
		['labTrain', 'epochs', { session: 'x', epochs: 1001, budgetMs: 10, since: 0 }],
		['labTrain', 'budgetMs', { session: 'x', epochs: 1, budgetMs: NaN, since: 0 }],
		['labSetRate', 'lr', { session: 'x', lr: 0 }],
		['labPredict', 'pixels', { session: 'x', pixels: new Uint8Array(LAB_PIXELS + 1) }],
		['labCheckpoint', 'session', { session: '' }],
		['labClose', '', null]
	];
	for (const [method, field, req] of invalid) {
		test(`${method} answers a bad ${field || 'request'} with an invalid-input error`, async () => {
			const call = (api as unknown as Record<string, (r: unknown) => Promise<unknown>>)[method];
			const a = (await call(req)) as { ok: boolean; error?: { code: string; issues?: string[] } };
			expect(a.ok).toBe(false);
			expect(a.error?.code).toBe('invalid-input');
			if (field) expect(a.error?.issues?.some((i) => i.startsWith(field))).toBe(true);
		});
	}

	test('a checkpoint that does not fit the pictures is refused as invalid', async () => {
		await open('fit');
		const saved = await api.labCheckpoint({ session: 'fit' });
		if (!saved.ok) throw new Error('checkpoint failed');
		const checks: [Partial<LabOpenRequest>, RegExp][] = [
			[request('fit2', [14, 15]), /samples/],
			[{ settings: { ...settings, hidden: 16 } }, /hidden/],
			[{ classes: 3 }, /classes/]
		];
		for (const [patch, message] of checks) {
			const r = await api.labOpen({ ...request('fit2'), ...patch, resume: saved.value });
			expect(!r.ok && r.error.code).toBe('invalid-input');
			expect(!r.ok && r.error.issues?.[0]).toMatch(/^resume: /);
			expect(!r.ok && r.error.message).toMatch(message);
		}
	});

	test('hidden may be left out (32), and the watchdog allows for long calls', async () => {
		const withDefault: Partial<typeof settings> = { ...settings };
		delete withDefault.hidden;
		const r = await api.labOpen({ ...request('h'), settings: withDefault as typeof settings });
		expect(r.ok && r.value.kind === 'ready').toBe(true);
		const c = await api.labCheckpoint({ session: 'h' });
		expect(c.ok && c.value.hidden).toBe(32);
		expect(
			expectedSilenceMs('labTrain', { session: 'h', epochs: 1, budgetMs: 500, since: 0 })
		).toBe(3500);
		expect(expectedSilenceMs('labOpen', request('h', [100, 100]))).toBe(580);
	});
});
