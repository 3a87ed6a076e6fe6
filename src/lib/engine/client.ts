import * as Comlink from 'comlink';
import { ChannelQueue } from './channels';
import { expectedSilenceMs } from './cost';
import type { AnswerOf, EngineApi, EngineError, EngineMethod, RequestOf } from './protocol';

/** What a call gives back: the engine's answer, a client-side failure, or null when stale. */
export type CallAnswer<M extends EngineMethod> =
	AnswerOf<M> | { ok: false; error: EngineError } | null;

type Failure = { ok: false; error: EngineError };

/** One call sent to the worker and not yet answered; sent again to a new worker if one dies. */
interface InFlight {
	method: EngineMethod;
	req: unknown;
	/** Workers this call was sent to: one that kills every worker it meets is given up. */
	sends: number;
	settle: (answer: unknown) => void;
}

/** How the client tells a live worker from a dead one. */
export interface Liveness {
	/** How often a call that waits asks the worker whether it is there. */
	heartbeatMs: number;
	/** Silence, beyond what the calls in the worker may take, after which the worker is dead. */
	graceMs: number;
	/** The same before a new worker has said anything (it still loads its code). */
	startupMs: number;
}

const LIVENESS: Liveness = { heartbeatMs: 250, graceMs: 1000, startupMs: 5000 };
/** A call is sent to at most this many workers; one that kills each of them then fails. */
const MAX_SENDS = 3;

/**
 * The only owner of the engine worker. It starts the worker lazily and in the browser only,
 * and per channel keeps one request in the worker and only the newest one waiting (channels.ts):
 * while a slider is dragged, the requests it skips come back as null and the widget ignores them.
 *
 * A worker can stop without a word: one that calls `self.close()`, is terminated, or has had its
 * comlink endpoint released fires no event, and a call to it would simply never be answered.
 * So while calls wait, the client pings the worker every heartbeat; the worker answers between
 * computations. A worker silent for longer than the grace plus what the calls in it may take
 * (cost.ts) is taken for dead: the client starts a new one and sends it every unanswered call
 * again (per channel that is the newest request), so widgets get their answer without a retry.
 */
export class EngineClient {
	#worker: Worker | null = null;
	#remote: Comlink.Remote<EngineApi> | null = null;
	#inFlight = new Set<InFlight>();
	#channels = new ChannelQueue();
	#liveness: Liveness;
	/** When the worker last said anything, and whether it has since it started. */
	#heardAt = 0;
	#heardOnce = false;
	#pinging = false;
	#watch: ReturnType<typeof setInterval> | undefined;
	#lastTick = 0;
	/** Workers started again after the first (the unit tests read it). */
	restarts = -1;
	readonly timeoutMs: number;

	constructor(timeoutMs = 20_000, liveness: Partial<Liveness> = {}) {
		this.timeoutMs = timeoutMs;
		this.#liveness = { ...LIVENESS, ...liveness };
	}

	/** Whether this environment can run the engine at all. */
	static supported(): boolean {
		return typeof window !== 'undefined' && typeof Worker !== 'undefined';
	}

