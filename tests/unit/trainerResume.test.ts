import { describe, expect, test } from 'vitest';
import { api } from '$lib/engine/api';
import type { TrainSettings, TrainerSnapshot } from '$lib/engine/trainerProtocol';
import { trainerData } from '$lib/math/dataset';
import { Trainer } from '$lib/math/training';

// A run that a stopped worker was training goes on in a new one from its checkpoint, exactly.
const settings: TrainSettings = {
	model: 'mlp',
	hidden: 6,
	activation: 'tanh',
	loss: 'bce',
	optimizer: 'adam',
	lr: 0.05,
	batchSize: 32,
	epochs: 20,
	seed: 3
};
const data = { source: 'builtin' as const, variant: 'fair' as const, valFraction: 0.15, seed: 3 };

describe('a Trainer resumed from a checkpoint', () => {
	test('continues with the same weights, optimizer memory, shuffles and counters', () => {
		const { train, val } = trainerData({ seed: 3 });
		const a = new Trainer(train, val, settings);
		for (let i = 0; i < 2.5 * a.iterationsPerEpoch; i++) a.stepIteration();
		a.setRate(0.02);
		a.stepIteration();
		const b = new Trainer(train, val, settings);
		b.resume(a.checkpoint(), a.history);
		expect(b.epoch).toBe(a.epoch);
		expect(b.iteration).toBe(a.iteration);
		expect(b.lr).toBe(0.02);
		expect(b.rateChanges).toEqual(a.rateChanges);
		// Both go on two more epochs, across a shuffle: the same updates, bit for bit.
		a.runEpochs(2);
		b.runEpochs(2);
		expect(Array.from(b.params)).toEqual(Array.from(a.params));
		expect(b.history).toEqual(a.history);
		// A fresh run from the same settings is somewhere else entirely.
		const fresh = new Trainer(train, val, settings);
		fresh.runEpochs(1);
		expect(Array.from(fresh.params)).not.toEqual(Array.from(a.params));
	});

	test('refuses a checkpoint that does not fit its data and settings', () => {
		const { train, val } = trainerData({ seed: 3 });
		const a = new Trainer(train, val, settings);
		a.runEpochs(1);
		const small = new Trainer(train, val, { ...settings, hidden: 2 });
		expect(() => small.resume(a.checkpoint(), a.history)).toThrow(RangeError);
		const b = new Trainer(train, val, settings);
		expect(() => b.resume(a.checkpoint(), a.history.slice(0, 1))).toThrow(RangeError);
		const twice = a.checkpoint();
		twice.order[0] = twice.order[1];
		expect(() => b.resume(twice, a.history)).toThrow(RangeError);
	});
});

describe('trainerOpen with resume, as after a worker restart', () => {
	const step = async (session: string, since: number) => {
		const r = await api.trainerStep({
			session,
			unit: 'epoch',
			count: 3,
			budgetMs: 2000,
			since,
			detail: false
		});
		if (!r.ok || r.value.kind !== 'snapshot') throw new Error('step failed');
		return r.value.snapshot;
	};

	test('opens the run where its checkpoint was, and steps on as the lost one would have', async () => {
		const opened = await api.trainerOpen({ session: 'before', data, settings, grid: 11 });
		if (!opened.ok || opened.value.kind !== 'ready') throw new Error('open failed');
		const history = [...opened.value.snapshot.history];
		const mid: TrainerSnapshot = await step('before', history.length);
		history.push(...mid.history);
		expect(mid.epoch).toBe(3);

		const resumed = await api.trainerOpen({
			session: 'after',
			data,
			settings,
			grid: 11,
			resume: { checkpoint: mid.checkpoint, history }
		});
		if (!resumed.ok || resumed.value.kind !== 'ready') throw new Error('resume failed');
		expect(resumed.value.snapshot.epoch).toBe(3);
		expect(resumed.value.snapshot.history).toEqual(history);

		const lost = await step('before', history.length);
		const found = await step('after', history.length);
		expect(found.epoch).toBe(6);
		expect(found.history).toEqual(lost.history);
		expect(Array.from(found.checkpoint.params)).toEqual(Array.from(lost.checkpoint.params));
	});

	test('answers an error, not a broken run, for a checkpoint of another run', async () => {
		const opened = await api.trainerOpen({ session: 'x', data, settings, grid: 11 });
		if (!opened.ok || opened.value.kind !== 'ready') throw new Error('open failed');
		const { checkpoint, history } = opened.value.snapshot;
		const answer = await api.trainerOpen({
			session: 'y',
			data,
			settings: { ...settings, hidden: 3 },
			grid: 11,
			resume: { checkpoint, history }
		});
		expect(answer.ok).toBe(false);
		const bad = await api.trainerOpen({
			session: 'y',
			data,
			settings,
			grid: 11,
			resume: { checkpoint: { ...checkpoint, params: [1, 2] }, history } as never
		});
		expect(!bad.ok && bad.error.code).toBe('invalid-input');
	});
});
