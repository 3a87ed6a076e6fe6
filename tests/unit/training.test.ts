import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateAnimals, trainerData } from '../../src/lib/math/dataset';
import { accuracyPerClass, predictedClasses } from '../../src/lib/math/metrics';
import { optimizerIds } from '../../src/lib/math/ids';
import { animalKinds } from '../../src/lib/math/ids';
import {
	LEARNING_RATE_RANGE,
	MAX_RATE_CHANGES,
	Trainer,
	evaluate,
	iterationsPerEpoch,
	type TrainSettings
} from '../../src/lib/math/training';
import { mlpSettings } from './trainerSettings';

const settings = mlpSettings({ epochs: 30 });

describe('epochs, iterations, batches', () => {
	test('iterations per epoch = ⌈training samples / batch size⌉', () => {
		expect(iterationsPerEpoch(340, 16)).toBe(22);
		expect(iterationsPerEpoch(340, 34)).toBe(10);
		expect(iterationsPerEpoch(340, 1)).toBe(340);
		expect(iterationsPerEpoch(340, 340)).toBe(1);
		expect(iterationsPerEpoch(340, 1000)).toBe(1);
		expect(iterationsPerEpoch(0, 16)).toBe(0);
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 600 }), (n, b) => {
				const k = iterationsPerEpoch(n, b);
				// k batches hold every sample, and k − 1 would not.
				expect(k * b).toBeGreaterThanOrEqual(n);
				expect((k - 1) * b).toBeLessThan(n);
			})
		);
	});

	test('the trainer counts iterations and epochs, and each epoch uses every sample once', () => {
		const { train, val } = trainerData({ seed: 2 });
		const t = new Trainer(train, val, { ...settings, batchSize: 50 });
		expect(t.iterationsPerEpoch).toBe(7);
		const seen: number[] = [];
		for (let k = 0; k < 6; k++) {
			const r = t.stepIteration()!;
			expect(r.epochEnded).toBeNull();
			seen.push(...r.batch);
		}
		expect(t.iterationInEpoch).toBe(6);
		const last = t.stepIteration()!;
		expect(last.batch.length).toBe(40);
		seen.push(...last.batch);
		expect(seen.sort((a, b) => a - b)).toEqual([...Array(340).keys()]);
		expect(last.epochEnded?.epoch).toBe(1);
		expect(last.epochEnded?.iteration).toBe(7);
		expect([t.epoch, t.iterationInEpoch, t.iteration]).toEqual([1, 0, 7]);
		// One epoch from the middle of an epoch finishes that epoch.
		t.stepIteration();
		const m = t.stepEpoch()!;
		expect([m.epoch, m.iteration]).toEqual([2, 14]);
		expect(t.history.map((h) => h.epoch)).toEqual([0, 1, 2]);
	});

	test('the run stops at the epoch budget and is reproducible from the seed', () => {
		const { train, val } = trainerData({ seed: 2 });
		const a = new Trainer(train, val, { ...settings, epochs: 3 });
		expect(a.runEpochs(10).length).toBe(3);
		expect(a.status).toBe('done');
		expect(a.stepIteration()).toBeNull();
		const b = new Trainer(train, val, { ...settings, epochs: 3 });
		b.runEpochs(3);
		expect([...b.params]).toEqual([...a.params]);
	});

	test('one sample at a time: the label pulls its own probability toward the answer', () => {
		const { train, val } = trainerData({ seed: 3 });
		const t = new Trainer(train, val, { ...settings, batchSize: 1, lr: 0.3 });
		for (let k = 0; k < 20; k++) {
			const r = t.stepIteration(true)!;
			expect(r.batch.length).toBe(1);
			const y = train.y[r.batch[0]];
			const moved = r.after![0] - r.before![0];
			expect(y === 1 ? moved : -moved).toBeGreaterThan(0);
		}
	});
});

describe('what training does', () => {
	test.each(['logistic', 'mlp'] as const)(
		'%s at a sane rate lowers the validation loss on the fair data',
		(model) => {
			for (const seed of [1, 2, 3]) {
				const { train, val } = trainerData({ seed });
				const t = new Trainer(train, val, { ...settings, model, seed });
				t.runEpochs(30);
				const [first, last] = [t.history[0], t.history.at(-1)!];
				expect(last.valLoss).toBeLessThan(0.5 * first.valLoss);
				expect(last.valAccuracy).toBeGreaterThan(0.85);
			}
		}
	);

	test('biased training data gives worse per-class accuracy on fair test data', () => {
		const test = generateAnimals(777, 500, 500);
		const fold = animalKinds.indexOf('fold');
		const run = (variant: 'fair' | 'biased', seed: number) => {
			const { train, val } = trainerData({ seed, variant });
			const t = new Trainer(train, val, { ...settings, seed });
			t.runEpochs(30);
			const guess = predictedClasses(evaluate(t.spec, 'bce', t.params, test).p);
			const folds = [...test.kind!.keys()].filter((i) => test.kind![i] === fold);
			const foldsRight = folds.filter((i) => guess[i] === 0).length / folds.length;
			return { rows: accuracyPerClass(test.y, guess, test.classNames), foldsRight };
		};
		for (const seed of [1, 2, 3]) {
			const fair = run('fair', seed);
			const biased = run('biased', seed);
			// Cats: the class whose folded-ear kind the biased sample left out.
			expect(fair.rows[0].accuracy).toBeGreaterThan(0.9);
			expect(biased.rows[0].accuracy).toBeLessThan(fair.rows[0].accuracy - 0.1);
			expect(fair.foldsRight).toBeGreaterThan(0.8);
			expect(biased.foldsRight).toBeLessThan(0.5);
		}
	});

	test('cats are the harder class on fair data', () => {
		const test = generateAnimals(778, 1000, 1000);
		const { train, val } = trainerData({ seed: 5 });
		const t = new Trainer(train, val, { ...settings, seed: 5 });
		t.runEpochs(30);
		const [cat, dog] = accuracyPerClass(
			test.y,
			predictedClasses(evaluate(t.spec, 'bce', t.params, test).p),
			test.classNames
		);
		expect(cat.accuracy).toBeLessThan(dog.accuracy);
	});

	test('too high a learning rate makes the loss rise far above where it started', () => {
		const { train, val } = trainerData({ seed: 1 });
		const t = new Trainer(train, val, { ...settings, lr: 20 });
		t.runEpochs(20);
		const start = t.history[0].trainLoss;
		const later = t.history.slice(1).map((h) => h.trainLoss);
		const median = [...later].sort((a, b) => a - b)[Math.floor(later.length / 2)];
		expect(median).toBeGreaterThan(3 * start);
	});
});

