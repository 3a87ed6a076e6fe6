import { describe, expect, test } from 'vitest';
import type { EpochMetrics } from '../../src/lib/engine/trainerProtocol';
import { fieldPixels, polylinesPath } from '../../src/lib/widgets/trainer/boundary';
import { epochSeries, lowestValLoss } from '../../src/lib/widgets/trainer/chart';
import { plotScales, seriesPath } from '../../src/lib/widgets/kit/chart/scales';
import { faceGeometry } from '../../src/lib/widgets/trainer/picture';
import { trainerCodec } from '../../src/lib/widgets/trainer/state';

const metrics = (epoch: number, valLoss: number, trainLoss = valLoss): EpochMetrics => ({
	epoch,
	iteration: epoch * 22,
	trainLoss,
	trainAccuracy: 0.9,
	valLoss,
	valAccuracy: 0.8
});

describe('trainer settings codec', () => {
	test('a link is read, bad values are reported and the last good value stays', () => {
		const { state, notes } = trainerCodec.parse(
			new URLSearchParams('lr=3&batch=32&data=biased&mode=one&hidden=2.5&epochs=9999&model=cnn')
		);
		expect([state.lr, state.batch, state.data, state.mode]).toEqual([3, 32, 'biased', 'one']);
		expect(state.hidden).toBe(trainerCodec.defaults.hidden);
		expect(state.epochs).toBe(trainerCodec.defaults.epochs);
		expect(state.model).toBe(trainerCodec.defaults.model);
		expect(notes.map((n) => n.key).sort()).toEqual(['epochs', 'hidden', 'model']);
	});

	test('serialize then parse gives the same state', () => {
		const s = { ...trainerCodec.defaults, lr: 0.05, split: 0.2, optimizer: 'adam' as const };
		const params = new URLSearchParams(trainerCodec.serialize(s));
		expect(trainerCodec.parse(params).state).toEqual(s);
	});

	test('defaults: 15% validation, batch 16, fair data', () => {
		const d = trainerCodec.defaults;
		expect([d.split, d.batch, d.data, d.mode]).toEqual([0.15, 16, 'fair', 'full']);
	});
});

describe('per-epoch charts', () => {
	const history = [metrics(0, 0.7), metrics(1, 0.4), metrics(2, 0.3), metrics(3, 0.35)];
	const frame = { width: 300, height: 200, margin: { top: 10, right: 10, bottom: 30, left: 40 } };

	test('the lowest validation loss is marked at its epoch, never at epoch 0', () => {
		expect(lowestValLoss(history)?.epoch).toBe(2);
		expect(lowestValLoss([metrics(0, 0.1), metrics(1, 0.5)])?.epoch).toBe(1);
		expect(lowestValLoss([metrics(0, 0.1)])).toBeNull();
	});

	test('loss runs from 0 to above its largest value, accuracy from 0 to 1, slot e is epoch e', () => {
		const loss = epochSeries(history, 'loss');
		expect(loss.top).toBeGreaterThanOrEqual(0.7);
		expect(Array.from(loss.val)).toEqual(history.map((h) => h.valLoss));
		expect(epochSeries(history, 'accuracy').top).toBe(1);
		const gap = epochSeries([metrics(0, 0.7), metrics(2, 0.3)], 'loss');
		expect(Number.isNaN(gap.val[1])).toBe(true);
	});

	test('a rising loss stays on the chart; non-finite epochs leave gaps', () => {
		const rising = [metrics(0, 0.7), metrics(1, 5), metrics(2, 40), metrics(3, NaN)];
		const series = epochSeries(rising, 'loss');
		expect(series.top).toBeGreaterThanOrEqual(40);
		const { width, height, margin } = frame;
		const s = plotScales(width, height, margin, [0, 10], [0, series.top]);
		const d = seriesPath(s, series.val);
		expect(d.match(/[ML]/g)?.length).toBe(3);
	});
});

describe('decision boundary drawing', () => {
	// P = x₀ on a 5 × 5 grid: the boundary P = 0.5 is the vertical line x₀ = 0.5.
	const n = 5;
	const grid = Float32Array.from({ length: n * n }, (_, k) => (k % n) / (n - 1));

	test('the worker’s packed polylines become one path, a move at each new line', () => {
		const packed = Float32Array.from([0, 0, 0.5, 0.5, NaN, NaN, 1, 0, 1, 1, 0.5, 1]);
		const d = polylinesPath(
			packed,
			(u) => 100 * u,
			(v) => 50 - 50 * v
		);
		expect(d).toBe('M0.0,50.0L50.0,25.0M100.0,50.0L100.0,0.0L50.0,0.0');
		expect(polylinesPath(new Float32Array(0), Number, Number)).toBe('');
	});

	test('the tint favours the likelier class, stronger where the model is surer', () => {
		const px = fieldPixels(grid, n, [255, 0, 0], [0, 0, 255]);
		// Top row of the image is feature 1 = 1; its first pixel sits at x₀ = 0 (sure class 0).
		expect([px[0], px[2]]).toEqual([255, 0]);
		const last = (n - 1) * 4;
		expect([px[last], px[last + 2]]).toEqual([0, 255]);
		expect(px[3]).toBeGreaterThan(px[4 + 3]);
	});
});

describe('animal pictures', () => {
	test('pointy ears stand up, low ones hang; longer snouts reach lower', () => {
		const cat = faceGeometry([0.9, 0.2, 0.1, 0.5]);
		const dog = faceGeometry([0.2, 0.8, 0.1, 0.5]);
		expect(cat.ear.hanging).toBe(false);
		expect(dog.ear.hanging).toBe(true);
		expect(dog.snout.ry).toBeGreaterThan(cat.snout.ry);
		expect(dog.snout.cy + dog.snout.ry).toBeGreaterThan(cat.snout.cy + cat.snout.ry);
	});
});
