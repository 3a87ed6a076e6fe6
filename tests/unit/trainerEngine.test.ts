import { describe, expect, test } from 'vitest';
import { api } from '../../src/lib/engine/api';
import { trainerData } from '../../src/lib/math/dataset';
import { Trainer } from '../../src/lib/math/training';
import { mlpSettings } from './trainerSettings';

const settings = mlpSettings();
const builtin = {
	source: 'builtin' as const,
	variant: 'fair' as const,
	valFraction: 0.15,
	seed: 1
};

async function open(session: string, extra: object = {}) {
	const r = await api.trainerOpen({ session, data: builtin, settings, grid: 21, ...extra });
	if (!r.ok || r.value.kind !== 'ready') throw new Error('open failed');
	return r.value;
}

async function step(session: string, unit: 'iteration' | 'epoch', count: number, since = 0) {
	const r = await api.trainerStep({ session, unit, count, budgetMs: 1000, since, detail: true });
	if (!r.ok || r.value.kind !== 'snapshot') throw new Error('step failed');
	return r.value.snapshot;
}

describe('trainer engine handlers', () => {
	test('open sends the data once and the run before training', async () => {
		const a = await open('t1');
		expect(a.data?.train.n).toBe(340);
		expect(a.data?.val.n).toBe(60);
		expect(a.data?.train.look?.length).toBe(340 * 4);
		const s = a.snapshot;
		expect([s.epoch, s.iteration, s.iterationsPerEpoch, s.status]).toEqual([0, 0, 22, 'ready']);
		expect(s.history.length).toBe(1);
		expect(s.grid.length).toBe(21 * 21);
		expect(s.perClass.val.map((r) => r.n)).toEqual([30, 30]);
		// Reopening without data keeps the data and does not send it again.
		const b = await api.trainerOpen({
			session: 't1',
			settings: { ...settings, lr: 0.1 },
			grid: 21
		});
		expect(b.ok && b.value.kind === 'ready' && b.value.data).toBeNull();
	});

	test('stepping by iterations and epochs moves the counters and streams new epochs', async () => {
		await open('t2');
		const a = await step('t2', 'iteration', 5);
		expect([a.epoch, a.iterationInEpoch, a.iteration]).toEqual([0, 5, 5]);
		expect(a.last).not.toBeNull();
		const b = await step('t2', 'epoch', 3, 1);
		expect([b.epoch, b.iterationInEpoch, b.iteration]).toEqual([3, 0, 66]);
		expect(b.history.map((h) => h.epoch)).toEqual([1, 2, 3]);
		const total = b.confusion.val.flat().reduce((s, v) => s + v, 0);
		expect(total).toBe(60);
		expect(b.history[2].valLoss).toBeLessThan(b.history[0].valLoss);
	});

	test('100 epochs come back in chunks no longer than the time budget allows', async () => {
		await open('t3');
		let since = 1;
		let chunks = 0;
		let epoch = 0;
		while (epoch < 100) {
			const r = await api.trainerStep({
				session: 't3',
				unit: 'epoch',
				count: 10,
				budgetMs: 5,
				since,
				detail: false
			});
			if (!r.ok || r.value.kind !== 'snapshot') throw new Error('step failed');
			since += r.value.snapshot.history.length;
			epoch = r.value.snapshot.epoch;
			chunks++;
		}
		expect(epoch).toBe(100);
		expect(since).toBe(101);
		expect(chunks).toBeGreaterThanOrEqual(10);
	});

	test('a bad CSV names its problem and leaves the run and data as they were', async () => {
		await open('t4');
		await step('t4', 'epoch', 2);
		const bad = await api.trainerOpen({
			session: 't4',
			data: { source: 'csv', text: 'a,b,label\n1,2,cat\n1,x,dog\n', valFraction: 0.15, seed: 1 },
			settings,
			grid: 21
		});
		expect(bad.ok && bad.value).toEqual({
			kind: 'problem',
			problem: { code: 'notANumber', line: 3, column: 'b', value: 'x' }
		});
		const after = await step('t4', 'iteration', 1);
		expect(after.epoch).toBe(2);
		expect(after.iteration).toBe(45);
	});

	test('a good CSV replaces the data, split stratified', async () => {
		const rows = Array.from(
			{ length: 40 },
			(_, i) => `${i},${(i * 7) % 11},${i % 2 ? 'yes' : 'no'}`
		);
		const r = await api.trainerOpen({
			session: 't5',
			data: { source: 'csv', text: ['x1,x2,label', ...rows].join('\n'), valFraction: 0.2, seed: 3 },
			settings,
			grid: 11
		});
		expect(r.ok && r.value.kind === 'ready' && r.value.data?.classNames).toEqual(['no', 'yes']);
		expect(
			r.ok && r.value.kind === 'ready' && r.value.snapshot.perClass.val.map((c) => c.n)
		).toEqual([4, 4]);
	});

	test('an unknown session is reported lost, bad input a typed error, never a throw', async () => {
		const lost = await api.trainerStep({
			session: 'nope',
			unit: 'epoch',
			count: 1,
			budgetMs: 10,
			since: 0,
			detail: false
		});
		expect(lost.ok && lost.value).toEqual({ kind: 'lost' });
		const bad = await api.trainerOpen({
			session: 't6',
			settings: { ...settings, lr: -1 },
			grid: 21
		});
		expect(bad.ok).toBe(false);
		expect(!bad.ok && bad.error.code).toBe('invalid-input');
		const closed = await api.trainerClose({ session: 't1' });
		expect(closed.ok).toBe(true);
	});

	test('a new rate mid-run keeps the run going from where it is, as the math does', async () => {
		await open('r1');
		await step('r1', 'epoch', 2);
		const at = await step('r1', 'iteration', 5);
		expect(at.lr).toBe(0.5);
		expect(at.rateChanges).toEqual([]);
		const r = await api.trainerSetRate({ session: 'r1', lr: 2 });
		expect(r.ok && r.value).toEqual({
			kind: 'rate',
			lr: 2,
			epoch: 2,
			iterationInEpoch: 5,
			iteration: 49,
			rateChanges: [{ epoch: 2, iterationInEpoch: 5, iteration: 49, from: 0.5, lr: 2 }]
		});
		const after = await step('r1', 'epoch', 3, 3);
		expect([after.epoch, after.iteration, after.lr]).toEqual([5, 110, 2]);
		expect(after.history.map((h) => h.epoch)).toEqual([3, 4, 5]);
		expect(after.rateChanges.map((c) => c.iteration)).toEqual([49]);
		// The same run in the math layer, rate changed at the same update.
		const { train, val } = trainerData({ seed: 1, variant: 'fair', valFraction: 0.15 });
		const t = new Trainer(train, val, settings);
		t.runEpochs(2);
		for (let k = 0; k < 5; k++) t.stepIteration();
		t.setRate(2);
		t.runEpochs(3);
		expect(after.history).toEqual(t.history.slice(3));
	});

	test('a bad rate is a typed error and changes nothing; a finished run is left alone', async () => {
		await open('r2', { settings: { ...settings, epochs: 1 } });
		for (const lr of [NaN, Infinity, -1, 0, 1e-5, 101, '0.5', null]) {
			const bad = await api.trainerSetRate({ session: 'r2', lr } as never);
			expect(!bad.ok && bad.error.code).toBe('invalid-input');
		}
		const ready = await step('r2', 'iteration', 1);
		expect(ready.lr).toBe(0.5);
		await step('r2', 'epoch', 1);
		const done = await api.trainerSetRate({ session: 'r2', lr: 3 });
		expect(done.ok && done.value).toEqual({ kind: 'finished', status: 'done', lr: 0.5 });
		const lost = await api.trainerSetRate({ session: 'never-opened', lr: 3 });
		expect(lost.ok && lost.value).toEqual({ kind: 'lost' });
	});
});

