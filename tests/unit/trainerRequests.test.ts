import { describe, expect, test } from 'vitest';
import { dataRequest, settingsRequest } from '../../src/lib/widgets/trainer/requests';
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
