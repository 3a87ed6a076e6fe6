import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { api } from '$lib/engine/api';
import { runKinds } from '$lib/math/ids';
import {
	challenges,
	deeperValley,
	everyClass,
	isChallengeId,
	judge,
	lossRecover,
	neuronOutput,
	stopAtBest,
	twoUpdates,
	valleyLimit
} from '$lib/widgets/challenges/checks';
import type {
	LabSummary,
	LossPanelSummary,
	NeuronSummary,
	Surface3DSummary,
	TrainerSummary
} from '$lib/widgets/challenges/summary';
import { MAX_STEPS } from '$lib/widgets/surface3d/state';

const base = { key: 'k', settled: true };
const neuron = (o: Partial<NeuronSummary>): NeuronSummary => ({
	...base,
	widget: 'neuron',
	mode: 'forward',
	act: 'sigmoid',
	yHat: 0.5,
	loss: 0.1,
	losses: [0.1],
	...o
});
const ball = (o: Partial<Surface3DSummary>): Surface3DSummary => ({
	...base,
	widget: 'surface3d',
	surface: 'valley',
	optimizer: 'gd',
	lr: 0.05,
	start: [-2.7, 1.2],
	kind: 'converged',
	local: false,
	since: 100,
	...o
});
const pair = (o: Partial<LossPanelSummary>): LossPanelSummary => ({
	...base,
	widget: 'losspanel',
	epochs: 5,
	start: { mse: 0.03, bce: 0.03 },
	end: { mse: 0.03, bce: 0.97 },
	...o
});
const trainer = (o: Partial<TrainerSummary>): TrainerSummary => ({
	...base,
	widget: 'trainer',
	epoch: 12,
	bestEpoch: 11,
	earlyStopped: false,
	...o
});
const lab = (o: Partial<LabSummary>): LabSummary => ({
	...base,
	widget: 'lab',
	names: ['cat', 'dog'],
	epoch: 50,
	valAccuracy: [0.95, 0.9],
	...o
});

describe('lesson 2: the neuron’s output at least 0.9', () => {
	it('passes at 0.9 and above with a sigmoid, not below or with another activation', () => {
		expect(neuronOutput(neuron({ yHat: 0.9 }), 'en')?.done).toBe(true);
		expect(neuronOutput(neuron({ yHat: 0.8999 }), 'en')).toMatchObject({ done: false });
		expect(neuronOutput(neuron({ yHat: 0.95, act: 'relu' }), 'en')?.done).toBe(false);
		expect(neuronOutput(neuron({ yHat: 0.909 }), 'en')?.text).toBe(
			'Done! ŷ = 0.909, at least 0.9.'
		);
		expect(neuronOutput(neuron({ yHat: 0.75 }), 'zh-TW')?.text).toBe(
			'還沒：ŷ = 0.75，還不到 0.9。'
		);
	});
});

describe('lesson 3: recover within 5 epochs', () => {
	it('passes when a loss reaches 90% within 5 epochs from a confidently wrong start', () => {
		expect(lossRecover(pair({}), 'en')?.text).toMatch(/^Done! Within 5 epochs cross-entropy/);
		expect(lossRecover(pair({ end: { mse: 0.03, bce: 0.9 } }), 'en')?.done).toBe(true);
		expect(lossRecover(pair({ end: { mse: 0.03, bce: 0.8999 } }), 'en')?.done).toBe(false);
		expect(lossRecover(pair({ epochs: 6 }), 'en')?.done).toBe(false);
		expect(lossRecover(pair({ start: { mse: 0.5, bce: 0.5 } }), 'en')?.done).toBe(false);
	});
});