describe('the decision threshold', () => {
	test('counts the matrix at the threshold, from the probabilities the run gives, without training', async () => {
		await open('th1');
		const trained = await step('th1', 'epoch', 5);
		expect(trained.threshold).toBe(0.5);
		const count = (p: Float32Array, y: ArrayLike<number>, th: number) => {
			const m = [
				[0, 0],
				[0, 0]
			];
			p.forEach((q, i) => m[y[i]][q >= th ? 1 : 0]++);
			return m;
		};
		const r = await api.trainerStep({
			session: 'th1',
			unit: 'iteration',
			count: 0,
			budgetMs: 100,
			since: trained.history.length + 5,
			detail: false,
			threshold: 0.9
		});
		if (!r.ok || r.value.kind !== 'snapshot') throw new Error('step failed');
		const at = r.value.snapshot;
		// Nothing trained: the same iteration and the same probabilities, counted at 0.9.
		expect(at.iteration).toBe(trained.iteration);
		expect([...at.valP]).toEqual([...trained.valP]);
		expect(at.threshold).toBe(0.9);
		const { data } = await open('th2');
		const y = data!.val.y;
		expect(at.confusion.val).toEqual(count(at.valP, y, 0.9));
		expect(at.confusion.val).not.toEqual(trained.confusion.val);
		// Guessing class 1 takes more confidence: fewer guesses of class 1.
		const ones = (m: number[][]) => m[0][1] + m[1][1];
		expect(ones(at.confusion.val)).toBeLessThan(ones(trained.confusion.val));
		expect(at.perClass.val[1].accuracy).toBeCloseTo(at.confusion.val[1][1] / 30, 12);
		// The session keeps it: the next steps count at 0.9 too.
		expect((await step('th1', 'iteration', 1)).threshold).toBe(0.9);
	});

	test('a threshold outside 0.05 – 0.95 is refused', async () => {
		await open('th3');
		const r = await api.trainerStep({
			session: 'th3',
			unit: 'iteration',
			count: 0,
			budgetMs: 100,
			since: 0,
			detail: false,
			threshold: 1.5
		});
		expect(r.ok).toBe(false);
	});
});
