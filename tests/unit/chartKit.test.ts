import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { plotScales, seriesPath } from '../../src/lib/widgets/kit/chart/scales';
import { axisTicks, formatTick, roomyTicks } from '../../src/lib/widgets/kit/chart/ticks';

const scale = (lo: number, hi: number) => scaleLinear().domain([lo, hi]);

describe('chart ticks', () => {
	test('round ticks inside the domain, in steps of 1, 2 or 5 × 10ᵏ', () => {
		expect(axisTicks(scale(-3, 3), 5)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
		expect(axisTicks(scale(-6, 6), 5)).toEqual([-6, -4, -2, 0, 2, 4, 6]);
		expect(axisTicks(scale(-1, 3), 5)).toEqual([-1, 0, 1, 2, 3]);
		expect(axisTicks(scale(0, 1), 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
	});

	test('a reversed domain gives the same ticks; counted axes keep whole numbers only', () => {
		expect(axisTicks(scale(3, -1), 5)).toEqual([-1, 0, 1, 2, 3]);
		expect(axisTicks(scale(0, 3), 10, true)).toEqual([0, 1, 2, 3]);
	});

	test('labels keep room between them: every k-th tick, zero kept', () => {
		const ticks = [-1, -0.8, -0.6, -0.4, -0.2, 0];
		// 16 px apart: every other label, counted from zero.
		const px = (v: number) => -v * 80;
		expect(roomyTicks(ticks, px, 18)).toEqual([-0.8, -0.4, 0]);
		expect(roomyTicks(ticks, px, 16)).toEqual(ticks);
		expect(roomyTicks(ticks, px, 40)).toEqual([-0.6, 0]);
		expect(roomyTicks([1, 2, 3, 4, 5], (v) => v * 10, 18)).toEqual([1, 3, 5]);
		expect(roomyTicks([3], (v) => v, 100)).toEqual([3]);
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 12 }),
				fc.double({ min: 1, max: 60, noNaN: true }),
				(n, gap) => {
					const all = Array.from({ length: n }, (_, i) => i - 3);
					const kept = roomyTicks(all, (v) => v * 9, gap);
					const apart = kept.slice(1).map((v, i) => (v - kept[i]) * 9);
					return (
						kept.length >= 1 &&
						apart.every((d) => d >= gap || kept.length === 1) &&
						(!all.includes(0) || kept.includes(0))
					);
				}
			)
		);
	});

	test('labels use a real minus sign and no float noise', () => {
		expect(formatTick(-2)).toBe('\u22122');
		expect(formatTick(-0.5)).toBe('\u22120.5');
		expect(formatTick(0.1 + 0.2)).toBe('0.3');
		expect(formatTick(-0)).toBe('0');
		expect(formatTick(2e-7)).toBe('2e\u22127');
		expect(formatTick(1500)).toBe('1500');
		expect(formatTick(NaN)).toBe('');
		for (const t of axisTicks(scale(-5, 5), 10)) expect(formatTick(t)).not.toMatch(/-/);
	});
});

describe('series paths', () => {
	const margin = { top: 10, right: 10, bottom: 10, left: 10 };
	const s = plotScales(120, 120, margin, [0, 4], [0, 1]);

	test('one point a step, up to the index asked for', () => {
		const values = [0.5, 0.4, 0.3, 0.2, 0.1];
		expect(seriesPath(s, values).match(/[ML]/g)?.length).toBe(5);
		expect(seriesPath(s, values, 2).match(/[ML]/g)?.length).toBe(3);
		expect(seriesPath(s, [])).toBe('');
	});

	test('values above the domain stand at its top; NaN breaks the line unless offTop', () => {
		expect(seriesPath(s, [50, -3])).toBe('M10,10L35,110');
		expect(seriesPath(s, [0.5, NaN, 0.5]).match(/M/g)?.length).toBe(2);
		const off = seriesPath(s, [0.5, Infinity, NaN], 2, true);
		expect(off.match(/M/g)?.length).toBe(1);
		expect(off.match(/,10/g)?.length).toBe(2);
	});
});
