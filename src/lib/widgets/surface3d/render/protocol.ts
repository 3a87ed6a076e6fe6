import type { Orbit } from './orbit';
import type { ViewChange } from './view';

/**
 * Messages between the page (scene.ts) and whatever draws the 3D surface (host.ts, in a worker or
 * on the page). One module both sides import, as for the engine. A view travels as a change
 * (view.ts).
 */

/** The page's colours, read from its style: the axes' ink and the paper behind the surface. */
export interface Colours {
	ink: string;
	paper: string;
}

/**
 * CSS pixels, and device pixels per CSS pixel: for WebGL (less on a software renderer) and for
 * the picture on the page, where the balls are drawn over a copy of the WebGL landscape.
 */
export interface PictureSize {
	width: number;
	height: number;
	ratio: number;
	pictureRatio: number;
	/** Screen pixels per CSS pixel of the picture: a slide is scaled to its screen. */
	zoom: number;
	/** The least size of the axes' labels in screen pixels (0: as the scene draws them). */
	labelFloor: number;
}

export type ToRenderer =
	| ({
			type: 'init';
			/** The picture on the page (2D): the landscape and the balls (overlay.ts) over it. */
			canvas: OffscreenCanvas | HTMLCanvasElement;
			software: boolean;
			orbit: Orbit;
	  } & PictureSize &
			Colours)
	/** `tag` comes back with each frame that shows this view, so a benchmark can match them. */
	| { type: 'view'; change: ViewChange; tag?: string }
	| ({ type: 'colours' } & Colours)
	| ({ type: 'size' } & PictureSize)
	| { type: 'orbit'; orbit: Orbit }
	| { type: 'pick'; x: number; y: number }
	/** Are you there? The renderer answers `pong` once it has taken every message before. */
	| { type: 'ping' }
	| { type: 'dispose' };

export type FromRenderer =
	| {
			type: 'frame';
			frame: number;
			tag?: string;
			renderMs: number;
			gl: boolean;
			/** The smallest label's font as drawn, in screen pixels (tests read it). */
			labelPx: number;
			/**
			 * When the drawing was done, in ms since the time origin shared by every context
			 * (performance.timeOrigin + performance.now()): the frame reaches the screen without the
			 * page's thread, which may hear of it later (bench/surface3d.browser.mjs).
			 */
			drawnAt: number;
	  }
	| { type: 'picked'; w1: number; w2: number }
	| { type: 'pong' }
	| { type: 'lost'; reason: string };