describe('lesson 4: the deeper valley', () => {
	it('passes only at rest in the global minimum of the two wells, by plain descent', () => {
		const wells = { surface: 'twoWells' };
		expect(deeperValley(ball({ ...wells }), 'en')?.done).toBe(true);
		expect(deeperValley(ball({ ...wells, local: true }), 'en')?.done).toBe(false);
		expect(deeperValley(ball({ ...wells, kind: 'converging' }), 'en')?.done).toBe(false);
		expect(deeperValley(ball({ ...wells, optimizer: 'adam' }), 'en')?.done).toBe(false);
		expect(deeperValley(ball({}), 'en')?.done).toBe(false);
	});
});

describe('lesson 5: the largest rate that converges on the valley', () => {
	it('accepts a converging η from 0.095, never a rate that does not converge', () => {
		expect(valleyLimit(ball({ lr: 0.095 }), 'en')?.done).toBe(true);
		expect(valleyLimit(ball({ lr: 0.0999 }), 'en')?.done).toBe(true);
		expect(valleyLimit(ball({ lr: 0.0949 }), 'en')?.text).toBe(
			'Not yet: η = 0.0949 converges, but a larger rate still would.'
		);
		expect(valleyLimit(ball({ lr: 0.11, kind: 'diverged' }), 'en')?.done).toBe(false);
		expect(valleyLimit(ball({ lr: 0.0999, kind: 'oscillating' }), 'en')?.done).toBe(false);
		expect(valleyLimit(ball({ lr: 0.099, surface: 'bowl' }), 'en')?.done).toBe(false);
	});

	it('property: done exactly when the widget says converged and η ≥ 0.095', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.001, max: 1, noNaN: true }),
				fc.constantFrom(...runKinds),
				(lr, kind) => {
					const v = valleyLimit(ball({ lr, kind }), 'en');
					expect(v?.done ?? false).toBe(kind === 'converged' && lr >= 0.095);
				}
			)
		);
	});

	it('is reachable: the worker says η = 0.095 and 0.099 converge in the widget’s steps, 0.101 not', async () => {
		const verdict = async (lr: number) => {
			const a = await api.descendLandscape({
				surface: 'valley',
				optimizer: { id: 'gd', lr },
				start: [-2.7, 1.2],
				maxSteps: MAX_STEPS
			});
			if (!a.ok) throw new Error(a.error.message);
			return runKinds[a.value.states.kinds[a.value.steps]];
		};
		expect(await verdict(0.095)).toBe('converged');
		expect(await verdict(0.099)).toBe('converged');
		expect(await verdict(0.101)).toBe('diverged');
	});
});

describe('lesson 6: below 0.02 in two updates', () => {
	const full = { mode: 'full' as const };
	it('passes with one or two updates from above 0.07 to below 0.02', () => {
		expect(
			twoUpdates(neuron({ ...full, losses: [0.0723, 0.0244, 0.0154], loss: 0.0154 }), 'en')?.done
		).toBe(true);
		expect(twoUpdates(neuron({ ...full, losses: [0.0723, 0.02], loss: 0.02 }), 'en')?.done).toBe(
			false
		);
		expect(
			twoUpdates(neuron({ ...full, losses: [0.0723, 0.05, 0.03, 0.01], loss: 0.01 }), 'en')?.done
		).toBe(false);
		expect(twoUpdates(neuron({ ...full, losses: [0.06, 0.01], loss: 0.01 }), 'en')?.done).toBe(
			false
		);
		expect(twoUpdates(neuron({ ...full, losses: [0.0723], loss: 0.0723 }), 'en')).toBeNull();
		expect(twoUpdates(neuron({ losses: [0.0723, 0.01], loss: 0.01 }), 'en')?.done).toBe(false);
	});

	it('is reachable only with a larger rate: the worker’s losses at η = 0.5 and 2', async () => {
		const losses = async (lr: number) => {
			const setup = { x: [1.5, 0], w: [0.8, 0], b: -0.2, y: 1, lr };
			const a = await api.neuronTrain({
				setup: { ...setup, activation: 'sigmoid', loss: 'mse' },
				cycles: 2
			});
			if (!a.ok) throw new Error(a.error.message);
			return Array.from(a.value.losses);
		};
		for (const [lr, done] of [
			[0.5, false],
			[2, true]
		] as const) {
			const l = await losses(lr);
			const s = neuron({ mode: 'full', losses: l, loss: l[l.length - 1] });
			expect(twoUpdates(s, 'en')?.done).toBe(done);
		}
	});
});

