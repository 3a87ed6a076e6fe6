/** An answer later than this is worth telling the reader about (a drag's answers come sooner). */
export const OVERDUE_MS = 300;

/**
 * Follows one widget's engine calls and says whether any is overdue: a widget wraps each call
 * in `track` and, while `overdue`, shows the words of Pending.svelte instead of its numbers.
 * A worker that died is restarted by the client and answers late, so this covers that too.
 *
 *   const waiting = new Waiting();
 *   const answer = await waiting.track(engine().call(…));
 */
export class Waiting {
	#overdue = $state(0);

	/** Whether an answer this widget waits for is more than OVERDUE_MS late. */
	get overdue(): boolean {
		return this.#overdue > 0;
	}

	track<T>(call: Promise<T>): Promise<T> {
		let late = false;
		const timer = setTimeout(() => {
			late = true;
			this.#overdue++;
		}, OVERDUE_MS);
		return call.finally(() => {
			clearTimeout(timer);
			if (late) this.#overdue--;
		});
	}
}
