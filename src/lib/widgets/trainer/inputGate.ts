/**
 * While the reader drags a control, updates that arrive on their own (a training chunk's answer,
 * the worker confirming a rate) wait for the next input event and are shown with it, so that a
 * drag draws one frame per input.
 *
 * Why: a browser draws at most one frame per display refresh. An update drawn on its own early
 * in a refresh takes that refresh's frame, and the input that follows a few milliseconds later
 * then waits for the next refresh: up to a whole frame more before the reader sees the slider
 * answer. Shown with the input, the update costs nothing extra and is late by less than the gap
 * between two input events. With no input for `windowMs`, held updates are shown at once.
 */
export class InputGate {
	#until = 0;
	#held: (() => void)[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private readonly windowMs = 40,
		private readonly now: () => number = () => performance.now()
	) {}

	/** An input event: shows what was held, and holds what comes in the next `windowMs`. */
	input(): void {
		this.#until = this.now() + this.windowMs;
		this.flush();
	}

	/** Runs `show` now, or, during a drag, with the next input (in order, after those held). */
	run(show: () => void): void {
		const wait = this.#until - this.now();
		if (wait <= 0 && this.#held.length === 0) {
			show();
			return;
		}
		this.#held.push(show);
		if (this.#timer === undefined) this.#timer = setTimeout(() => this.flush(), Math.max(0, wait));
	}

	/** Shows everything held, oldest first. */
	flush(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const held = this.#held;
		this.#held = [];
		for (const show of held) show();
	}

	/** Forgets what was held (the run it belongs to is gone). */
	dispose(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#held = [];
	}
}
