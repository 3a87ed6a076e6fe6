import { untrack } from 'svelte';
import { getPlayersLink, type LinkedPlayer, type PlayerState } from '$lib/ui/slideMode';
import { getPanelSlot } from './panelSlot.svelte';

/**
 * Runs `tick` again and again while playing, `delayMs` apart (measured from the start of a tick,
 * so a slow answer does not slow the pace further). A tick that resolves false stops it; so does
 * `pause`, even while a tick is under way.
 */
export class Ticker {
	playing = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;
	#gen = 0;

	constructor(
		private readonly tick: () => boolean | Promise<boolean>,
		private readonly delayMs: () => number,
		/** Tick at once on play (a training run), rather than after one delay (a step shown). */
		private readonly startNow = false
	) {}

	play(): void {
		if (this.playing) return;
		this.playing = true;
		const gen = ++this.#gen;
		if (this.startNow) this.#run(gen);
		else this.#wait(gen, this.delayMs());
	}

	pause(): void {
		this.playing = false;
		this.#gen++;
		clearTimeout(this.#timer);
	}

	#wait(gen: number, ms: number): void {
		this.#timer = setTimeout(() => this.#run(gen), ms);
	}

	async #run(gen: number): Promise<void> {
		if (gen !== this.#gen) return;
		const started = performance.now();
		const more = await this.tick();
		if (gen !== this.#gen) return;
		if (!more) this.pause();
		else this.#wait(gen, Math.max(0, this.delayMs() - (performance.now() - started)));
	}
}

/**
 * In slides, joins something that plays (a Player, or a widget's own run, such as the trainer's)
 * to the deck's sync: the deck reads its `state` when `watch` changes and has it `follow` the
 * leading window's. Elsewhere nothing happens. Call it while the component is set up.
 */
export function linkToDeck(player: LinkedPlayer, watch: () => unknown): void {
	const link = getPlayersLink();
	if (!link) return;
	link.join(player);
	$effect(() => {
		watch();
		untrack(() => link.moved());
	});
	$effect(() => () => link.leave(player));
}

/** A menu of steps a second, its label and each choice's words. */
export interface SpeedMenu {
	speeds: readonly number[];
	speedLabel: string;
	speedText: (n: number) => string;
}

export interface PlayerOptions {
	/** The last step there is; play stops on it. */
	last: () => number;
	/** Time between steps while playing, at `speed`. */
	delayMs: (speed: number) => number;
	/** Steps a tick moves (so a long run plays in about the time a short one does). */
	stride?: () => number;
	speed?: number;
}

/**
 * Step k of a computed run, and play / pause / step / reset over it: the one timer of every
 * widget that walks through steps. Made while the component is set up; it stops with it.
 *
 *   const player = new Player({ last: () => run?.steps ?? 0, delayMs: () => 450 });
 *   <PlayerControls {player} />
 */
export class Player implements LinkedPlayer {
	k = $state(0);
	/** Steps a second, where the widget offers a choice (see PlayerControls' `speeds`). */
	speed = $state(1);
	/** That choice, as the widget's own buttons offer it: the presenter's panel offers it too. */
	menu = $state.raw<SpeedMenu | null>(null);
	readonly #ticker: Ticker;

	constructor(private readonly o: PlayerOptions) {
		this.speed = o.speed ?? 1;
		this.#ticker = new Ticker(
			() => {
				const last = o.last();
				if (this.k >= last) return false;
				this.k = Math.min(last, this.k + (o.stride?.() ?? 1));
				return this.k < last;
			},
			() => o.delayMs(this.speed)
		);
		$effect(() => () => this.#ticker.pause());
		// In slides, the deck shares where the player is with the other windows.
		linkToDeck(this, () => [this.k, this.playing, this.speed]);
		// In the presenter's window its buttons are drawn in the control panel too, on this player.
		const slot = getPanelSlot();
		if (slot) $effect(() => untrack(() => slot.join(this)));
	}

	get state(): PlayerState {
		return { k: this.k, playing: this.playing, speed: this.speed };
	}

	/**
	 * Shows another window's player. `k` is taken as it is, even beyond this window's run while
	 * that is still being computed (the widget clamps it when the run arrives, see `move`), and
	 * play starts without the end check for the same reason.
	 */
	follow(state: PlayerState): void {
		if (state.speed !== undefined) this.speed = state.speed;
		if (state.playing) this.#ticker.play();
		else this.#ticker.pause();
		this.k = state.k;
	}

	get playing(): boolean {
		return this.#ticker.playing;
	}

	get last(): number {
		return this.o.last();
	}

	get finished(): boolean {
		return this.k >= this.o.last();
	}

	play(): void {
		if (!this.finished) this.#ticker.play();
	}

	pause(): void {
		this.#ticker.pause();
	}

	/** One step on, unless at the end. */
	step(): void {
		if (!this.finished) this.k += 1;
	}

	/** To step `k`, kept within the run. */
	move(k: number): void {
		this.k = Math.max(0, Math.min(this.o.last(), k));
	}

	/** Stops and goes back to the first step. */
	reset(): void {
		this.pause();
		this.k = 0;
	}
}
