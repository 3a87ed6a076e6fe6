import type { LinkedPlayer, PlayerState } from '$lib/ui/slideMode';
import { nextMove } from '../trainer/course';
import type { LabProject } from './project.svelte';
import type { LabRun } from './run.svelte';

/** How often, and how far apart, a window reads the store again for the other one's pictures. */
const RELOADS = 4;
const RELOAD_MS = 800;

interface FollowOptions {
	run: LabRun;
	project: LabProject;
	/** Reads the project again from this browser's store, where the other window keeps it. */
	reload: () => Promise<void>;
	/**
	 * Opens a run on the pictures as they are, at rate `lr` (else the settings' own), without
	 * training; resolves whether it did.
	 */
	open: (lr?: number) => Promise<boolean>;
}

/**
 * The lab's run in a talk: where it is (the epoch, whether it trains, a fingerprint of the
 * pictures, the rate of each stretch of epochs) for the other windows, and, in a following
 * window, the same model made here, trained along the same course of rates. The
 * pictures are the reader's own, kept in this browser's store rather than sent between windows,
 * so a following window reads them from there; training is seeded, so the same pictures and
 * settings trained to the same epoch give the same numbers. A window that cannot read the same
 * pictures (another browser profile, a private window) says so in `apart` instead of showing a
 * model that is not the other window's.
 */
export class LabFollow implements LinkedPlayer {
	/** This window cannot read the pictures the followed run trains on. */
	apart = $state(false);
	/** The followed run is training: this window says so while it catches up. */
	playing = $state(false);
	#target: PlayerState | null = null;
	#busy = false;
	#reloads = 0;
	#retry: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly o: FollowOptions) {}

	get state(): PlayerState {
		if (this.#target) return this.#target;
		const { run, project } = this.o;
		const current = !!run.snap && run.revision === project.revision;
		return {
			k: current ? run.snap!.epoch : 0,
			playing: run.playing,
			rates: current ? run.course : [],
			data: project.fingerprint()
		};
	}

	follow(state: PlayerState): void {
		if (this.#target?.data !== state.data) this.#reloads = 0;
		this.#target = state;
		this.playing = state.playing;
		void this.#catchUp();
	}

	/** This window's reader took over. */
	unfollow(): void {
		clearTimeout(this.#retry);
		this.#target = null;
		this.playing = false;
		this.apart = false;
	}

	get following(): boolean {
		return this.#target !== null;
	}

	async #catchUp(): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		clearTimeout(this.#retry);
		try {
			const { run, project } = this.o;
			while (this.#target) {
				const target = this.#target;
				if (target.data !== undefined && target.data !== project.fingerprint()) {
					await this.o.reload();
					if (target !== this.#target) continue;
					this.apart = target.data !== project.fingerprint();
					// The other window saves its pictures a moment after they change: read again soon.
					if (this.apart && this.#reloads++ < RELOADS)
						this.#retry = setTimeout(() => void this.#catchUp(), RELOAD_MS);
					if (this.apart) return;
				}
				this.apart = false;
				if (target.k === 0) {
					// The other window has no model for these pictures: neither does this one.
					if (run.snap) run.drop();
					return;
				}
				const rates = target.rates ?? [];
				if (!(run.snap && run.revision === project.revision)) {
					if (!(await this.o.open(rates[0]?.lr))) return;
					continue;
				}
				// The other window's course of rates, as the trainer's audience follows its run.
				const move = nextMove(
					{ iteration: run.snap.epoch, course: run.course },
					{ k: target.k, rates }
				);
				if (move.kind === 'done') return;
				if (move.kind === 'reopen') {
					if (!(await this.o.open(move.lr))) return;
				} else if (move.kind === 'rate') {
					const before = run.course;
					await run.setRate(move.lr);
					if (run.course === before && target === this.#target) return;
				} else if (!(await run.trainTo(run.snap.epoch + move.count)) && target === this.#target)
					return;
			}
		} finally {
			this.#busy = false;
		}
	}

	dispose(): void {
		clearTimeout(this.#retry);
		this.#target = null;
	}
}
