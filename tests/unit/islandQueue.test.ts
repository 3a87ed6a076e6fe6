import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hydrateSoon } from '../../src/lib/ui/islandQueue';

// In Node there is no IntersectionObserver: islands go in page (registration) order.
const host = () => ({}) as Element;

describe('islandQueue', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('hydrates nothing at once, then every island in order in later tasks', () => {
		const order: number[] = [];
		for (let i = 0; i < 5; i++) hydrateSoon(host(), () => order.push(i));
		expect(order).toEqual([]);
		vi.runAllTimers();
		expect(order).toEqual([0, 1, 2, 3, 4]);
	});

	it('yields between islands once a task has used its time budget', () => {
		const order: number[] = [];
		let now = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => now);
		// Each island takes 3 ms; the budget is 4 ms, so a task hydrates two of them.
		for (let i = 0; i < 5; i++)
			hydrateSoon(host(), () => {
				now += 3;
				order.push(i);
			});
		vi.advanceTimersToNextTimer();
		expect(order).toEqual([0, 1]);
		vi.advanceTimersToNextTimer();
		expect(order).toEqual([0, 1, 2, 3]);
		vi.runAllTimers();
		expect(order).toEqual([0, 1, 2, 3, 4]);
		vi.restoreAllMocks();
	});

	it('drops an island whose component went away before its turn', () => {
		const ran: string[] = [];
		hydrateSoon(host(), () => ran.push('kept'));
		const cancel = hydrateSoon(host(), () => ran.push('dropped'));
		cancel();
		vi.runAllTimers();
		expect(ran).toEqual(['kept']);
	});
});
