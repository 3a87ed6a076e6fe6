import { describe, expect, test, vi } from 'vitest';
import { withRate } from '$lib/widgets/lab/course';
import { LabFollow } from '$lib/widgets/lab/follow.svelte';
import type { LabProject } from '$lib/widgets/lab/project.svelte';
import { LabRun, type LabRunSettings } from '$lib/widgets/lab/run.svelte';
import { labPictures } from './labPictures';

// The engine's handlers in Node stand in for the worker: each window's run has its own session.
vi.mock('$lib/engine/client', async () => {
	const { api } = await import('$lib/engine/api');
	let channels = 0;
	const handlers = api as unknown as Record<string, (req: unknown) => Promise<unknown>>;
	return {
		channelId: (prefix: string) => `${prefix}-${++channels}`,
		engine: () => ({ call: (name: string, req: unknown) => handlers[name](req) })
	};
});

describe("the lab run's course of rates", () => {
	test('starts at epoch 0, adds a stretch at a later epoch, replaces one never trained at', () => {
		const start = withRate([], 0, 0.001);
		expect(start).toEqual([{ at: 0, lr: 0.001 }]);
		expect(withRate(start, 0, 0.01)).toEqual([{ at: 0, lr: 0.01 }]);
		const two = withRate(start, 3, 0.01);
		expect(two).toEqual([
			{ at: 0, lr: 0.001 },
			{ at: 3, lr: 0.01 }
		]);
		expect(withRate(two, 3, 0.02)).toEqual([
			{ at: 0, lr: 0.001 },
			{ at: 3, lr: 0.02 }
		]);
		// Back to the rate before, with no epoch between: as if it had never changed.
		expect(withRate(two, 3, 0.001)).toEqual(start);
		expect(withRate(two, 5, 0.01)).toEqual(two);
	});
});

describe('a talk: the audience follows the lab run of the presenter', () => {
	const { pixels, labels } = labPictures([14, 14], 2, 20);
	const data = { pixels, labels, classes: 2 };
	const settings: LabRunSettings = { epochs: 20, batchSize: 16, lr: 0.001, valFraction: 0.15 };
	const project = { revision: 1, fingerprint: () => 'pictures' } as unknown as LabProject;
	const reload = async () => {};

	/** A run trained `epochs` epochs at `lr` from the start. */
	async function straight(lr: number, epochs: number) {
		const run = new LabRun();
		await run.open(data, { ...settings, lr }, 1);
		await run.trainTo(epochs);
		return run;
	}

	test('a rate changed mid-run: the audience trains the same course to the same numbers', async () => {
		const presenter = new LabRun();
		await presenter.open(data, settings, 1);
		await presenter.trainTo(3);
		await presenter.setRate(0.01);
		await presenter.trainTo(6);
		expect(presenter.course).toEqual([
			{ at: 0, lr: 0.001 },
			{ at: 3, lr: 0.01 }
		]);
		const sent = new LabFollow({ run: presenter, project, reload, open: async () => true }).state;
		expect(sent.k).toBe(6);
		expect(sent.rates).toEqual(presenter.course);

		// The audience's settings already hold the presenter's newest rate, as a talk sends them.
		const audience = new LabRun();
		const follow = new LabFollow({
			run: audience,
			project,
			reload,
			open: (lr) => audience.open(data, { ...settings, lr: lr ?? 0.01 }, 1)
		});
		follow.follow(structuredClone(sent));
		await vi.waitFor(() => expect(audience.snap?.epoch).toBe(6), { timeout: 10_000 });
		await vi.waitFor(() => expect(audience.course).toEqual(presenter.course));
		expect(audience.history).toEqual(presenter.history);
		expect(audience.snap!.lr).toBe(0.01);

		// Neither rate alone gives those numbers: the course is what the audience had to follow.
		for (const lr of [0.001, 0.01]) {
			const alone = await straight(lr, 6);
			expect(alone.history.at(-1)).not.toEqual(presenter.history.at(-1));
		}
	});

	test('the presenter goes on and changes rate again: the audience trains on from where it is', async () => {
		const presenter = new LabRun();
		await presenter.open(data, settings, 1);
		await presenter.trainTo(2);
		const audience = new LabRun();
		const opened = vi.fn((lr?: number) => audience.open(data, { ...settings, lr: lr ?? 0.03 }, 1));
		const follow = new LabFollow({ run: audience, project, reload, open: opened });
		const presenterState = () =>
			structuredClone(new LabFollow({ run: presenter, project, reload, open: opened }).state);
		follow.follow(presenterState());
		await vi.waitFor(() => expect(audience.snap?.epoch).toBe(2), { timeout: 10_000 });
		await presenter.setRate(0.03);
		await presenter.trainTo(4);
		await presenter.setRate(0.005);
		await presenter.trainTo(5);
		follow.follow(presenterState());
		await vi.waitFor(() => expect(audience.snap?.epoch).toBe(5), { timeout: 10_000 });
		await vi.waitFor(() => expect(audience.course).toEqual(presenter.course));
		expect(audience.history).toEqual(presenter.history);
		// Opened once, at the first rate: the rest was trained on, not started again.
		expect(opened.mock.calls).toEqual([[0.001]]);
	});
});
