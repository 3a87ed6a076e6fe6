import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '$lib/ui/idle';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('whenIdle', () => {
	it('waits for the browser to be idle, with the timeout given, and can be cancelled', () => {
		const asked: { fn: () => void; timeout?: number }[] = [];
		const cancelled: number[] = [];
		vi.stubGlobal('requestIdleCallback', (fn: () => void, opts: { timeout?: number }) => {
			asked.push({ fn, timeout: opts.timeout });
			return asked.length;
		});
		vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
		const fn = vi.fn();
		const cancel = whenIdle(fn, 2000);
		expect(asked).toHaveLength(1);
		expect(asked[0].timeout).toBe(2000);
		expect(fn).not.toHaveBeenCalled();
		asked[0].fn();
		expect(fn).toHaveBeenCalledOnce();
		cancel();
		expect(cancelled).toEqual([1]);
	});

	it('without requestIdleCallback, runs after a second at most, and not once cancelled', () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers();
		const soon = vi.fn();
		whenIdle(soon, 4000);
		vi.advanceTimersByTime(999);
		expect(soon).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(soon).toHaveBeenCalledOnce();

		const quick = vi.fn();
		whenIdle(quick, 300);
		vi.advanceTimersByTime(300);
		expect(quick).toHaveBeenCalledOnce();

		const never = vi.fn();
		whenIdle(never, 500)();
		vi.advanceTimersByTime(5000);
		expect(never).not.toHaveBeenCalled();
	});
});