describe('lesson 7: pause 1 to 3 epochs after the lowest validation loss', () => {
	it('passes 1, 2 or 3 epochs late, not on the lowest epoch itself, later, or by early stopping', () => {
		for (const epoch of [12, 13, 14]) expect(stopAtBest(trainer({ epoch }), 'en')?.done).toBe(true);
		expect(stopAtBest(trainer({ epoch: 11 }), 'en')?.done).toBe(false);
		expect(stopAtBest(trainer({ epoch: 15 }), 'en')?.done).toBe(false);
		expect(stopAtBest(trainer({ epoch: 31, earlyStopped: true }), 'en')?.done).toBe(false);
		expect(stopAtBest(trainer({ epoch: 0, bestEpoch: null }), 'en')).toBeNull();
	});
});

describe('lesson 8: every class at 90% validation accuracy', () => {
	it('passes only when each class has validation pictures and 90% or more', () => {
		expect(everyClass(lab({}), 'en')?.text).toBe(
			'Done! Every class is at 90% or more: cat 95%, dog 90%.'
		);
		expect(everyClass(lab({ valAccuracy: [1, 0.899] }), 'en')?.done).toBe(false);
		expect(everyClass(lab({ valAccuracy: [1, null] }), 'en')?.done).toBe(false);
		expect(everyClass(lab({ epoch: 0 }), 'en')).toBeNull();
	});
});

describe('judge', () => {
	it('reads only the widget each challenge names', () => {
		expect(judge('lr-valley-limit', neuron({ yHat: 0.99 }), 'en')).toBeNull();
		expect(judge('neuron-output', neuron({ yHat: 0.99 }), 'en')?.done).toBe(true);
		expect(Object.keys(challenges)).toHaveLength(7);
	});
});

describe('lessons 2 to 8', () => {
	const root = 'content/lessons';
	const tags = (md: string) =>
		[...md.matchAll(/<Challenge\b([^>]*?)\/>/g)].map((m) => ({
			id: /\bid="([^"]+)"/.exec(m[1])?.[1] ?? '',
			widget: /\bwidget="([^"]+)"/.exec(m[1])?.[1] ?? '',
			goal: /\bgoal="([^"]+)"/.exec(m[1])?.[1] ?? '',
			hint: /\bhint="([^"]+)"/.exec(m[1])?.[1] ?? ''
		}));
	const folders = readdirSync(root).filter((f) => /^0[2-8]-/.test(f));

	it('each end a section with a challenge, the same ids in both languages, each checked', () => {
		expect(folders).toHaveLength(7);
		const seen: string[] = [];
		for (const folder of folders) {
			const en = tags(readFileSync(join(root, folder, 'en.md'), 'utf8'));
			const zh = tags(readFileSync(join(root, folder, 'zh-TW.md'), 'utf8'));
			expect(en.length, folder).toBeGreaterThanOrEqual(1);
			expect(zh.map((c) => [c.id, c.widget])).toEqual(en.map((c) => [c.id, c.widget]));
			for (const c of [...en, ...zh]) {
				expect(isChallengeId(c.id), c.id).toBe(true);
				if (isChallengeId(c.id)) expect(c.widget).toBe(challenges[c.id].widget);
				expect(c.goal.length, c.id).toBeGreaterThan(10);
				expect(c.hint.length, c.id).toBeGreaterThan(5);
			}
			seen.push(...en.map((c) => c.id));
		}
		expect(new Set(seen).size).toBe(seen.length);
		expect([...seen].sort()).toEqual(Object.keys(challenges).sort());
	});
});
