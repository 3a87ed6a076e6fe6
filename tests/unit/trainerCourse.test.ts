import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { api } from '../../src/lib/engine/api';
import type { TrainerSnapshot } from '../../src/lib/engine/trainerProtocol';
import { mlpSettings } from './trainerSettings';
import type { RateFrom } from '../../src/lib/ui/slideMode';
import { courseOf, nextMove, type RunAt } from '../../src/lib/widgets/trainer/course';

// A talk's audience window shows the presenter's trainer by training the same way: these check
// that following the moves reaches the presenter's run, as a course and as numbers.

/** What the worker does with each move (see Trainer.setRate: a change before the first update
 * replaces the starting rate; two at one update fold into one). */
function apply(mine: RunAt, move: ReturnType<typeof nextMove>): RunAt {
	if (move.kind === 'reopen') return { iteration: 0, course: [{ at: 0, lr: move.lr }] };
	if (move.kind === 'train') return { ...mine, iteration: mine.iteration + move.count };
	if (move.kind !== 'rate') return mine;
	const course = mine.course.map((r) => ({ ...r }));
	const last = course[course.length - 1];
	if (mine.iteration === 0) course[0] = { at: 0, lr: move.lr };
	else if (last.at === mine.iteration) last.lr = move.lr;
	else course.push({ at: mine.iteration, lr: move.lr });
	return { ...mine, course };
}

const rate = fc.constantFrom(0.05, 0.1, 0.5, 1, 2);
/** A course as a run records it: starting at 0, each later change at a later update. */
const course = fc
	.tuple(rate, fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), rate), { maxLength: 5 }))
	.map(([start, steps]) => {
		const out: RateFrom[] = [{ at: 0, lr: start }];
		let at = 0;
		for (const [gap, lr] of steps) {
			at += gap;
			if (lr !== out[out.length - 1].lr) out.push({ at, lr });
		}
		return out;
	});
const runAt = fc
	.tuple(course, fc.integer({ min: 0, max: 30 }))
	.map(([c, extra]) => ({ course: c, iteration: c[c.length - 1].at + extra }));

describe('following another window’s training run', () => {
	test('the course of a run: its starting rate, then each change', () => {
		expect(courseOf(0.3, [])).toEqual([{ at: 0, lr: 0.3 }]);
		const change = { epoch: 0, iterationInEpoch: 7, iteration: 7, from: 0.5, lr: 2 };
		expect(courseOf(2, [change])).toEqual([
			{ at: 0, lr: 0.5 },
			{ at: 7, lr: 2 }
		]);
	});

	test('from any run, the moves reach the target’s update along its course, then stop', () => {
		fc.assert(
			fc.property(runAt, runAt, (start, target) => {
				let mine = start;
				for (let i = 0; i < 20; i++) {
					const move = nextMove(mine, { k: target.iteration, rates: target.course });
					if (move.kind === 'done') break;
					if (move.kind === 'train') expect(move.count).toBeGreaterThan(0);
					mine = apply(mine, move);
				}
				expect(mine).toEqual(target);
				expect(nextMove(mine, { k: target.iteration, rates: target.course })).toEqual({
					kind: 'done'
				});
			})
		);
	});

	test('a run already on the target’s course trains on without starting again', () => {
		const rates = [
			{ at: 0, lr: 0.5 },
			{ at: 10, lr: 1 }
		];
		expect(nextMove({ iteration: 4, course: rates.slice(0, 1) }, { k: 30, rates })).toEqual({
			kind: 'train',
			count: 6
		});
		expect(nextMove({ iteration: 10, course: rates.slice(0, 1) }, { k: 30, rates })).toEqual({
			kind: 'rate',
			lr: 1
		});
		expect(nextMove({ iteration: 40, course: rates }, { k: 30, rates })).toEqual({
			kind: 'reopen',
			lr: 0.5
		});
	});

	test('following the moves in a second session reaches the same loss and accuracy', async () => {
		const settings = mlpSettings({ epochs: 20 });
		const data = {
			source: 'builtin' as const,
			variant: 'fair' as const,
			valFraction: 0.15,
			seed: 1
		};
		const open = async (session: string, lr: number) => {
			const r = await api.trainerOpen({ session, data, settings: { ...settings, lr }, grid: 11 });
			if (!r.ok || r.value.kind !== 'ready') throw new Error('open failed');
			return r.value.snapshot;
		};
		const step = async (session: string, unit: 'iteration' | 'epoch', count: number) => {
			const r = await api.trainerStep({
				session,
				unit,
				count,
				budgetMs: 1000,
				since: 0,
				detail: false
			});
			if (!r.ok || r.value.kind !== 'snapshot') throw new Error('step failed');
			return r.value.snapshot;
		};
		const setRate = async (session: string, lr: number) => {
			const r = await api.trainerSetRate({ session, lr });
			if (!r.ok || r.value.kind !== 'rate') throw new Error('rate failed');
			return r.value;
		};
		// The presenter: an epoch, a few updates, a rate dragged twice, two epochs more.
		await open('presenter', 0.5);
		await step('presenter', 'epoch', 1);
		await step('presenter', 'iteration', 5);
		await setRate('presenter', 2);
		await step('presenter', 'iteration', 3);
		await setRate('presenter', 0.1);
		const shown = await step('presenter', 'epoch', 2);
		const target = { k: shown.iteration, rates: courseOf(shown.lr, shown.rateChanges) };

		// The audience: opened at the rate its settings say (the last), then follows the moves.
		let snap: TrainerSnapshot = await open('audience', 0.1);
		for (let i = 0; i < 20; i++) {
			const move = nextMove(
				{ iteration: snap.iteration, course: courseOf(snap.lr, snap.rateChanges) },
				target
			);
			if (move.kind === 'done') break;
			if (move.kind === 'reopen') snap = await open('audience', move.lr);
			else if (move.kind === 'train') snap = await step('audience', 'iteration', move.count);
			else {
				const r = await setRate('audience', move.lr);
				snap = { ...snap, lr: r.lr, rateChanges: r.rateChanges };
			}
		}
		expect(snap.iteration).toBe(shown.iteration);
		expect(snap.epoch).toBe(shown.epoch);
		expect(snap.rateChanges.map((c) => [c.iteration, c.lr])).toEqual([
			[27, 2],
			[30, 0.1]
		]);
		// Every epoch's loss and accuracy, the weights and the counts: the same numbers exactly.
		expect(snap.history).toEqual(shown.history);
		expect(snap.perClass).toEqual(shown.perClass);
		expect(snap.checkpoint.params).toEqual(shown.checkpoint.params);
	});
});
