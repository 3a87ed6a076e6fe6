import type { EngineMethod, RequestOf } from './protocol';

/**
 * How long the worker may legitimately stay silent for one request, in milliseconds, on a slow
 * machine. Almost every handler answers well within 50 ms (see bench/), so it counts nothing;
 * only those that can run long (the trainer's and the lab's) say how long. The liveness watchdog (client.ts) adds this to
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
	if (method === 'labTrain') {
		// Training stops after the epoch in which budgetMs ran out; one epoch of 5000 pictures
		// with 64 hidden units takes about 1.5 s on a slow machine, then the snapshot.
		const budget = (req as RequestOf<'labTrain'>)?.budgetMs;
		return (typeof budget === 'number' && Number.isFinite(budget) ? budget : 2000) + 3000;
	}
	if (method === 'labOpen') {
		// Turning the bytes into inputs and measuring the untrained network on every picture:
		// about 0.4 ms a picture with 64 hidden units on a slow machine.
		const labels = (req as RequestOf<'labOpen'>)?.labels;
		const n = labels instanceof Uint8Array ? labels.length : 0;
		return 500 + 0.4 * n;
	}
	return 0;
}
