import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { api } from '$lib/engine/api';
import type { TrainerSnapshot } from '$lib/engine/trainerProtocol';
import { BatchTrace, batchPath } from '$lib/widgets/trainer/batchTrace';
import { readoutParts, readoutText, runState, stateLabel } from '$lib/widgets/trainer/readout';
import { strings } from '$lib/widgets/trainer/strings';
import { mlpSettings } from './trainerSettings';

const settings = mlpSettings({ lr: 0.2 });
const data = { source: 'builtin' as const, variant: 'fair' as const, valFraction: 0.15, seed: 1 };

async function open(session: string, batchSize: number) {
	const r = await api.trainerOpen({
		session,
		data,
		settings: { ...settings, batchSize },
		grid: 5
	});
	if (!r.ok || r.value.kind !== 'ready') throw new Error('open failed');
	return r.value.snapshot;
}
async function step(session: string, unit: 'iteration' | 'epoch', count: number, since: number) {
	const r = await api.trainerStep({ session, unit, count, budgetMs: 2000, since, detail: false });
	if (!r.ok || r.value.kind !== 'snapshot') throw new Error('step failed');
	return r.value.snapshot;
}

/**
 * Mean size of the second difference of consecutive batch losses: how jagged the descent is,
 * apart from its steady fall (a straight or gently curving descent scores near 0).
 */
function roughness(l: ArrayLike<number>): number {
	let s = 0;
	for (let k = 2; k < l.length; k++) s += Math.abs(l[k] - 2 * l[k - 1] + l[k - 2]);
	return s / (l.length - 2);
}

describe('batch losses from the engine', () => {
	test('every update sends its loss once, by iteration or by epoch', async () => {
		const first = await open('b1', 16);
		expect(first.batchLosses.length).toBe(0);
		const a = await step('b1', 'iteration', 7, 1);
		expect(a.batchLosses.length).toBe(7);
		const b = await step('b1', 'epoch', 2, 1);
		expect(b.batchLosses.length).toBe(2 * 22 - 7);
		expect(a.batchLosses.length + b.batchLosses.length).toBe(b.iteration);
		expect([...a.batchLosses, ...b.batchLosses].every((v) => Number.isFinite(v) && v > 0)).toBe(
			true
		);
		// A step of none (a new threshold) sends none.
		expect((await step('b1', 'iteration', 0, 3)).batchLosses.length).toBe(0);
	});

	test('a full batch measures the same loss the epoch before measured on the training data', async () => {
		// The epoch's training loss is measured after the epoch on all training data, not the mean
		// of its batches; with one batch of everything, the next update's batch is that same data.
		const first = await open('b2', 340);
		expect(first.iterationsPerEpoch).toBe(1);
		const s = await step('b2', 'epoch', 6, 1);
		const history = [...first.history, ...s.history];
		expect(s.batchLosses.length).toBe(6);
		for (let k = 0; k < 6; k++) {
			expect(s.batchLosses[k]).toBeCloseTo(history[k].trainLoss, 6);
		}
	});

	test('small batches descend noisily, a full batch smoothly', async () => {
		const rough: Record<number, number> = {};
		for (const b of [1, 4, 340]) {
			await open(`r${b}`, b);
			// The last 40 updates of 3 epochs, or of 40 epochs for the full batch (one an epoch).
			const s = await step(`r${b}`, 'epoch', b === 340 ? 40 : 3, 1);
			rough[b] = roughness(s.batchLosses.slice(-40));
		}
		console.log(
			`mean |Δ² batch loss|: batch 1 ${rough[1]}, batch 4 ${rough[4]}, full ${rough[340]}`
		);
		expect(rough[340]).toBeLessThan(rough[4] / 10);
		expect(rough[4]).toBeLessThan(rough[1]);
	});
});

