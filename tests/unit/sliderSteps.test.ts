import { describe, expect, it } from 'vitest';
import { nextValue } from '$lib/ui/sliderSteps';

const rate = { min: 0.001, max: 3, step: 0.01, log: true };

describe('slider − / + buttons', () => {
	it('walk a log slider along 1–2–5 and land on 0.1 and 0.5 from where a finger leaves it', () => {
		expect(nextValue(0.0999, 1, rate)).toBe(0.1);
		expect(nextValue(0.1, 1, rate)).toBe(0.2);
		expect(nextValue(0.2, 1, rate)).toBe(0.5);
		expect(nextValue(0.496, 1, rate)).toBe(0.5);
		expect(nextValue(0.5, -1, rate)).toBe(0.2);
		expect(nextValue(2, 1, rate)).toBe(3);
		expect(nextValue(3, 1, rate)).toBe(3);
		expect(nextValue(0.001, -1, rate)).toBe(0.001);
		expect(nextValue(0.0015, -1, rate)).toBe(0.001);
	});

	it('step a linear slider by its step, back onto the grid from a typed value', () => {
		const start = { min: -3, max: 3, step: 0.05, log: false };
		expect(nextValue(-2.5, 1, start)).toBe(-2.45);
		expect(nextValue(0.12, 1, start)).toBe(0.15);
		expect(nextValue(0.12, -1, start)).toBe(0.1);
		expect(nextValue(2.98, 1, start)).toBe(3);
		expect(nextValue(-3, -1, start)).toBe(-3);
	});
});
