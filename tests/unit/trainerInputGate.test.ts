import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { InputGate } from '../../src/lib/widgets/trainer/inputGate';

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

const gateAt = (windowMs = 40) => new InputGate(windowMs, () => Date.now());

describe('updates during a drag wait for the next input', () => {
	test('with no drag, an update is shown at once', () => {
		const gate = gateAt();
		const shown: number[] = [];
		gate.run(() => shown.push(1));
		expect(shown).toEqual([1]);
	});

	test('after an input, updates are held and shown, in order, with the next input', () => {
		const gate = gateAt();
		const shown: number[] = [];
		gate.input();
		vi.advanceTimersByTime(5);
		gate.run(() => shown.push(1));
		gate.run(() => shown.push(2));
		expect(shown).toEqual([]);
		vi.advanceTimersByTime(11);
		gate.input();
		expect(shown).toEqual([1, 2]);
	});

	test('held updates are shown once the drag has rested for the window', () => {
		const gate = gateAt(40);
		const shown: number[] = [];
		gate.input();
		vi.advanceTimersByTime(10);
		gate.run(() => shown.push(1));
		vi.advanceTimersByTime(29);
		expect(shown).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(shown).toEqual([1]);
		// The drag is over: the next update goes straight through.
		gate.run(() => shown.push(2));
		expect(shown).toEqual([1, 2]);
	});

	test('an update never overtakes one held before it', () => {
		const gate = gateAt(40);
		const shown: number[] = [];
		gate.input();
		gate.run(() => shown.push(1));
		// The window has passed but the timer has not fired yet: still in order.
		vi.setSystemTime(Date.now() + 50);
		gate.run(() => shown.push(2));
		expect(shown).toEqual([]);
		vi.runOnlyPendingTimers();
		expect(shown).toEqual([1, 2]);
	});

	test('disposed, it forgets what it held', () => {
		const gate = gateAt();
		const shown: number[] = [];
		gate.input();
		gate.run(() => shown.push(1));
		gate.dispose();
		vi.runAllTimers();
		gate.input();
		expect(shown).toEqual([]);
	});

	test('whatever the timing, every update is shown once, in order, at most a window late', () => {
		const step = fc.record({
			wait: fc.integer({ min: 0, max: 60 }),
			kind: fc.constantFrom('input', 'update')
		});
		fc.assert(
			fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
				const gate = gateAt(40);
				const shown: { id: number; late: number }[] = [];
				let id = 0;
				for (const s of steps) {
					vi.advanceTimersByTime(s.wait);
					if (s.kind === 'input') gate.input();
					else {
						const mine = id++;
						const at = Date.now();
						gate.run(() => shown.push({ id: mine, late: Date.now() - at }));
					}
				}
				vi.advanceTimersByTime(40);
				expect(shown.map((s) => s.id)).toEqual([...Array(id).keys()]);
				for (const s of shown) expect(s.late).toBeLessThanOrEqual(40);
				gate.dispose();
			})
		);
	});
});
