import type { Grid, HeightMode } from './mesh';

/**
 * What the 3D scene and the 2D map (ContourMap.svelte) draw: one plain description, built by the
 * shell from the engine's answers. Fields are compared by identity, so the shell makes new
 * arrays only when the data changed; `viewChange` is the one place that compares them.
 */
export interface SceneBallView {
	color: string;
	/** Weights after each step, flattened (2k, 2k + 1). */
	path: Float64Array;
	loss: Float64Array;
	steps: number;
}

export interface SceneLabels {
	w1: string;
	w2: string;
	L: string;
	w1Lo: string;
	w1Hi: string;
	w2Lo: string;
	w2Hi: string;
	lLo: string;
	lHi: string;
}

export interface SceneView {
	grid: Grid;
	mode: HeightMode;
	labels: SceneLabels;
	balls: SceneBallView[];
	/** The step every ball is shown at (a ball whose run ended stays at its end). */
	step: number;
	start: [number, number];
	/** How long the move to the next step takes; 0 for reduced motion. */
	tweenMs: number;
}

/** The surface itself: what WebGL draws again when any of it is new. */
export interface Landscape {
	grid: Grid;
	mode: HeightMode;
	labels: SceneLabels;
}

/**
 * A view as it travels to the renderer: only what differs from the view sent before, so a slider
 * drag sends the one new run and a step of play sends a number.
 */
export interface ViewChange {
	/** A new landscape; every ball then comes with it (their heights depend on it). */
	landscape?: Landscape;
	/** One entry per ball: its new run, or null where the renderer's is still current. */
	balls?: (SceneBallView | null)[];
	start?: [number, number];
	step: number;
	tweenMs: number;
}

/**
 * What the renderer needs to go from `before` (null: it has nothing yet) to `view`, as plain
 * copies (the shell's reactive state cannot be posted to a worker), and the runs' buffers, which
 * are handed over rather than serialised: a run is up to 2,001 steps.
 */
export function viewChange(
	before: SceneView | null,
	view: SceneView
): { change: ViewChange; transfer: ArrayBuffer[] } {
	const change: ViewChange = { step: view.step, tweenMs: view.tweenMs };
	const landscape =
		view.grid !== before?.grid || view.labels !== before?.labels || view.mode !== before?.mode;
	if (landscape) {
		const { n, values, min, max, domain } = view.grid;
		const [[a, b], [c, d]] = domain;
		const grid: Grid = {
			n,
			values,
			min,
			max,
			domain: [
				[a, b],
				[c, d]
			]
		};
		change.landscape = { grid, mode: view.mode, labels: { ...view.labels } };
	}
	const transfer: ArrayBuffer[] = [];
	if (landscape || view.balls !== before?.balls) {
		const balls = view.balls.map((ball, i) => {
			if (!landscape && ball.path === before?.balls[i]?.path) return null;
			const path = ball.path.slice();
			const loss = ball.loss.slice();
			transfer.push(path.buffer, loss.buffer);
			return { color: ball.color, path, loss, steps: ball.steps };
		});
		// A new array holding the same runs (an answer equal to the last) changes nothing.
		const same = !landscape && balls.length === before?.balls.length && balls.every((b) => !b);
		if (!same) change.balls = balls;
	}
	if (landscape || view.start[0] !== before?.start[0] || view.start[1] !== before?.start[1]) {
		change.start = [view.start[0], view.start[1]];
	}
	return { change, transfer };
}
