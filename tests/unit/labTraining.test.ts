import { describe, expect, test } from 'vitest';
import { labSplit } from '$lib/math/labData';
import { labInputs } from '$lib/math/labImage';
import { initLabParams, labLoss } from '$lib/math/labNetwork';
import { createRng } from '$lib/math/rng';
import {
	LAB_DEFAULTS,
	LabTrainer,
	labCheckpointProblem,
	type LabSettings
} from '$lib/math/labTraining';
import { labPictures } from './labPictures';

/** A run on `perClass` synthetic pictures a class (faint bright regions), split as the lab does. */
function run(perClass: number[], patch: Partial<LabSettings> = {}, contrast = 12) {
	const settings = { ...LAB_DEFAULTS, ...patch };
	const { pixels, labels } = labPictures(perClass, 1, contrast);
	const split = labSplit(labels, perClass.length, settings.valFraction, settings.seed);
	const data = { x: labInputs(pixels), labels, classes: perClass.length };
	return new LabTrainer(data, split, settings);
}

/** Whether two typed arrays hold the same values (toEqual walks 55 000 entries slowly). */
function same(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
	return true;
}

/** Trains until the validation accuracy reaches `level` or the budget ends; that epoch or null. */
function trainTo(t: LabTrainer, level: number): number | null {
	while (!t.finished) if (t.trainEpoch()!.valAccuracy >= level) return t.epoch;
	return null;
}

describe('the lab trainer learns', () => {
	test('two classes of pictures, to ≥ 95 % validation accuracy within 50 epochs (defaults)', () => {
		const t = run([40, 40]);
		expect([t.epochs, t.lr, t.settings.batchSize, t.shape.hidden]).toEqual([50, 0.001, 16, 32]);
		const at = trainTo(t, 0.95);
		expect(at).not.toBeNull();
		expect(at).toBeLessThanOrEqual(50);
		expect(t.history.at(-1)!.trainLoss).toBeLessThan(t.history[0].trainLoss);
	});

	test('three classes too', () => {
		const t = run([40, 40, 40]);
		const at = trainTo(t, 0.95);
		expect(at).not.toBeNull();
		expect(at).toBeLessThanOrEqual(50);
	});
});

describe('the lab trainer', () => {
	test('reports an epoch’s training figures as measured before each batch’s update', () => {
		// One batch an epoch: epoch 1's training loss is the loss of the starting weights.
		const t = run([6, 6], { batchSize: 512, epochs: 3 });
		const start = initLabParams(t.shape, createRng(LAB_DEFAULTS.seed));
		const before = labLoss(t.shape, start, t.data.x, t.data.labels, t.split.train);
		const row = t.trainEpoch()!;
		expect(row.epoch).toBe(1);
		expect(row.trainLoss).toBeCloseTo(before, 12);
		// Validation is measured after the epoch, with the weights it ended with.
		expect(row.valLoss).toBeCloseTo(
			labLoss(t.shape, t.params, t.data.x, t.data.labels, t.split.val),
			12
		);
	});

	test('goes ready → training → done, and trains on when the budget grows', () => {
		const t = run([6, 6], { epochs: 2 });
		expect(t.status).toBe('ready');
		t.trainEpoch();
		expect(t.status).toBe('training');
		t.run(5);
		expect([t.status, t.epoch, t.trainEpoch()]).toEqual(['done', 2, null]);
		t.setBudget(4);
		expect(t.status).toBe('training');
		t.run(10);
		expect([t.status, t.epoch, t.history.map((h) => h.epoch)]).toEqual(['done', 4, [1, 2, 3, 4]]);
	});

	test('gives the same history for the same seed, another for another seed', () => {
		const a = run([8, 8], { epochs: 4 });
		const b = run([8, 8], { epochs: 4 });
		const c = run([8, 8], { epochs: 4, seed: 2 });
		for (const t of [a, b, c]) t.run(4);
		expect(b.history).toEqual(a.history);
		expect(same(b.params, a.params)).toBe(true);
		expect(c.history).not.toEqual(a.history);
	});

	test('continues from a checkpoint to exactly the numbers of an uninterrupted run', () => {
		const settings = { epochs: 6, batchSize: 5, hidden: 6 };
		const whole = run([10, 9, 8], settings);
		whole.run(3);
		whole.setRate(0.003);
		whole.run(3);

		const first = run([10, 9, 8], settings);
		first.run(3);
		first.setRate(0.003);
		// As the page would keep it (IndexedDB stores a structured clone).
		const saved = structuredClone(first.checkpoint());
		const second = run([10, 9, 8], settings);
		second.resume(saved);
		expect([second.epoch, second.lr, second.status]).toEqual([3, 0.003, 'training']);
		second.run(3);
		expect(second.history).toEqual(whole.history);
		const [a, b] = [second.checkpoint(), whole.checkpoint()];
		expect(same(a.params, b.params)).toBe(true);
		expect(same(a.optimizer.v, b.optimizer.v) && same(a.optimizer.s, b.optimizer.s)).toBe(true);
		expect([a.optimizer.t, a.shuffle, a.lr, a.status]).toEqual([
			b.optimizer.t,
			b.shuffle,
			b.lr,
			b.status
		]);
	});

	test('refuses a checkpoint of another network or split', () => {
		const t = run([5, 5]);
		const c = t.checkpoint();
		expect(labCheckpointProblem(c, 10, t.shape)).toBeNull();
		expect(labCheckpointProblem(c, 11, t.shape)).toMatch(/samples/);
		expect(labCheckpointProblem(c, 10, { ...t.shape, hidden: 8 })).toMatch(/hidden/);
		expect(labCheckpointProblem({ ...c, valIndex: c.trainIndex }, 10, t.shape)).toMatch(/split/);
		expect(labCheckpointProblem({ ...c, epoch: 2 }, 10, t.shape)).toMatch(/history/);
		const other = run([5, 5], { seed: 9 });
		expect(() => other.resume(c)).toThrow(RangeError);
	});

	test('stops as diverged at an absurd rate, with NaN figures and no throw', () => {
		// Batches of 4: the first update throws the weights to ±1e300, the second batch's loss
		// is no longer a number.
		const t = run([8, 8], { lr: 1e300, epochs: 10, batchSize: 4 });
		expect(() => t.run(10)).not.toThrow();
		expect([t.status, t.divergedAt, t.epoch]).toEqual(['diverged', 1, 1]);
		expect(t.history[0].trainLoss).toBeNaN();
		expect(t.history[0].valLoss).toBeNaN();
		expect(t.trainEpoch()).toBeNull();
		t.setBudget(20);
		expect(t.status).toBe('diverged');
	});
});
