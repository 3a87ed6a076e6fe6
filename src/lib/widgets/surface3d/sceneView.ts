import type { Grid, HeightMode } from './mesh';

/**
 * What the 3D scene (scene.ts) and the 2D map (ContourMap.svelte) draw: one plain description,
 * built by the shell from the engine's answers. The views compare fields by identity, so the
 * shell makes new arrays only when the data changed.
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
	/** Passed back in each frame's event, so a benchmark can tell which input a frame shows. */
	tag?: string;
}
