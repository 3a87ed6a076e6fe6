/**
 * Runs `fn` once the browser is idle, at the latest after `timeout` ms (browsers without
 * requestIdleCallback: after a second, or `timeout` if sooner). Returns a function that cancels.
 */
export function whenIdle(fn: () => void, timeout: number): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(fn, { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(fn, Math.min(timeout, 1000));
	return () => clearTimeout(id);
}
