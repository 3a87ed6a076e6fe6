import { channelId, engine } from '$lib/engine/client';
import type { EngineError } from '$lib/engine/protocol';
import type { LabCheckpoint, LabEpoch, LabSnapshot } from '$lib/engine/labProtocol';
import type { RateFrom } from '$lib/ui/slideMode';
import { Waiting } from '$lib/ui/waiting.svelte';
import { withRate } from './course';

export interface LabRunSettings {
	epochs: number;
	batchSize: number;
	lr: number;
	valFraction: number;
}

/** A class with too few pictures to split, as the worker said it. */
export interface TooFew {
	classIndex: number;
	have: number;
	need: number;
}

/** What the page needs to read a run: which pictures validate, and how they were split. */
export interface RunSplit {
	valIndex: Uint32Array;
	perClass: { train: number[]; val: number[] };
}

const SEED = 7;
/** One answer trains for about this long, so the page draws (and stays responsive) in between. */
const BUDGET_MS = 60;

/**
 * The page's side of the lab's training run in the worker: open it on the reader's pictures,
 * then ask for epochs a little at a time until the budget is reached or the reader stops.
 * `revision` is the project's revision the run was opened on.
 */
export class LabRun {
	snap = $state.raw<LabSnapshot | null>(null);
	history = $state.raw<LabEpoch[]>([]);
	split = $state.raw<RunSplit | null>(null);
	tooFew = $state.raw<TooFew | null>(null);
	error = $state<EngineError | null>(null);
	playing = $state(false);
	revision = $state(-1);
	/** The rate of each stretch of epochs since the run opened, the first from epoch 0. */
	course = $state.raw<RateFrom[]>([]);
	/** The confidence threshold the validation pictures are counted at (see setThreshold). */
	threshold = 0;
	readonly waiting = new Waiting();
	readonly session = channelId('lab');
	#gen = 0;
	/** Counts stops, so that `trainTo` ends at one. */
	#halt = 0;

	get trained(): boolean {
		return !!this.snap && this.snap.epoch > 0 && this.snap.status !== 'diverged';
	}

