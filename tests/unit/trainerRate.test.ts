import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { RateChange, TrainerSnapshot } from '../../src/lib/engine/trainerProtocol';
import { trainerData } from '../../src/lib/math/dataset';
import { Trainer } from '../../src/lib/math/training';
import {
	labelledMarks,
	rateBursts,
	settingsChange,
	withAsked
} from '../../src/lib/widgets/trainer/rate';
import { rateText, readoutText } from '../../src/lib/widgets/trainer/readout';
import { strings } from '../../src/lib/widgets/trainer/strings';

const change = (epoch: number, iterationInEpoch: number, from: number, lr: number): RateChange => ({
	epoch,
	iterationInEpoch,
	iteration: epoch * 22 + iterationInEpoch,
	from,
	lr
});

describe('what a change of settings asks of the run', () => {
	test('new data, a new run, a new rate for the run under way, or nothing', () => {
		const key = fc.constantFrom('a', 'b');
		const rate = fc.constantFrom(0.1, 0.2);
		const run = fc.record({ data: key, run: key, lr: rate });
		fc.assert(
			fc.property(run, run, fc.boolean(), (opened, now, underWay) => {
				const got = settingsChange(opened, now, underWay);
				if (now.data !== opened.data) expect(got).toBe('data');
				else if (now.run !== opened.run) expect(got).toBe('restart');
				else if (now.lr !== opened.lr) expect(got).toBe(underWay ? 'rate' : 'restart');
				else expect(got).toBe('none');
			})
		);
	});

	test('the first settings open the run with its data', () => {
		const now = { data: 'data=fair', run: 'model=mlp', lr: 0.2 };
		expect(settingsChange({ data: '', run: '', lr: NaN }, now, false)).toBe('data');
	});
});

describe('the rate a drag asks for, shown before the worker answers', () => {
	const rate = { lr: 0.5, changes: [change(2, 3, 0.2, 0.5)] };
	const at = { epoch: 4, iterationInEpoch: 1, iteration: 4 * 22 + 1 };

	test('nothing asked, or the rate the run has: the same object, so nothing redraws', () => {
		expect(withAsked(rate, null, at)).toBe(rate);
		expect(withAsked(rate, 0.5, at)).toBe(rate);
		expect(withAsked(null, 0.3, at)).toBeNull();
	});

	test('a new rate shows where the run was last seen, from the rate it had', () => {
		expect(withAsked(rate, 3, at)).toEqual({
			lr: 3,
			changes: [...rate.changes, { ...at, from: 0.5, lr: 3 }]
		});
		expect(rate.changes).toHaveLength(1);
	});

	// The page's guess must match what the run itself records, or marks would jump on the answer.
	test('it is what the run records when it takes that rate at that point', () => {
		const { train, val } = trainerData({ seed: 3 });
		const rates = fc.constantFrom(0.05, 0.5, 2, 8);
		fc.assert(
			fc.property(
				fc.array(fc.record({ steps: fc.integer({ min: 0, max: 3 }), lr: rates }), {
					maxLength: 5
				}),
				rates,
				(moves, asked) => {
					const run = new Trainer(train, val, {
						model: 'logistic',
						hidden: 2,
						activation: 'tanh',
						loss: 'bce',
						optimizer: 'gd',
						lr: 0.5,
						batchSize: 64,
						epochs: 5,
						seed: 1
					});
					for (const m of moves) {
						for (let i = 0; i < m.steps; i++) run.stepIteration();
						run.setRate(m.lr);
					}
					const seen = { lr: run.lr, changes: structuredClone(run.rateChanges) };
					const guess = withAsked(seen, asked, run);
					run.setRate(asked);
					expect(guess).toEqual({ lr: run.lr, changes: run.rateChanges });
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('rate marks on the epoch charts', () => {
	test('a change sits within the epoch under way, by the share of its iterations done', () => {
		const bursts = rateBursts([change(5, 0, 0.2, 2), change(7, 11, 2, 1), change(9, 21, 1, 3)], 22);
		expect(bursts.map((b) => [b.start, b.end, b.count])).toEqual([
			[5, 5, 1],
			[7.5, 7.5, 1],
			[9 + 21 / 22, 9 + 21 / 22, 1]
		]);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 500 }),
				fc.integer({ min: 1, max: 400 }),
				fc.nat(),
				(epoch, ipe, i) => {
					const [b] = rateBursts([change(epoch, i % ipe, 0.1, 0.2)], ipe);
					expect(b.start).toBeGreaterThanOrEqual(epoch);
					expect(b.start).toBeLessThan(epoch + 1);
				}
			)
		);
	});

	test('changes close together (a drag) make one burst, from the first rate to the last', () => {
		const drag = [change(3, 2, 0.2, 0.3), change(3, 6, 0.3, 0.5), change(4, 1, 0.5, 0.8)];
		const later = change(9, 0, 0.8, 0.1);
		const [a, b] = rateBursts([...drag, later], 22);
		expect([a.first.from, a.last.lr, a.count, a.start, a.end]).toEqual([
			0.2,
			0.8,
			3,
			3 + 2 / 22,
			4 + 1 / 22
		]);
		expect([b.first, b.last, b.count]).toEqual([later, later, 1]);
		// Every change lands in exactly one burst, in order; bursts never overlap.
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 40 }), (steps) => {
				let iteration = 0;
				const changes = steps.map((d) => {
					iteration += d;
					return change(Math.floor(iteration / 22), iteration % 22, 0.1, 0.2);
				});
				const bursts = rateBursts(changes, 22);
				expect(bursts.reduce((n, x) => n + x.count, 0)).toBe(changes.length);
				for (let i = 1; i < bursts.length; i++) {
					expect(bursts[i].first.iteration - bursts[i - 1].last.iteration).toBeGreaterThan(22);
				}
			})
		);
	});

	test('labels go on the newest mark and on older ones at least a gap apart', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 60 }),
				fc.integer({ min: 1, max: 80 }),
				(xs, gap) => {
					const marks = [...xs].sort((a, b) => a - b).map((px) => ({ px }));
					const out = labelledMarks(marks, gap);
					expect(out.at(-1)).toBe(marks.at(-1));
					for (let i = 1; i < out.length; i++) {
						expect(out[i].px - out[i - 1].px).toBeGreaterThanOrEqual(gap);
					}
				}
			)
		);
		expect(labelledMarks([{ px: 10 }, { px: 20 }, { px: 70 }], 48).map((m) => m.px)).toEqual([
			20, 70
		]);
	});
});