describe('changing the learning rate during a run', () => {
	const { train, val } = trainerData({ seed: 4 });
	const make = (extra: Partial<TrainSettings> = {}) =>
		new Trainer(train, val, { ...settings, ...extra });

	test('refuses a rate that is not finite or outside the allowed range, keeping the old one', () => {
		const t = make();
		const [lo, hi] = LEARNING_RATE_RANGE;
		for (const bad of [NaN, Infinity, -Infinity, 0, -1, lo / 2, hi * 1.01]) {
			expect(() => t.setRate(bad)).toThrow(RangeError);
		}
		expect(t.lr).toBe(settings.lr);
		t.setRate(lo);
		expect(t.lr).toBe(lo);
		t.setRate(hi);
		expect(t.lr).toBe(hi);
	});

	test('the same rate again changes nothing: the run stays bitwise the same', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...optimizerIds),
				fc.integer({ min: 1, max: 30 }),
				(optimizer, k) => {
					const plain = make({ optimizer, lr: 0.05 });
					const set = make({ optimizer, lr: 0.05 });
					for (let i = 0; i < 40; i++) {
						if (i === k) set.setRate(0.05);
						plain.stepIteration();
						set.stepIteration();
					}
					expect(set.rateChanges).toEqual([]);
					expect(set.params).toEqual(plain.params);
					expect(set.history).toEqual(plain.history);
				}
			),
			{ numRuns: 15 }
		);
	});

	test('before the first update a new rate replaces the starting one', () => {
		const a = make({ lr: 0.5 });
		a.setRate(2);
		const b = make({ lr: 2 });
		a.runEpochs(2);
		b.runEpochs(2);
		expect(a.rateChanges).toEqual([]);
		expect(a.params).toEqual(b.params);
	});

	test('a change mid-run keeps the counters, history and memory and is recorded where it happened', () => {
		const t = make({ optimizer: 'momentum', lr: 0.2, batchSize: 50 });
		const same = make({ optimizer: 'momentum', lr: 0.2, batchSize: 50 });
		t.runEpochs(2);
		same.runEpochs(2);
		for (let i = 0; i < 3; i++) [t, same].forEach((r) => r.stepIteration());
		const before = Float64Array.from(t.params);
		t.setRate(1.5);
		expect([t.epoch, t.iterationInEpoch, t.iteration, t.history.length]).toEqual([2, 3, 17, 3]);
		expect(t.params).toEqual(before);
		expect(t.rateChanges).toEqual([
			{ epoch: 2, iterationInEpoch: 3, iteration: 17, from: 0.2, lr: 1.5 }
		]);
		t.stepIteration();
		same.stepIteration();
		expect(t.params).not.toEqual(same.params);
		// Several changes between two updates are one; changing back to where it was is none.
		t.setRate(3);
		t.setRate(4);
		expect(t.rateChanges.map((c) => [c.iteration, c.from, c.lr])).toEqual([
			[17, 0.2, 1.5],
			[18, 1.5, 4]
		]);
		t.setRate(1.5);
		expect(t.rateChanges.length).toBe(1);
		t.runEpochs(1);
		expect(t.epoch).toBe(3);
	});

	test(`at most ${MAX_RATE_CHANGES} changes are remembered, the newest`, () => {
		const t = make();
		for (let i = 0; i < MAX_RATE_CHANGES + 20; i++) {
			t.stepIteration();
			t.setRate(i % 2 ? 0.1 : 0.2);
		}
		expect(t.rateChanges.length).toBe(MAX_RATE_CHANGES);
		expect(t.rateChanges.at(-1)?.iteration).toBe(MAX_RATE_CHANGES + 20);
	});

	test('raising the rate mid-run makes the loss climb; lowering it again lets it settle', () => {
		const t = make({ lr: 0.5, epochs: 60 });
		t.runEpochs(5);
		const calm = t.history.at(-1)!.trainLoss;
		t.setRate(30);
		t.runEpochs(10);
		const wild = t.history.slice(6).map((h) => h.trainLoss);
		const median = [...wild].sort((a, b) => a - b)[Math.floor(wild.length / 2)];
		expect(median).toBeGreaterThan(3 * calm);
		t.setRate(0.05);
		t.runEpochs(30);
		const settled = t.history.slice(-5).map((h) => h.trainLoss);
		expect(Math.max(...settled)).toBeLessThan(median / 3);
		expect(t.status).not.toBe('diverged');
	});
});
