import type { EngineError, Result } from '$lib/engine/protocol';
import { Waiting } from '$lib/ui/waiting.svelte';

/**
 * The newest answer to one kind of engine call, with its error and whether it is late: what a
 * widget's Picture and Readout need to say "Computing…" instead of numbers that are not current.
 *
 *   const curves = new Answer<LossCurvesAnswer>();
 *   curves.take(engine().call('lossCurves', req, channel));
 *   <Readout busy={curves.busy} …>
 */
export class Answer<T> {
	value = $state.raw<T | null>(null);
	error = $state.raw<EngineError | null>(null);
	readonly waiting: Waiting;

	/** Calls that share a Waiting count as one widget's: any late one makes it busy. */
	constructor(waiting = new Waiting()) {
		this.waiting = waiting;
	}

	/** Nothing computed yet, or an answer overdue: what is on show is not the settings'. */
	get busy(): boolean {
		return !this.error && (this.value === null || this.waiting.overdue);
	}

	/** Takes the call's answer; resolves to the value, or undefined when stale or failed. */
	async take(call: Promise<Result<T> | null | undefined>): Promise<T | undefined> {
		const answer = await this.waiting.track(call);
		if (!answer) return undefined;
		if (!answer.ok) {
			this.error = answer.error;
			return undefined;
		}
		this.error = null;
		this.value = answer.value;
		return answer.value;
	}
}
