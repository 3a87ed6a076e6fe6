import * as Comlink from 'comlink';
import { ChannelQueue } from './channels';
import type { AnswerOf, EngineApi, EngineError, EngineMethod, RequestOf } from './protocol';

/** What a call gives back: the engine's answer, a client-side failure, or null when stale. */
export type CallAnswer<M extends EngineMethod> =
	AnswerOf<M> | { ok: false; error: EngineError } | null;

type Settle = (answer: { ok: false; error: EngineError }) => void;

/**
 * The only owner of the engine worker. It starts the worker lazily and in the browser only,
 * restarts it after it dies or hangs, and per channel keeps one request in the worker and only
 * the newest one waiting (channels.ts): while a slider is dragged, the requests it skips come
 * back as null and the widget ignores them, and the view follows the drag at the worker's pace.
 */
export class EngineClient {
	#worker: Worker | null = null;
	#remote: Comlink.Remote<EngineApi> | null = null;
	#pending = new Set<Settle>();
	#channels = new ChannelQueue();
	readonly timeoutMs: number;

	constructor(timeoutMs = 20_000) {
		this.timeoutMs = timeoutMs;
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
			this.#fail(worker, 'worker-failed', 'The engine worker stopped.');
		});
		worker.addEventListener('messageerror', () =>
			this.#fail(worker, 'worker-failed', 'A message to the engine could not be read.')
		);
		this.#worker = worker;
		this.#remote = Comlink.wrap<EngineApi>(worker);
		return this.#remote;
	}

	/** Ends the worker and answers every pending call with `code`; the next call starts afresh. */
	#fail(worker: Worker, code: EngineError['code'], message: string): void {
		if (this.#worker !== worker) return;
		worker.terminate();
		this.#worker = null;
		this.#remote = null;
		const pending = [...this.#pending];
		this.#pending.clear();
		for (const settle of pending) settle({ ok: false, error: { code, message } });
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

	#send<M extends EngineMethod>(
		method: M,
		req: RequestOf<M>
	): Promise<AnswerOf<M> | { ok: false; error: EngineError }> {
		const remote = this.#ensure();
		const worker = this.#worker;
		if (!remote || !worker) {
			return Promise.resolve({
				ok: false,
				error: { code: 'no-worker', message: 'Web Workers are not available.' }
			});
		}
		return new Promise((resolve) => {
			let done = false;
			const settle = (value: AnswerOf<M> | { ok: false; error: EngineError }) => {
				if (done) return;
				done = true;
				clearTimeout(timer);
				this.#pending.delete(settle);
				resolve(value);
			};
			const timer = setTimeout(
				() => this.#fail(worker, 'timeout', 'The engine took too long to answer.'),
				this.timeoutMs
			);
			this.#pending.add(settle);
			const fn = remote[method] as unknown as (r: RequestOf<M>) => Promise<AnswerOf<M>>;
			fn(req).then(settle, (err: unknown) =>
				settle({
					ok: false,
					error: {
						code: 'worker-failed',
						message: err instanceof Error ? err.message : String(err)
					}
				})
			);
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
