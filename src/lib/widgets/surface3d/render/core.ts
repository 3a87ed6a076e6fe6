import {
	AmbientLight,
	DirectionalLight,
	Matrix4,
	PerspectiveCamera,
	Raycaster,
	Scene,
	Vector2,
	WebGLRenderer
} from 'three';
import { createBalls } from './balls';
import { frameScheduler } from './frames';
import { FLOOR, landscapeObjects } from './landscape';
import { floorSight } from './occlusion';
import { cameraPosition, START, TARGET, type Orbit } from './orbit';
import { drawOverlay } from './overlay';
import { picture as createPicture } from './picture';
import type { PictureSize } from './protocol';
import { fitLabels } from './sprites';
import type { Canvas2D } from './canvas2d';
import type { ViewChange } from './view';

/**
 * The three.js side of the 3D surface: the landscape (landscape.ts), the balls (balls.ts) and a
 * frame drawn only when something changed (frames.ts). It touches no DOM, so it runs in a worker
 * on an OffscreenCanvas (render.worker.ts) and, where a browser cannot do that, on the page
 * (scene.ts decides). Either way it is loaded lazily, so three.js is in no page's initial
 * JavaScript.
 */

/** The camera's vertical field of view, in degrees, for a view 4:3 or wider. */
const FOV = 38;
const WIDEST = 4 / 3;

/**
 * The vertical field of view for a canvas of this aspect: a narrower one (a phone's view beside
 * its legend) widens it so the view still spans what a 4:3 one does across, and the whole surface
 * stays in sight instead of being cut at the sides.
 */
function fovFor(aspect: number): number {
	if (aspect >= WIDEST) return FOV;
	const half = Math.atan((Math.tan((FOV * Math.PI) / 360) * WIDEST) / aspect);
	return (half * 360) / Math.PI;
}

export interface CoreOptions {
	/** A software renderer: no antialiasing (see webgl.ts). */
	software: boolean;
	/**
	 * After each frame: its number, how long it took, and whether WebGL drew (or only the balls,
	 * in 2D over the landscape's copy).
	 */
	onframe(frame: number, renderMs: number, gl: boolean, labelPx: number): void;
	/** WebGL went away (context lost). */
	onlost(): void;
}

export interface SceneCore {
	/** Takes what changed in the view (view.ts). */
	update(change: ViewChange): void;
	/** The axes' ink and the paper behind the surface, as the page's style has them. */
	colours(ink: string, paper: string): void;
	/**
	 * The picture's size in CSS pixels, device pixels per CSS pixel for WebGL and for the picture,
	 * and how large its labels must read on screen.
	 */
	resize(size: PictureSize): void;
	orbit(o: Orbit): void;
	/** The weights under a point of the view (normalised device coordinates), or null. */
	pick(x: number, y: number): [number, number] | null;
	dispose(): void;
}

/**
 * A software renderer (SwiftShader, llvmpipe) pays for every triangle: every second grid point
 * (41 × 41 of 81 × 81) looks the same at this size; the floor map and the balls' heights still
 * use the whole grid.
 */
const SOFTWARE_STRIDE = 2;

/**
 * Sets up the renderer and draws into `picture`, the 2D canvas on the page. Throws if WebGL is
 * unavailable. WebGL draws the landscape off screen, only when it changes; each frame copies
 * that into the picture and draws the balls over it in 2D, so the page composites one opaque
 * layer (bench/README.md has why).
 */
