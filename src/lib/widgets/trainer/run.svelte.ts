import { channelId, engine } from '$lib/engine/client';
import type { EngineError } from '$lib/engine/protocol';
import type {
	CsvProblem,
	EpochMetrics,
	TrainerDataAnswer,
	TrainerDataRequest,
	TrainerSettingsRequest,
	TrainerSnapshot
} from '$lib/engine/trainerProtocol';
import { GRID } from './state';

export type LastUpdate = NonNullable<TrainerSnapshot['last']>;

/**
 * The page's side of one training run in the worker. It opens the run, then, while playing,
 * asks for one small chunk of iterations every tick and waits for the answer before asking
 * again: the page draws between chunks and never waits on a long run. Per-epoch metrics
 * arrive as they are made and collect in `history`.
 */
export class TrainerRun {
	data = $state.raw<TrainerDataAnswer | null>(null);
	snap = $state.raw<TrainerSnapshot | null>(null);
	history = $state.raw<EpochMetrics[]>([]);
	/** One-example mode: the latest updates, newest first. */
	recent = $state.raw<LastUpdate[]>([]);
	playing = $state(false);
	error = $state<EngineError | null>(null);
	csvProblem = $state.raw<CsvProblem | null>(null);

	readonly session = channelId('trainer');
	#gen = 0;
	#ready: Promise<void> = Promise.resolve();
	#queue: Promise<boolean> = Promise.resolve(true);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#lastOpen: { settings: TrainerSettingsRequest; data?: TrainerDataRequest } | null = null;
	#dataRequest: TrainerDataRequest | undefined;

	/** What one tick asks for while playing, given the run's iterations per epoch. */
	constructor(
		private readonly chunk: (ipe: number) => { count: number; detail: boolean; delayMs: number }
	) {}

	/**
	 * Starts the run again with `settings`; with `data`, on new data. Resolves false when the
	 * answer was stale or failed, or when a CSV was refused (then `csvProblem` says why).
	 */
	open(settings: TrainerSettingsRequest, data?: TrainerDataRequest): Promise<boolean> {
		this.pause();
		const gen = ++this.#gen;
		const request = data ?? (this.data ? undefined : this.#dataRequest);
		const opened = (async () => {
			const answer = await engine().call('trainerOpen', {
				session: this.session,
				settings,
				data: request,
				grid: GRID
			});
			if (gen !== this.#gen || !answer) return false;
			if (!answer.ok) {
				this.error = answer.error;
				return false;
			}
			this.error = null;
			if (answer.value.kind === 'problem') {
				this.csvProblem = answer.value.problem;
				return false;
			}
			if (request) this.#dataRequest = request;
			this.csvProblem = null;
			this.#lastOpen = { settings, data: this.#dataRequest };
			if (answer.value.data) this.data = answer.value.data;
			this.snap = answer.value.snapshot;
			this.history = answer.value.snapshot.history;
			this.recent = [];
			return true;
		})();
		this.#ready = opened.then(() => undefined);
		return opened;
	}

	/**
	 * Advances the run by `count` iterations or epochs and takes in the answer. Steps run one
	 * after another (a quick double click must not ask twice for the same epochs).
	 */
	step(unit: 'iteration' | 'epoch', count: number, detail = false): Promise<boolean> {
		const next = this.#queue.then(() => this.#step(unit, count, detail));
		this.#queue = next.catch(() => false);
		return next;
	}

	async #step(unit: 'iteration' | 'epoch', count: number, detail: boolean): Promise<boolean> {
		await this.#ready;
		const gen = this.#gen;
		if (!this.snap || this.finished) return false;
		const answer = await engine().call('trainerStep', {
			session: this.session,
			unit,
			count,
			budgetMs: 40,
			since: this.history.length,
			detail
		});
		if (gen !== this.#gen || !answer) return false;
		if (!answer.ok) {
			this.error = answer.error;
			this.pause();
			return false;
		}
		if (answer.value.kind === 'lost') {
			// The worker restarted and forgot the run: start it again from the same settings.
			if (this.#lastOpen) {
				this.data = null;
				await this.open(this.#lastOpen.settings, this.#lastOpen.data);
			}
			return false;
		}
		const snap = answer.value.snapshot;
		this.snap = snap;
		if (snap.history.length > 0) this.history = [...this.history, ...snap.history];
		if (snap.last) this.recent = [snap.last, ...this.recent].slice(0, 8);
		if (this.finished) this.pause();
		return true;
	}

	get finished(): boolean {
		return this.snap?.status === 'done' || this.snap?.status === 'diverged';
	}

	play(): void {
		if (this.playing || this.finished || !this.snap) return;
		this.playing = true;
		this.#tick();
	}

	pause(): void {
		this.playing = false;
		clearTimeout(this.#timer);
	}

	async #tick(): Promise<void> {
		if (!this.playing || !this.snap) return;
		const started = performance.now();
		const { count, detail, delayMs } = this.chunk(this.snap.iterationsPerEpoch);
		await this.step('iteration', count, detail);
		if (!this.playing) return;
		const wait = Math.max(0, delayMs - (performance.now() - started));
		this.#timer = setTimeout(() => this.#tick(), wait);
	}

	/** Stops playing and forgets the run in the worker. */
	dispose(): void {
		this.pause();
		this.#gen++;
		engine().call('trainerClose', { session: this.session });
	}
}
