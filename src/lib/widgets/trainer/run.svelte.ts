import { channelId, engine } from '$lib/engine/client';
import type { EngineError } from '$lib/engine/protocol';
import type {
	CsvProblem,
	EpochMetrics,
	RateChange,
	TrainerDataAnswer,
	TrainerDataRequest,
	TrainSettings,
	TrainerSnapshot
} from '$lib/engine/trainerProtocol';
import type { LinkedPlayer, PlayerState } from '$lib/ui/slideMode';
import { Waiting } from '$lib/ui/waiting.svelte';
import { Ticker } from '../kit/player.svelte';
import { BatchTrace, type BatchView } from './batchTrace';
import { courseOf, nextMove } from './course';
import { InputGate } from './inputGate';
import { dataToSend } from './requests';
import { GRID } from './state';

export type LastUpdate = NonNullable<TrainerSnapshot['last']>;

/** The run's learning rate and where it changed, as the worker last reported them. */
export interface RunRate {
	lr: number;
	changes: RateChange[];
}

/**
 * The page's side of one training run in the worker. It opens the run, then, while playing,
 * asks for one small chunk of iterations every tick and waits for the answer before asking
 * again: the page draws between chunks and never waits on a long run. Per-epoch metrics
 * arrive as they are made and collect in `history`.
 */
export class TrainerRun implements LinkedPlayer {
	data = $state.raw<TrainerDataAnswer | null>(null);
	snap = $state.raw<TrainerSnapshot | null>(null);
	history = $state.raw<EpochMetrics[]>([]);
	/** One-example mode: the latest updates, newest first. */
	recent = $state.raw<LastUpdate[]>([]);
	error = $state<EngineError | null>(null);
	csvProblem = $state.raw<CsvProblem | null>(null);
	rate = $state.raw<RunRate | null>(null);
	/** Each update's batch loss so far, thinned for drawing (see batchTrace.ts). */
	batches = $state.raw<BatchView | null>(null);
	#trace: BatchTrace | null = null;
	/** In a talk, the other window's run this one trains to follow, until this reader acts. */
	#target: PlayerState | null = null;
	/** The followed run is playing: this one shows "training" while it catches up. */
	#followPlaying = $state(false);
	#catching = false;
	/** The rate and its changes as the worker last reported them (shown or not). */
	#rateNow: RunRate = { lr: 0, changes: [] };

