import { channelId, engine } from '$lib/engine/client';
import type {
	DescendLandscapeRequest,
	LandscapeAnswer,
	LandscapeRunAnswer
} from '$lib/engine/landscapeProtocol';
import type { EngineError, OptimizerRequest } from '$lib/engine/protocol';
import type { LossSurfaceId } from '$lib/math/ids';
import { Waiting } from '$lib/ui/waiting.svelte';
import { GRID_N, MAX_STEPS } from './state';

/** One ball's run and the optimizer settings it was computed with. */
export interface BallRun {
	optimizer: OptimizerRequest;
	run: LandscapeRunAnswer;
}

/**
 * The engine's side of the widget: the surface grid and one run per ball, each asked for on a
 * channel of its own, so dragging one ball's learning rate recomputes that ball alone and the
 * newest request wins. Answers land in reactive fields the shell draws from.
 */
export class SurfaceRuns {
	grid = $state.raw<LandscapeAnswer | null>(null);
	balls = $state.raw<(BallRun | null)[]>([]);
	error = $state.raw<EngineError | null>(null);
	/** Whether an answer is overdue (the worker is slow, or restarting after it stopped). */
	readonly waiting = new Waiting();
	#channel = channelId('surface3d');
	#gridKey = '';
	#sent: string[] = [];

	async loadGrid(surface: LossSurfaceId, a: number): Promise<void> {
		const key = `${surface}:${surface === 'bowl' ? a : ''}`;
		if (key === this.#gridKey && this.grid) return;
		this.#gridKey = key;
		const answer = await this.waiting.track(
			engine().call('sampleLandscape', { surface, a, n: GRID_N }, `${this.#channel}-grid`)
		);
		if (!answer) return;
		if (answer.ok) this.grid = answer.value;
		else this.#fail(answer.error);
	}

	/** Computes every ball whose request changed; drops balls beyond `optimizers.length`. */
	compute(
		surface: LossSurfaceId,
		a: number,
		start: [number, number],
		optimizers: OptimizerRequest[]
	): void {
		if (this.balls.length > optimizers.length) {
			this.balls = this.balls.slice(0, optimizers.length);
			this.#sent.length = optimizers.length;
		}
		optimizers.forEach((optimizer, i) => {
			const req: DescendLandscapeRequest = {
				surface,
				a,
				optimizer,
				start: [start[0], start[1]],
				maxSteps: MAX_STEPS
			};
			const key = JSON.stringify(req);
			if (key === this.#sent[i]) return;
			this.#sent[i] = key;
			this.#run(i, req);
		});
	}

	async #run(i: number, req: DescendLandscapeRequest) {
		const answer = await this.waiting.track(
			engine().call('descendLandscape', req, `${this.#channel}-ball${i}`)
		);
		if (!answer || i >= this.#sent.length) return;
		if (!answer.ok) return this.#fail(answer.error);
		this.error = null;
		const next = this.balls.slice();
		next[i] = { optimizer: req.optimizer, run: answer.value };
		this.balls = next;
	}

	#fail(error: EngineError) {
		this.error = error;
		// Forget what was sent, so a retry asks again.
		this.#gridKey = '';
		this.#sent = [];
	}

	/** After a failure: ask for everything again. */
	retry(
		surface: LossSurfaceId,
		a: number,
		start: [number, number],
		optimizers: OptimizerRequest[]
	) {
		this.error = null;
		this.#gridKey = '';
		this.#sent = [];
		this.loadGrid(surface, a);
		this.compute(surface, a, start, optimizers);
	}
}
