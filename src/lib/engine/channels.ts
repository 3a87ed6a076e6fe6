/**
 * Newest-wins scheduling for one widget's stream of requests (a slider being dragged).
 *
 * At most one request per channel is in the worker at a time. While it runs, newer requests wait
 * in a single slot: each newcomer takes the slot and the one it displaces resolves to null
 * without ever being sent. Every answer that comes back is delivered, since it is the newest the
 * widget can have yet.
 *
 * Why not send every request and drop all but the newest answer: when the worker needs longer
 * than the gap between input events (a slow phone, a busy machine), every answer is already
 * stale when it arrives, so the view would not move at all until the drag stops, while the
 * worker grinds through a queue of requests nobody wants.
 */
export class ChannelQueue {
	#busy = new Set<string>();
	#waiting = new Map<string, (go: boolean) => void>();

	/**
	 * Runs `send` on `channel` when the channel is free. Resolves to its answer, or to null if a
	 * newer call on the same channel took its place before it was sent.
	 */
	async run<T>(channel: string, send: () => Promise<T>): Promise<T | null> {
		if (this.#busy.has(channel)) {
			this.#waiting.get(channel)?.(false);
			const go = await new Promise<boolean>((resolve) => this.#waiting.set(channel, resolve));
			if (!go) return null;
		}
		this.#busy.add(channel);
		try {
			return await send();
		} finally {
			const next = this.#waiting.get(channel);
			this.#waiting.delete(channel);
			// The channel stays busy and passes straight to the waiting call, if there is one.
			if (next) next(true);
			else this.#busy.delete(channel);
		}
	}
}