	readonly session = channelId('trainer');
	/** Rate changes go on a channel of their own: while the slider is dragged, one is in the
	 * worker and only the newest waits (the rest are dropped unsent, see channels.ts). */
	readonly #rateChannel = channelId('trainer-rate');
	#gen = 0;
	#ready: Promise<void> = Promise.resolve();
	#queue: Promise<boolean> = Promise.resolve(true);
	/** While playing: one chunk, its answer, then the next chunk, `delayMs` after the last began. */
	readonly #ticker = new Ticker(
		async () => {
			if (!this.#latest) return false;
			const { count, detail } = this.chunk(this.#latest.iterationsPerEpoch);
			await this.step('iteration', count, detail);
			return true;
		},
		() => (this.#latest ? this.chunk(this.#latest.iterationsPerEpoch).delayMs : 0),
		true
	);
	#lastOpen: { settings: TrainSettings; data?: TrainerDataRequest } | null = null;
	#dataRequest: TrainerDataRequest | undefined;
	/** New data a run asked for whose answer has not come (see dataToSend). */
	#dataUnanswered: TrainerDataRequest | undefined;
	/** Epochs of history received, shown or still held by the gate (what the next step asks after). */
	#received = 0;
	/** The newest snapshot received, shown or still held. */
	#latest: TrainerSnapshot | null = null;
	/** Every epoch's metrics received (the shown `history` may lag behind, held by the gate). */
	#allHistory: EpochMetrics[] = [];
	/** During a rate drag, answers are shown with the next input event (see inputGate.ts). */
	readonly gate = new InputGate();
	/** Whether an answer is overdue (the worker is slow, or restarting after it stopped). */
	readonly waiting = new Waiting();

	/** The decision threshold every answer is counted at (see setThreshold). */
	threshold = 0.5;

	/** What one tick asks for while playing, given the run's iterations per epoch. */
	constructor(
		private readonly chunk: (ipe: number) => { count: number; detail: boolean; delayMs: number }
	) {}

	/**
	 * Starts the run again with `settings`; with `data`, on new data. Resolves false when the
	 * answer was stale or failed, or when a CSV was refused (then `csvProblem` says why).
	 */
	open(settings: TrainSettings, data?: TrainerDataRequest): Promise<boolean> {
		this.#ticker.pause();
		const gen = ++this.#gen;
		if (data) this.#dataUnanswered = data;
		const request = dataToSend(data, this.#dataUnanswered, !!this.data, this.#dataRequest);
		const opened = (async () => {
			const answer = await this.waiting.track(
				engine().call('trainerOpen', {
					session: this.session,
					settings,
					data: request,
					grid: GRID,
					threshold: this.threshold
				})
			);
			if (gen !== this.#gen || !answer) return false;
			if (!answer.ok) {
				this.error = answer.error;
				return false;
			}
			this.error = null;
			// Answered: the data it carried is built (or, a refused file, never will be).
			if (request === this.#dataUnanswered) this.#dataUnanswered = undefined;
			if (answer.value.kind === 'problem') {
				this.csvProblem = answer.value.problem;
				return false;
			}
			if (request) this.#dataRequest = request;
			// What the gate still holds belongs to the run this one replaces.
			this.gate.dispose();
			this.csvProblem = null;
			this.#lastOpen = { settings, data: this.#dataRequest };
			if (answer.value.data) this.data = answer.value.data;
			this.snap = this.#latest = answer.value.snapshot;
			this.history = this.#allHistory = answer.value.snapshot.history;
			this.#received = this.history.length;
			const first = answer.value.snapshot;
			this.#trace = new BatchTrace(
				first.iterationsPerEpoch,
				first.epochs * first.iterationsPerEpoch
			);
			this.batches = this.#trace.view();
			this.recent = [];
			this.#takeRate(answer.value.snapshot.lr, answer.value.snapshot.rateChanges);
			this.#rateNow = { lr: first.lr, changes: first.rateChanges };
			// A run opened again (new settings from the other window) trains on to the one followed.
			if (this.#target) queueMicrotask(() => void this.#catchUp());
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
		// A step of none (a new threshold) is for an ended run too.
		if (!this.#latest || (this.#ended && count > 0)) return false;
		const answer = await this.waiting.track(
			engine().call('trainerStep', {
				session: this.session,
				unit,
				count,
				budgetMs: 40,
				since: this.#received,
				detail,
				threshold: this.threshold
			})
		);
		if (gen !== this.#gen || !answer) return false;
		if (!answer.ok) {
			this.error = answer.error;
			this.#ticker.pause();
			return false;
		}
		if (answer.value.kind === 'lost') {
			// The worker restarted and forgot the run: the next tick trains on where it was.
			await this.#resume(gen);
			return false;
		}
		const snap = answer.value.snapshot;
		this.#latest = snap;
		this.#rateNow = { lr: snap.lr, changes: snap.rateChanges };
		this.#received += snap.history.length;
		if (snap.history.length > 0) this.#allHistory = [...this.#allHistory, ...snap.history];
		if (this.#ended) this.#ticker.pause();
		this.gate.run(() => {
			if (gen !== this.#gen) return;
			this.snap = snap;
			this.#takeRate(snap.lr, snap.rateChanges);
			if (snap.history.length > 0) this.history = [...this.history, ...snap.history];
			if (snap.batchLosses.length > 0 && this.#trace) {
				this.#trace.add(snap.batchLosses);
				this.batches = this.#trace.view();
			}
			if (snap.last) this.recent = [snap.last, ...this.recent].slice(0, 8);
		});
		return true;
	}

	/**
	 * Counts the matrix, the accuracy per class and the boundary at a new decision threshold: the
	 * worker answers the run as it stands, without training (a step of none), after any step
	 * already asked for.
	 */
	setThreshold(threshold: number): Promise<boolean> {
		this.threshold = threshold;
		return this.step('iteration', 0);
	}

	/**
	 * Trains on at learning rate `lr` from the next update, without starting again. Resolves
	 * true when the worker took it; false when a newer rate or a new run replaced it, or when
	 * the run had ended meanwhile (then a new run starts at `lr`, as any change would).
	 *
	 * Why the newest rate always wins: the channel sends the last rate asked for once the one
	 * in the worker has answered, and the worker takes messages in the order they are sent, so
	 * a step sent after it trains at it, and a step sent before it answers before it does.
	 * `rate` follows the answers in the order they arrive, that is, the worker's own order; and
	 * a run reopened after the worker restarted starts at the newest rate too.
	 */
	setRate(lr: number, again = true): Promise<boolean> {
		const gen = this.#gen;
		return (async () => {
			await this.#ready;
			const last = this.#lastOpen;
			if (gen !== this.#gen || !last) return false;
			// The newest rate asked for: a run opened again from here (after the worker forgot it)
			// starts with it.
			const settings = { ...last.settings, lr };
			this.#lastOpen = { ...last, settings };
			const answer = await this.waiting.track(
				engine().call('trainerSetRate', { session: this.session, lr }, this.#rateChannel)
			);
			if (gen !== this.#gen || !answer) return false;
			if (!answer.ok) {
				this.error = answer.error;
				this.#ticker.pause();
				return false;
			}
			const value = answer.value;
			if (value.kind === 'rate') {
				this.#rateNow = { lr: value.lr, changes: value.rateChanges };
				this.gate.run(() => {
					if (gen === this.#gen) this.#takeRate(value.lr, value.rateChanges);
				});
				return true;
			}
			if (value.kind === 'finished') await this.open(settings);
			// The worker restarted and forgot the run: continue it, then change its rate.
			else if (again && (await this.#resume(gen))) return this.setRate(lr, false);
			return false;
		})();
	}

	/**
	 * Opens the run again in a worker that forgot it (a new one, after the old one stopped), from
	 * the newest checkpoint received: weights, optimizer memory, epoch and history go on where
	 * they were. If the worker refuses the checkpoint, the run starts again as before.
	 */
	async #resume(gen: number): Promise<boolean> {
		const last = this.#lastOpen;
		const latest = this.#latest;
		if (!last || !latest) return false;
		const answer = await this.waiting.track(
			engine().call('trainerOpen', {
				session: this.session,
				settings: last.settings,
				data: last.data,
				grid: GRID,
				threshold: this.threshold,
				resume: { checkpoint: latest.checkpoint, history: this.#allHistory }
			})
		);
		if (gen !== this.#gen || !answer) return false;
		if (!answer.ok || answer.value.kind !== 'ready') {
			this.data = null;
			await this.open(last.settings, last.data);
			return false;
		}
		const { data, snapshot } = answer.value;
		if (data) this.data = data;
		this.#latest = snapshot;
		this.#rateNow = { lr: snapshot.lr, changes: snapshot.rateChanges };
		this.#allHistory = snapshot.history;
		this.#received = snapshot.history.length;
		this.gate.run(() => {
			if (gen !== this.#gen) return;
			this.snap = snapshot;
			this.history = snapshot.history;
			this.#takeRate(snapshot.lr, snapshot.rateChanges);
		});
		return true;
	}

	/** Takes the rate from an answer, keeping the old object when nothing changed. */
	#takeRate(lr: number, changes: RateChange[]): void {
		const old = this.rate;
		const lastOf = (c: RateChange[]) => c[c.length - 1];
		const same =
			old &&
			old.lr === lr &&
			old.changes.length === changes.length &&
			lastOf(old.changes)?.iteration === lastOf(changes)?.iteration &&
			lastOf(old.changes)?.lr === lastOf(changes)?.lr;
		if (!same) this.rate = { lr, changes };
	}

	get finished(): boolean {
		return this.snap?.status === 'done' || this.snap?.status === 'diverged';
	}

	/** Whether the newest snapshot received (perhaps not shown yet) ended the run. */
	get #ended(): boolean {
		return this.#latest?.status === 'done' || this.#latest?.status === 'diverged';
	}

	get playing(): boolean {
		return this.#ticker.playing || this.#followPlaying;
	}

	play(): void {
		if (this.playing || this.#ended || !this.#latest) return;
		this.#ticker.play();
	}

	pause(): void {
		this.#ticker.pause();
	}

	/**
	 * Where this run is, for the other windows of a talk: `k` updates along the course of its
	 * rates (while following another window's, where that one is).
	 */
	get state(): PlayerState {
		if (this.#target) return this.#target;
		const rate = this.rate ?? { lr: this.snap?.lr ?? 0, changes: this.snap?.rateChanges ?? [] };
		return {
			k: this.snap?.iteration ?? 0,
			playing: this.playing,
			// Before the run is open there is no course to follow yet.
			rates: this.snap ? courseOf(rate.lr, rate.changes) : []
		};
	}

	/**
	 * Shows another window's run: this one trains (in its own worker, from the same seed and
	 * settings) along the same course to the same update, a chunk at a time while that one plays.
	 * It stops following when this window's reader acts (`unfollow`).
	 */
	follow(state: PlayerState): void {
		this.#target = state;
		this.#followPlaying = state.playing;
		this.#ticker.pause();
		void this.#catchUp();
	}

	/** This window's reader took over: its presses drive the run again. */
	unfollow(): void {
		this.#target = null;
		this.#followPlaying = false;
	}

	get following(): boolean {
		return this.#target !== null;
	}

	async #catchUp(): Promise<void> {
		if (this.#catching) return;
		this.#catching = true;
		try {
			// Each pass makes one move; a run that stops moving (an error, an end) stops the loop.
			let stuck = 0;
			while (this.#target && stuck < 3) {
				const target = this.#target;
				await this.#ready;
				await this.#queue;
				const latest = this.#latest;
				const last = this.#lastOpen;
				if (!latest || !last || this.error) return;
				if (target !== this.#target) continue;
				const before = `${latest.iteration}|${this.#rateNow.changes.length}|${this.#rateNow.lr}`;
				const move = nextMove(
					{
						iteration: latest.iteration,
						course: courseOf(this.#rateNow.lr, this.#rateNow.changes)
					},
					{ k: target.k, rates: target.rates ?? [] }
				);
				if (move.kind === 'done') return;
				let moved: boolean;
				if (move.kind === 'reopen') moved = await this.open({ ...last.settings, lr: move.lr });
				else if (move.kind === 'rate') moved = await this.setRate(move.lr);
				else {
					const { detail } = this.chunk(latest.iterationsPerEpoch);
					await this.step('iteration', detail ? 1 : move.count, detail);
					const now = this.#latest;
					moved =
						`${now?.iteration}|${this.#rateNow.changes.length}|${this.#rateNow.lr}` !== before;
				}
				stuck = moved ? 0 : stuck + 1;
			}
		} finally {
			this.#catching = false;
		}
	}

	/** Stops playing and forgets the run in the worker. */
	dispose(): void {
		this.unfollow();
		this.pause();
		this.gate.dispose();
		this.#gen++;
		engine().call('trainerClose', { session: this.session });
	}
}
