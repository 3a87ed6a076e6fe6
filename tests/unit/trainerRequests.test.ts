import { describe, expect, test } from 'vitest';
import { api } from '$lib/engine/api';
import { dataRequest, dataToSend, settingsRequest } from '../../src/lib/widgets/trainer/requests';
import { trainerCodec } from '../../src/lib/widgets/trainer/state';

const defaults = { ...trainerCodec.defaults };

describe('what the trainer asks the engine for', () => {
	test('a run takes the settings, with batches of one in "one example at a time"', () => {
		const full = settingsRequest({ ...defaults, mode: 'full', batch: 16, lr: 0.3 });
		expect(full).toMatchObject({ batchSize: 16, lr: 0.3, seed: defaults.seed });
		expect(settingsRequest({ ...defaults, mode: 'one', batch: 16 }).batchSize).toBe(1);
	});

	test("the reader's file wins over the built-in data, with the same split and seed", () => {
		const s = { ...defaults, split: 0.3, seed: 7 };
		expect(dataRequest(s, null)).toEqual({
			source: 'builtin',
			variant: s.data,
			valFraction: 0.3,
			seed: 7
		});
		expect(dataRequest(s, { text: 'a,b\n1,2' })).toEqual({
			source: 'csv',
			text: 'a,b\n1,2',
			valFraction: 0.3,
			seed: 7
		});
	});
});

describe('a run opened while the one before it waits for its new data', () => {
	const settings = settingsRequest({ ...defaults, epochs: 2 });
	const fair = dataRequest({ ...defaults, data: 'fair' }, null);
	const biased = dataRequest({ ...defaults, data: 'biased' }, null);

	test('the worker sends no data for a run opened without asking for it', async () => {
		// Two opens in a row, as a step's new data then another step's new epochs: the page drops
		// the first answer (a newer run replaced it), so only the second could bring the data.
		await api.trainerOpen({ session: 'race', settings, data: biased, grid: 5 });
		const second = await api.trainerOpen({ session: 'race', settings, grid: 5 });
		expect(second.ok && second.value.kind === 'ready' && second.value.data).toBeNull();
	});

	test('so it sends again the data that the run it replaces asked for', () => {
		// With data already shown (fair), and biased asked for but unanswered.
		expect(dataToSend(undefined, biased, true, fair)).toBe(biased);
		// Before any data came at all.
		expect(dataToSend(undefined, undefined, false, fair)).toBe(fair);
		// Nothing new, data shown: the worker keeps what it has.
		expect(dataToSend(undefined, undefined, true, fair)).toBeUndefined();
		// A run's own new data comes first.
		expect(dataToSend(fair, biased, true, fair)).toBe(fair);
	});
});
