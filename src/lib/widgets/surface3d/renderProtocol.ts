import type { Orbit } from './orbit';
import type { SceneBallView, SceneLabels } from './sceneView';
import type { Grid, HeightMode } from './mesh';

/**
 * Messages between the page (scene.ts) and whatever draws the 3D surface (renderHost.ts, in a
 * worker or on the page). One module both sides import, as for the engine.
 *
 * A view travels as a change: the grid, the labels and the balls' runs only when they are new
 * objects, so a slider drag sends the new runs and a step of play sends a number.
 */
export interface ViewChange {
	grid?: Grid;
	labels?: SceneLabels;
	balls?: SceneBallView[];
	mode: HeightMode;
	step: number;
	start: [number, number];
	tweenMs: number;
	tag?: string;
	ink: string;
}

export type ToRenderer =
	| {
			type: 'init';
			canvas: OffscreenCanvas | HTMLCanvasElement;
			software: boolean;
			orbit: Orbit;
			width: number;
			height: number;
			ratio: number;
	  }
	| { type: 'view'; change: ViewChange }
	| { type: 'size'; width: number; height: number; ratio: number }
	| { type: 'orbit'; orbit: Orbit }
	| { type: 'pick'; x: number; y: number }
	| { type: 'dispose' };

export type FromRenderer =
	| { type: 'frame'; frame: number; tag?: string; renderMs: number }
	| { type: 'picked'; w1: number; w2: number }
	| { type: 'lost'; reason: string };