describe('BatchTrace: what the page keeps and draws', () => {
	test('kept points sit where their batch was measured, whatever the chunks', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 40 }),
				fc.integer({ min: 1, max: 30 }),
				fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 12 }),
				(ipe, epochs, chunks) => {
					const budget = ipe * epochs;
					const losses = Array.from({ length: budget }, (_, k) => 1 + Math.sin(k * 1.7));
					const whole = new BatchTrace(ipe, budget, 50);
					whole.add(losses);
					const parts = new BatchTrace(ipe, budget, 50);
					let at = 0;
					for (const c of chunks) {
						parts.add(losses.slice(at, Math.min(budget, at + c)));
						at = Math.min(budget, at + c);
					}
					parts.add(losses.slice(at));
					const v = parts.view();
					expect(v).toEqual(whole.view());
					expect(v.n).toBe(budget);
					expect(v.x.length).toBeLessThanOrEqual(51);
					expect(v.stride).toBe(Math.max(1, Math.ceil(budget / 50)));
					for (let i = 0; i < v.x.length; i++) {
						expect(v.x[i]).toBeCloseTo((i * v.stride) / ipe, 12);
						expect(v.y[i]).toBe(losses[i * v.stride]);
					}
					const last = losses.slice(budget - ipe);
					expect(v.spread).toEqual({ lo: Math.min(...last), hi: Math.max(...last) });
				}
			)
		);
	});

	test('340 updates an epoch for 100 epochs: 600 points at most', () => {
		const t = new BatchTrace(340, 34_000);
		t.add(new Float32Array(34_000).fill(0.5));
		expect(t.view().x.length).toBeLessThanOrEqual(600);
		expect(t.view().stride).toBe(57);
	});

	test('the path clips at the top of the chart and breaks where a loss is not finite', () => {
		const d = batchPath(
			{ x: Float64Array.of(0, 1, 2, 3), y: Float64Array.of(0.5, 9, NaN, 0.25) },
			(v) => v * 10,
			(v) => 100 - v * 100,
			1
		);
		expect(d).toBe('M0.0 50.0L10.0 0.0M30.0 75.0');
	});
});

describe('the readout after early stopping', () => {
	const best = {
		epoch: 10,
		iteration: 100,
		trainLoss: 0.054,
		trainAccuracy: 1,
		valLoss: 0.1356,
		valAccuracy: 0.95
	};
	const snap = {
		status: 'done',
		divergedAt: null,
		epoch: 30,
		iterationInEpoch: 0,
		iteration: 300,
		iterationsPerEpoch: 10,
		epochs: 100,
		lr: 2,
		rateChanges: [],
		stopped: { at: 30, best }
	} as unknown as TrainerSnapshot;
	const history = [0, 10, 30].map((epoch) => ({
		...best,
		epoch,
		valLoss: epoch === 10 ? best.valLoss : 0.3,
		trainLoss: 0.01
	}));

	test('names the stop, the restored epoch and its numbers, in both languages', () => {
		const en = readoutText(strings.en, snap, history, false);
		expect(en).toContain(
			'Stopped at epoch 30 of 100: no lower validation loss for 20 epochs. The weights are back to those of epoch 10. Loss: training 0.054, validation 0.136;'
		);
		expect(en).toContain('Lowest validation loss at epoch 10 (0.136).');
		expect(stateLabel(strings.en, snap, false)).toBe('stopped early');
		// The key a print still waits for (scripts/printStills.mjs): an end, the label's own.
		expect(runState(snap, false)).toBe('stopped');
		const zh = readoutText(strings['zh-TW'], snap, history, false);
		expect(zh).toContain(
			'在第 30 / 100 代停止：驗證損失已經 20 代沒有再降低。權重回到第 10 代的樣子。'
		);
		// Stopped at the budget, there is no patience to tell.
		const atEnd = { ...snap, stopped: { at: 100, best } } as TrainerSnapshot;
		expect(readoutText(strings.en, atEnd, history, false)).toContain(
			'Stopped at epoch 100 of 100. The weights'
		);
		expect(stateLabel(strings.en, atEnd, false)).toBe('finished');
		expect(runState(atEnd, false)).toBe('done');
	});

	test('beside the steps the numbers show and the state is for a screen reader: together, the sentence', () => {
		const { numbers, more } = readoutParts(strings.en, snap, history, false);
		expect(numbers).toContain('The weights are back to those of epoch 10.');
		expect(numbers).toContain('Lowest validation loss at epoch 10 (0.136).');
		expect(numbers).not.toContain('stopped early');
		expect(more).toContain('stopped early');
		expect(readoutText(strings.en, snap, history, false)).toBe(`${numbers} ${more}`);
	});
});