	#ensure(): Comlink.Remote<EngineApi> | null {
		if (this.#remote) return this.#remote;
		if (!EngineClient.supported()) return null;
		const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			if (this.#worker === worker) this.#restart();
		});
		worker.addEventListener('messageerror', () =>
			this.#fail(worker, 'worker-failed', 'A message to the engine could not be read.')
		);
		this.#worker = worker;
		this.#remote = Comlink.wrap<EngineApi>(worker);
		this.#heardAt = performance.now();
		this.#heardOnce = false;
		this.#pinging = false;
		this.restarts++;
		return this.#remote;
	}

	#drop(worker: Worker): void {
		worker.terminate();
		if (this.#worker !== worker) return;
		this.#worker = null;
		this.#remote = null;
	}

	/** Ends the worker and answers every call in it with `code`; the next call starts afresh. */
	#fail(worker: Worker, code: EngineError['code'], message: string): void {
		if (this.#worker !== worker) return;
		this.#drop(worker);
		this.#stopWatching();
		for (const call of [...this.#inFlight]) call.settle({ ok: false, error: { code, message } });
	}

	/** Replaces a dead worker and sends it every call the old one left unanswered. */
	#restart(): void {
		if (this.#worker) this.#drop(this.#worker);
		const calls = [...this.#inFlight];
		for (const call of calls) {
			if (call.sends >= MAX_SENDS) {
				call.settle({
					ok: false,
					error: { code: 'worker-failed', message: 'The engine worker stopped.' }
				});
			} else this.#dispatch(call);
		}
		if (this.#inFlight.size === 0) this.#stopWatching();
	}

	#dispatch(call: InFlight): void {
		const remote = this.#ensure();
		if (!remote) return;
		call.sends++;
		const worker = this.#worker;
		const fn = remote[call.method] as unknown as (r: unknown) => Promise<unknown>;
		fn(call.req).then(
			(answer) => {
				if (this.#worker !== worker) return;
				this.#heard();
				call.settle(answer);
			},
			(err: unknown) => {
				if (this.#worker !== worker) return;
				call.settle({
					ok: false,
					error: {
						code: 'worker-failed',
						message: err instanceof Error ? err.message : String(err)
					}
				});
			}
		);
		this.#startWatching();
	}

	#heard(): void {
		this.#heardAt = performance.now();
		this.#heardOnce = true;
	}

	#startWatching(): void {
		if (this.#watch !== undefined) return;
		// An idle worker has no reason to speak: its silence counts from the first call waiting.
		this.#lastTick = this.#heardAt = performance.now();
		this.#watch = setInterval(() => this.#tick(), this.#liveness.heartbeatMs);
	}

	#stopWatching(): void {
		clearInterval(this.#watch);
		this.#watch = undefined;
	}

	#tick(): void {
		const now = performance.now();
		const { heartbeatMs, graceMs, startupMs } = this.#liveness;
		// A page that was itself busy (or a hidden tab) ran no timers and read no messages: the
		// worker's answers may be waiting behind it, so its silence is not the worker's fault.
		if (now - this.#lastTick > 3 * heartbeatMs) this.#heardAt = now;
		this.#lastTick = now;
		const remote = this.#remote;
		const worker = this.#worker;
		if (this.#inFlight.size === 0 || !remote || !worker) {
			this.#stopWatching();
			return;
		}
		let allowance = this.#heardOnce ? graceMs : startupMs;
		// The worker takes its messages one after another: it may be silent for all of them.
		for (const call of this.#inFlight) {
			allowance += expectedSilenceMs(call.method, call.req as RequestOf<EngineMethod>);
		}
		if (now - this.#heardAt > allowance) {
			this.#restart();
			return;
		}
		if (this.#pinging) return;
		this.#pinging = true;
		remote.ping().then(
			() => {
				if (this.#worker !== worker) return;
				this.#pinging = false;
				this.#heard();
			},
			() => {}
		);
	}

	/**
	 * Calls `method` in the worker. With a `channel`, a newer call on the same channel made while
	 * this one still waits to be sent replaces it: this one then resolves to null. Never rejects.
	 */
	async call<M extends EngineMethod>(
		method: M,
		req: RequestOf<M>,
		channel?: string
	): Promise<CallAnswer<M>> {
		if (!channel) return this.#send(method, req);
		return this.#channels.run(channel, () => this.#send(method, req));
	}

	#send<M extends EngineMethod>(method: M, req: RequestOf<M>): Promise<AnswerOf<M> | Failure> {
		if (!this.#ensure()) {
			return Promise.resolve({
				ok: false,
				error: { code: 'no-worker', message: 'Web Workers are not available.' }
			});
		}
		return new Promise((resolve) => {
			const call: InFlight = {
				method,
				req,
				sends: 0,
				settle: (value) => {
					if (!this.#inFlight.delete(call)) return;
					clearTimeout(timer);
					if (this.#inFlight.size === 0) this.#stopWatching();
					resolve(value as AnswerOf<M> | Failure);
				}
			};
			// A worker that answers its heartbeat but never this call is stuck in it: give up.
			const timer = setTimeout(() => {
				const worker = this.#worker;
				if (worker) this.#fail(worker, 'timeout', 'The engine took too long to answer.');
				else call.settle({ ok: false, error: { code: 'timeout', message: 'No answer.' } });
			}, this.timeoutMs);
			this.#inFlight.add(call);
			this.#dispatch(call);
		});
	}

	/** Stops the worker (it restarts on the next call). */
	dispose(): void {
		if (this.#worker) this.#fail(this.#worker, 'worker-failed', 'The engine was stopped.');
	}
}

let shared: EngineClient | null = null;

/** The page's one engine client. */
export function engine(): EngineClient {
	shared ??= new EngineClient();
	return shared;
}

let channels = 0;

/** A channel name unique to one widget instance, for newest-wins calls. */
export function channelId(prefix: string): string {
	return `${prefix}-${++channels}`;
}
