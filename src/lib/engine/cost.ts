import type { EngineMethod, RequestOf } from './protocol';

/**
 * How long the worker may legitimately stay silent for one request, in milliseconds, on a slow
 * machine. Almost every handler answers well within 50 ms (see bench/), so it counts nothing;
 * only the two that can run long say how long. The liveness watchdog (client.ts) adds this to
 * its grace, so a long computation is not taken for a dead worker: the worker cannot answer a
 * heartbeat while it computes.
 */
export function expectedSilenceMs<M extends EngineMethod>(method: M, req: RequestOf<M>): number {
	if (method === 'trainerStep') {
		// A step stops itself after budgetMs, then draws a snapshot (tens of ms).
		const budget = (req as RequestOf<'trainerStep'>)?.budgetMs;
		return typeof budget === 'number' && Number.isFinite(budget) ? budget + 200 : 2200;
	}
	if (method === 'trainerOpen') {
		// Parsing an uploaded CSV grows with its length: allow 2 µs a character (1 MB: 2 s).
		const data = (req as RequestOf<'trainerOpen'>)?.data;
		const chars = data?.source === 'csv' && typeof data.text === 'string' ? data.text.length : 0;
		return 300 + chars / 500;
	}
	return 0;
}