	/** What the run was opened with, to open it again in a worker that forgot it. */
	#opened: {
		data: { pixels: Uint8Array; labels: Uint8Array; classes: number };
		settings: LabRunSettings;
		revision: number;
	} | null = null;
	/** The newest checkpoint taken (each time play stops): where a forgotten run resumes. */
	#checkpoint: LabCheckpoint | undefined;

	/**
	 * Whether the engine is there to train: asked as the lab opens, so that a browser without
	 * workers (or a worker that cannot start) is told at once, not after the reader's pictures.
	 */
	async ready(): Promise<boolean> {
		const answer = await this.waiting.track(engine().call('ping', undefined));
		if (!answer) return false;
		this.error = answer.ok ? null : answer.error;
		return answer.ok;
	}

	/** Opens a new run (or resumes a saved one) on `pixels`; resolves whether it is ready. */
	async open(
		data: { pixels: Uint8Array; labels: Uint8Array; classes: number },
		settings: LabRunSettings,
		revision: number,
		resume?: LabCheckpoint
	): Promise<boolean> {
		this.playing = false;
		const gen = ++this.#gen;
		const answer = await this.waiting.track(
			engine().call('labOpen', {
				session: this.session,
				...data,
				settings: { ...settings, hidden: 32, seed: SEED },
				resume,
				threshold: this.threshold
			})
		);
		if (gen !== this.#gen || !answer) return false;
		if (!answer.ok) {
			this.error = answer.error;
			return false;
		}
		this.error = null;
		const value = answer.value;
		if (value.kind === 'problem') {
			this.tooFew = value.problem;
			this.snap = null;
			this.history = [];
			this.split = null;
			return false;
		}
		this.tooFew = null;
		this.revision = revision;
		this.#opened = { data, settings, revision };
		this.#checkpoint = resume;
		this.split = { valIndex: value.valIndex, perClass: value.perClass };
		this.snap = value.snapshot;
		this.history = value.snapshot.history;
		this.course = [{ at: 0, lr: value.snapshot.lr }];
		return true;
	}

	/**
	 * Trains until the run's epochs are done (with `budget`, a larger number of epochs than it
	 * was opened with), it diverges, or `stop` is called.
	 */
	async play(budget?: number): Promise<void> {
		if (this.playing || !this.snap) return;
		const gen = this.#gen;
		this.playing = true;
		let grow = budget;
		while (this.playing && gen === this.#gen) {
			const snap: LabSnapshot = this.snap;
			const target = grow ?? snap.epochs;
			if (snap.status === 'diverged' || snap.epoch >= target) break;
			const answer = await this.waiting.track(
				engine().call('labTrain', {
					session: this.session,
					epochs: Math.max(1, target - snap.epoch),
					budgetMs: BUDGET_MS,
					since: this.history.length,
					budget: grow
				})
			);
			if (gen !== this.#gen || !answer) break;
			if (!answer.ok) {
				// A worker that restarted has forgotten the run: open it again where it was.
				if (answer.error.code === 'lost' && this.#opened && (await this.#reopen(gen))) continue;
				this.error = answer.error;
				break;
			}
			grow = undefined;
			this.snap = answer.value;
			if (answer.value.history.length) this.history = [...this.history, ...answer.value.history];
			// One frame for the page to draw before the next chunk.
			await new Promise((r) => requestAnimationFrame(() => r(null)));
		}
		if (gen === this.#gen) this.playing = false;
	}

	/**
	 * Trains on to epoch `k` (where another window's run is, in a talk), a chunk at a time, past
	 * the run's epochs if that one was given more. Resolves whether it got there.
	 */
	async trainTo(k: number): Promise<boolean> {
		const gen = this.#gen;
		const halt = this.#halt;
		const going = () => !this.playing && gen === this.#gen && halt === this.#halt;
		while (going() && this.snap && this.snap.epoch < k) {
			const snap: LabSnapshot = this.snap;
			if (snap.status === 'diverged') return false;
			const answer = await this.waiting.track(
				engine().call('labTrain', {
					session: this.session,
					epochs: k - snap.epoch,
					budgetMs: BUDGET_MS,
					since: this.history.length,
					budget: k > snap.epochs ? k : undefined
				})
			);
			if (gen !== this.#gen || !answer) return false;
			if (!answer.ok) {
				this.error = answer.error;
				return false;
			}
			this.snap = answer.value;
			if (answer.value.history.length) this.history = [...this.history, ...answer.value.history];
			if (answer.value.epoch === snap.epoch) return false;
		}
		return going() && !!this.snap && this.snap.epoch >= k;
	}

	async #reopen(gen: number): Promise<boolean> {
		const o = this.#opened!;
		const answer = await engine().call('labOpen', {
			session: this.session,
			...o.data,
			settings: { ...o.settings, hidden: 32, seed: SEED },
			resume: this.#checkpoint,
			threshold: this.threshold
		});
		if (gen !== this.#gen || !answer?.ok || answer.value.kind !== 'ready') return false;
		this.history = this.#checkpoint ? [...this.#checkpoint.history] : [];
		this.snap = answer.value.snapshot;
		return true;
	}

	/** Stops training: playing, or training on to another window's epoch (`trainTo`). */
	stop(): void {
		this.playing = false;
		this.#halt++;
	}

	/** Forgets the run (the pictures changed, or the project was cleared). */
	drop(): void {
		this.#gen++;
		this.playing = false;
		this.snap = null;
		this.history = [];
		this.split = null;
		this.revision = -1;
		this.course = [];
		void engine().call('labClose', { session: this.session });
	}

	/**
	 * Counts the validation pictures again at a new confidence threshold: the worker keeps it for
	 * every later answer, and trains nothing for it.
	 */
	async setThreshold(threshold: number): Promise<void> {
		this.threshold = threshold;
		if (!this.snap) return;
		const gen = this.#gen;
		const answer = await engine().call('labRecount', {
			session: this.session,
			threshold,
			since: this.history.length
		});
		if (gen !== this.#gen || !answer) return;
		if (!answer.ok) {
			// A forgotten run is opened again, at this threshold, by the next Train.
			if (answer.error.code !== 'lost') this.error = answer.error;
			return;
		}
		// A chunk of training answered meanwhile may be newer: the history is play's to extend.
		if (this.snap && answer.value.epoch >= this.snap.epoch) this.snap = answer.value;
	}

	/** Trains on at rate `lr` from the next epoch; the course records from which one. */
	async setRate(lr: number): Promise<void> {
		if (!this.snap) return;
		const gen = this.#gen;
		const answer = await engine().call('labSetRate', { session: this.session, lr });
		if (!answer || gen !== this.#gen) return;
		if (!answer.ok) {
			this.error = answer.error;
			return;
		}
		this.course = withRate(this.course, answer.value.epoch, answer.value.lr);
	}

	/** The class probabilities of one new picture, or null if there is no model. */
	async predict(pixels: Uint8Array): Promise<Float64Array | null> {
		if (!this.trained) return null;
		const answer = await engine().call('labPredict', { session: this.session, pixels });
		if (!answer || !answer.ok) return null;
		return answer.value.probabilities;
	}

	async checkpoint(): Promise<LabCheckpoint | null> {
		if (!this.snap) return null;
		const answer = await engine().call('labCheckpoint', { session: this.session });
		if (answer?.ok) this.#checkpoint = answer.value;
		return this.#checkpoint ?? null;
	}

	dispose(): void {
		this.#gen++;
		this.playing = false;
		void engine().call('labClose', { session: this.session });
	}
}