describe('the readout states the rate', () => {
	const en = strings.en;
	const zh = strings['zh-TW'];

	test('before any change: the rate alone; after: the new rate, where it applies, the old one', () => {
		expect(rateText(en, { lr: 0.2, changes: [] }, false)).toBe('Learning rate η = 0.2.');
		const changed = { lr: 2, changes: [change(1, 3, 0.5, 1), change(5, 3, 1, 2)] };
		expect(rateText(en, changed, false)).toBe(
			'Learning rate η = 2 from epoch 5, iteration 3 on (was 1).'
		);
		expect(rateText(zh, changed, false)).toBe(
			'學習率 η = 2（從第 5 代、本代第 3 次起；原本是 1）。'
		);
		expect(rateText(en, changed, true)).toContain(en.rateRestarts);
		expect(rateText(zh, { lr: 0.0125, changes: [] }, true)).toBe(
			`學習率 η = 0.0125。${zh.rateRestarts}`
		);
	});

	test('the full readout takes the newest rate, and says a finished run starts again', () => {
		const snap = {
			status: 'training',
			divergedAt: null,
			epoch: 6,
			iterationInEpoch: 1,
			iteration: 133,
			iterationsPerEpoch: 22,
			epochs: 100,
			lr: 0.2,
			rateChanges: []
		} as unknown as TrainerSnapshot;
		const history = [0, 1].map((epoch) => ({
			epoch,
			iteration: epoch * 22,
			trainLoss: 0.5,
			trainAccuracy: 0.8,
			valLoss: 0.6,
			valAccuracy: 0.7
		}));
		const rate = { lr: 3, changes: [change(6, 1, 0.2, 3)] };
		const text = readoutText(en, snap, history, true, rate);
		expect(text).toContain('Learning rate η = 3 from epoch 6, iteration 1 on (was 0.2).');
		expect(text).not.toContain(en.rateRestarts);
		expect(readoutText(en, snap, history, true)).toContain('Learning rate η = 0.2.');
		const done = readoutText(en, { ...snap, status: 'done' }, history, false, rate);
		expect(done).toContain(`(${en.status.done}) ${en.rateRestarts}`);
	});
});
