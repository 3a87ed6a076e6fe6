import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { api } from '$lib/engine/api';
import type { TrainSettings, TrainerSnapshot } from '$lib/engine/trainerProtocol';
import { trainerData } from '$lib/math/dataset';
import { BestKeeper, EARLY_STOP_PATIENCE } from '$lib/math/earlyStopping';
import { SMALL_PER_CLASS } from '$lib/math/ids';
import { Trainer, type EpochMetrics } from '$lib/math/training';
import { settingsRequest } from '$lib/widgets/trainer/requests';
import { trainerCodec, type TrainerState } from '$lib/widgets/trainer/state';
import { steps } from '$content/lessons/07-training-loop/steps';

// Lesson 7's overfitting step, as its steps.ts sets it up, over the widget's defaults (seed 1).
const step = { ...trainerCodec.defaults, ...steps[7] } as TrainerState;
const overfit: TrainSettings = settingsRequest(step);

const small = () => trainerData({ seed: 1, variant: step.data, valFraction: step.split });

function lowest(history: readonly EpochMetrics[]): EpochMetrics {
	return history.slice(1).reduce((a, b) => (b.valLoss < a.valLoss ? b : a));
}

describe('the small sample overfits', () => {
	test('lesson 7 steps 7 and 8: the small sample, 32 neurons, Adam, batch 1, then early stopping', () => {
		expect(step.data).toBe('small');
		expect([overfit.hidden, overfit.optimizer, overfit.lr, overfit.batchSize]).toEqual([
			32,
			'adam',
			0.01,
			1
		]);
		expect([overfit.epochs, overfit.seed, overfit.earlyStopping]).toEqual([100, 1, false]);
		expect(settingsRequest({ ...step, ...steps[8] } as TrainerState).earlyStopping).toBe(true);
	});

	test('validation loss bottoms out early and rises while training loss keeps falling', () => {
		const { train, val } = small();
		expect(train.n).toBe(2 * SMALL_PER_CLASS);
		expect(val.n).toBe(60);
		const t = new Trainer(train, val, overfit);
		t.runEpochs(overfit.epochs);
		const h = t.history;
		const best = lowest(h);
		const last = h[h.length - 1];
		console.log(
			`small sample, seed 1: lowest validation loss ${best.valLoss.toFixed(4)} at epoch ${best.epoch}; ` +
				`epoch 100: validation ${last.valLoss.toFixed(4)}, training ${best.trainLoss.toFixed(4)} → ${last.trainLoss.toFixed(4)}\n` +
				h
					.filter((m) => m.epoch % 10 === 0)
					.map((m) => `${m.epoch}: ${m.trainLoss.toFixed(3)} / ${m.valLoss.toFixed(3)}`)
					.join('\n')
		);
		expect(last.epoch).toBe(100);
		expect(best.epoch).toBeGreaterThanOrEqual(5);
		expect(best.epoch).toBeLessThanOrEqual(30);
		expect(last.valLoss).toBeGreaterThan(1.8 * best.valLoss);
		// Clearly drawn: after epoch 1 nothing climbs above where training began, so the y axis
		// keeps room for the rise.
		const peak = Math.max(...h.slice(1).map((m) => Math.max(m.trainLoss, m.valLoss)));
		expect(peak).toBeLessThan(h[0].valLoss);
		expect(last.trainLoss).toBeLessThan(best.trainLoss / 5);
		// The rise is steady, not one bad epoch: from 40 epochs after the lowest on, all are higher.
		for (const m of h.filter((m) => m.epoch >= best.epoch + 40)) {
			expect(m.valLoss).toBeGreaterThan(1.3 * best.valLoss);
		}
	});

	test('early stopping ends the run and restores the weights of the lowest epoch', () => {
		const { train, val } = small();
		const full = new Trainer(train, val, overfit);
		full.runEpochs(overfit.epochs);
		const best = lowest(full.history);
		const t = new Trainer(train, val, { ...overfit, earlyStopping: true });
		t.runEpochs(overfit.epochs);
		expect(t.status).toBe('done');
		expect(t.stopped?.at).toBe(best.epoch + EARLY_STOP_PATIENCE);
		expect(t.epoch).toBe(best.epoch + EARLY_STOP_PATIENCE);
		// Up to the stop, the run is the one without early stopping.
		expect(t.history).toEqual(full.history.slice(0, t.epoch + 1));
		expect(t.stopped?.best.epoch).toBe(best.epoch);
		expect(Math.abs(t.stopped!.best.valLoss - best.valLoss)).toBeLessThan(1e-9);
		expect(Math.abs(t.stopped!.best.trainLoss - best.trainLoss)).toBeLessThan(1e-9);
		expect(Math.abs(t.measure().valLoss - best.valLoss)).toBeLessThan(1e-9);
		expect(t.stepIteration()).toBeNull();
	});

	test('the engine answers with the restored weights: loss, boundary and matrix', async () => {
		const data = {
			source: 'builtin' as const,
			variant: 'small' as const,
			valFraction: 0.15,
			seed: 1
		};
		const settings = { ...overfit, earlyStopping: true };
		const opened = await api.trainerOpen({ session: 'es', data, settings, grid: 11 });
		expect(opened.ok && opened.value.kind === 'ready' && opened.value.data?.train.n).toBe(20);
		let snap: TrainerSnapshot | null = null;
		const history: EpochMetrics[] = [];
		for (let k = 0; k < 20 && snap?.status !== 'done'; k++) {
			const r = await api.trainerStep({
				session: 'es',
				unit: 'epoch',
				count: 10,
				budgetMs: 2000,
				since: history.length + 1,
				detail: false
			});
			if (!r.ok || r.value.kind !== 'snapshot') throw new Error('step failed');
			snap = r.value.snapshot;
			history.push(...snap.history);
		}
		const best = lowest([history[0], ...history]);
		expect(snap?.stopped?.best.epoch).toBe(best.epoch);
		expect(Math.abs(snap!.stopped!.best.valLoss - best.valLoss)).toBeLessThan(1e-9);
		// The matrix is counted on the restored weights: its errors are those of the best epoch.
		const wrong = snap!.confusion.val[0][1] + snap!.confusion.val[1][0];
		expect(Math.abs(1 - wrong / 60 - best.valAccuracy)).toBeLessThan(1e-9);
		// A worker that restarts goes on from the checkpoint: still stopped, same weights.
		const again = await api.trainerOpen({
			session: 'es2',
			data,
			settings,
			grid: 11,
			resume: {
				checkpoint: snap!.checkpoint,
				history: [
					opened.ok && opened.value.kind === 'ready'
						? opened.value.snapshot.history[0]
						: history[0],
					...history
				]
			}
		});
		if (!again.ok || again.value.kind !== 'ready') throw new Error('resume failed');
		expect(again.value.snapshot.stopped).toEqual(snap!.stopped);
		expect(again.value.snapshot.status).toBe('done');
	});

	test('a run resumed mid-way stops where the uninterrupted one does, with its weights', () => {
		const { train, val } = small();
		const settings = { ...overfit, earlyStopping: true };
		const a = new Trainer(train, val, settings);
		a.runEpochs(15);
		const b = new Trainer(train, val, settings);
		b.resume(a.checkpoint(), a.history);
		a.runEpochs(100);
		b.runEpochs(100);
		expect(b.stopped).toEqual(a.stopped);
		expect(Array.from(b.params)).toEqual(Array.from(a.params));
		// A checkpoint with a copy of the best weights does not fit a run without early stopping.
		const c = new Trainer(train, val, settings);
		c.runEpochs(15);
		expect(() => new Trainer(train, val, overfit).resume(c.checkpoint(), c.history)).toThrow(
			RangeError
		);
	});
});

describe('BestKeeper', () => {
	test('keeps the earliest lowest epoch after epoch 0 and stops after its patience', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 2, maxLength: 60 }),
				fc.integer({ min: 1, max: 10 }),
				(losses, patience) => {
					const keeper = new BestKeeper(patience);
					const w = new Float64Array(1);
					let stop = -1;
					for (let e = 0; e < losses.length && stop < 0; e++) {
						w[0] = e;
						keeper.offer({ epoch: e, iteration: e, valLoss: losses[e] }, w);
						if (e > 0 && keeper.shouldStop(e, losses.length - 1)) stop = e;
					}
					const seen = losses.slice(1, stop + 1);
					const min = Math.min(...seen);
					const first = seen.indexOf(min) + 1;
					expect(keeper.best?.epoch).toBe(first);
					expect(keeper.best?.params[0]).toBe(first);
					expect(stop === losses.length - 1 || stop - first === patience).toBe(true);
				}
			)
		);
	});
});