export function createCore(picture: Canvas2D, options: CoreOptions): SceneCore {
	const canvas = glCanvas();
	const renderer = new WebGLRenderer({ canvas, antialias: !options.software, alpha: true });
	const shown = createPicture(picture);
	let ink = '#333';
	let paper = '#fff';
	const scene = new Scene();
	const camera = new PerspectiveCamera(FOV, 1, 0.05, 50);
	camera.up.set(0, 0, 1);
	scene.add(new AmbientLight(0xffffff, 1.1), sun());

	const landscape = landscapeObjects(scene, options.software ? SOFTWARE_STRIDE : 1);
	const balls = createBalls();
	const frames = frameScheduler(draw);
	/** What of the floor the surface leaves in sight, from this eye (occlusion.ts). */
	let sight: ((x: number, y: number) => boolean) | null = null;
	let step = 0;
	let frame = 0;
	// The landscape needs a WebGL frame; the balls alone only a 2D one.
	let glDirty = true;
	const size = { width: 0, height: 0, ratio: 1 };
	/**
	 * The picture's height on screen, the least size of its labels there (sprites.ts), and the
	 * size of the smallest as drawn.
	 */
	const labels = { screenHeight: 0, floor: 0, smallest: 0 };
	const viewProjection = new Matrix4();
	orbit(START);

	function sun(): DirectionalLight {
		const light = new DirectionalLight(0xffffff, 1.2);
		light.position.set(-1, -2, 4);
		return light;
	}

	function orbit(o: Orbit) {
		camera.position.set(...cameraPosition(o));
		camera.lookAt(...TARGET);
		// What the surface hides depends on where the eye is.
		sight = null;
	}

	function invalidate(gl: boolean) {
		if (gl) glDirty = true;
		frames.invalidate();
	}

	function draw(now: number) {
		const t0 = performance.now();
		if (balls.advance(now)) invalidate(false);
		const gl = glDirty;
		if (gl) renderLandscape();
		glDirty = false;
		paintPicture(t0, gl);
	}

	/** WebGL draws the landscape; the picture keeps a copy of it over the paper. */
	function renderLandscape() {
		labels.smallest = fitLabels(scene, camera, labels.screenHeight, labels.floor);
		renderer.render(scene, camera);
		shown.keep(canvas, paper);
	}

	/** Draws the picture (the landscape, the balls) and reports the frame begun at `t0`. */
	function paintPicture(t0: number, gl: boolean) {
		const field = landscape.field;
		if (field && size.width) {
			shown.restore();
			camera.updateMatrixWorld();
			viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
			const { x, y, z } = camera.position;
			sight ??= floorSight(field, [x, y, z], FLOOR);
			const projection = {
				matrix: viewProjection.elements,
				width: size.width,
				height: size.height,
				focal: camera.projectionMatrix.elements[5]
			};
			drawOverlay(shown.ctx, projection, size.ratio, sight, FLOOR, balls.list);
		}
		options.onframe(++frame, performance.now() - t0, gl, labels.smallest);
	}

	function update(change: ViewChange) {
		if (change.landscape) {
			landscape.build(change.landscape, ink);
			sight = null;
			glDirty = true;
		}
		const current = landscape.current;
		// The first change always carries the landscape; without one there is nothing to show.
		if (!current) return;
		if (change.balls) balls.sync(change.balls, current, change.landscape !== undefined);
		if (change.start) {
			landscape.placeStart(change.start);
			glDirty = true;
		}
		step = change.step;
		balls.show(step, change.tweenMs, change.balls !== undefined);
		// A new rate or a step needs only a 2D draw over the landscape's copy: now, not a frame later.
		if (glDirty || balls.moving || frames.pending) invalidate(false);
		else paintPicture(performance.now(), false);
	}

	const ray = new Raycaster();
	const onLost = (e: Event) => (e.preventDefault(), options.onlost());
	canvas.addEventListener('webglcontextlost', onLost);

	return {
		update,
		colours(nextInk, nextPaper) {
			ink = nextInk;
			paper = nextPaper;
			const current = landscape.current;
			if (!current) return shown.blank(paper);
			// The axes and their labels are drawn in the ink: new colours build the landscape again.
			if (landscape.ink !== ink) landscape.build(current, ink);
			sight = null;
			balls.show(step, 0, true);
			// The backdrop is drawn again over the new paper, next frame.
			invalidate(true);
		},
		resize({ width, height, ratio, pictureRatio, zoom, labelFloor }) {
			if (!width || !height) return;
			Object.assign(labels, { screenHeight: height * zoom, floor: labelFloor });
			renderer.setPixelRatio(ratio);
			renderer.setSize(width, height, false);
			shown.resize(width, height, pictureRatio);
			Object.assign(size, { width, height, ratio: pictureRatio });
			camera.aspect = width / height;
			camera.fov = fovFor(camera.aspect);
			camera.updateProjectionMatrix();
			// A resized canvas is cleared: paper until the next frame.
			shown.blank(paper);
			invalidate(true);
		},
		orbit(o) {
			orbit(o);
			invalidate(true);
		},
		pick(x, y) {
			ray.setFromCamera(new Vector2(x, y), camera);
			return landscape.pick(ray);
		},
		dispose() {
			frames.cancel();
			canvas.removeEventListener('webglcontextlost', onLost);
			landscape.dispose();
			renderer.dispose();
		}
	};
}

/**
 * The canvas WebGL draws on, never shown: a detached canvas on a page (WebGL in an OffscreenCanvas
 * came to Safari later than the 2D one), an OffscreenCanvas in a worker, which has no document.
 */
function glCanvas(): Canvas2D {
	return typeof document === 'undefined'
		? new OffscreenCanvas(1, 1)
		: document.createElement('canvas');
}
