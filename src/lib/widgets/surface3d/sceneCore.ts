import {
	AmbientLight,
	CircleGeometry,
	DirectionalLight,
	Matrix4,
	Mesh,
	MeshBasicMaterial,
	PerspectiveCamera,
	PlaneGeometry,
	Raycaster,
	Scene,
	Vector2,
	WebGLRenderer,
	type Object3D
} from 'three';
import { between, fromScene, pathPoints, toScene } from './mesh';
import { floorSight, heightField, type HeightField } from './occlusion';
import { cameraPosition, START, TARGET, type Orbit } from './orbit';
import { drawOverlay, type OverlayBall } from './overlay';
import { canvas2d } from './canvas2d';
import { axes, disposeAll, floorTexture, FLOOR, surfaceMesh } from './sceneParts';
import type { SceneView } from './sceneView';

/**
 * The three.js side of the 3D surface: it owns every GPU object and draws a frame only when
 * something changed (new data, a tween in flight, the camera moved, a resize): an idle surface
 * costs no CPU. It touches no DOM, so it runs in a worker on an OffscreenCanvas (render.worker.ts)
 * and, where a browser cannot do that, on the page (scene.ts decides). Either way it is loaded
 * lazily, so three.js is in no page's initial JavaScript.
 */

/** What draws: a canvas on the page, or one handed to a worker. */
export type AnyCanvas = HTMLCanvasElement | OffscreenCanvas;

export interface CoreOptions {
	/** A software renderer: no antialiasing (see webgl.ts). */
	software: boolean;
	/**
	 * After each frame: its number, the view's tag, how long it took, and whether WebGL drew (or
	 * only the balls, in 2D over the landscape's copy).
	 */
	onframe(frame: number, tag: string | undefined, renderMs: number, gl: boolean): void;
	/** WebGL went away (context lost). */
	onlost(): void;
}

export interface SceneCore {
	update(view: SceneView): void;
	/** The axes' ink and the paper behind the surface, as the page's style has them. */
	colours(ink: string, paper: string): void;
	/** The picture's size in CSS pixels; device pixels per CSS pixel for WebGL and for the picture. */
	resize(width: number, height: number, ratio: number, pictureRatio: number): void;
	orbit(o: Orbit): void;
	/** The weights under a point of the view (normalised device coordinates), or null. */
	pick(x: number, y: number): [number, number] | null;
	dispose(): void;
}

/**
 * A software renderer (SwiftShader, llvmpipe) pays for every triangle: the 81 × 81 surface was
 * about half of each frame. Every second grid point (41 × 41, a quarter of the triangles) looks the
 * same at this size; the floor map and the balls' heights still use the whole grid.
 */
const SOFTWARE_STRIDE = 2;

/**
 * Sets up the renderer and draws into `picture`, the 2D canvas on the page. Throws if WebGL is
 * unavailable.
 *
 * WebGL draws the landscape off screen, only when it changes; each frame copies that into the
 * picture and draws the balls over it in 2D. The page then has one opaque layer to composite, not
 * a WebGL canvas under a transparent one: where the browser composites on the CPU (no GPU, as in
 * headless Chromium), blending the balls' layer over the landscape cost about 7 ms a frame while
 * a slider was dragged, and that CPU was taken from the engine and the page.
 */
export function createCore(picture: AnyCanvas, options: CoreOptions): SceneCore {
	const canvas = glCanvas();
	const renderer = new WebGLRenderer({ canvas, antialias: !options.software, alpha: true });
	const context = picture.getContext('2d', { alpha: false }) as PictureContext | null;
	if (!context) throw new Error('No 2D canvas for the picture.');
	const ctx: PictureContext = context;
	// The landscape at the picture's size, over its paper: a frame starts with a copy of it.
	let backdrop = canvas2d(1, 1);
	let ink = '#333';
	let paper = '#fff';
	/** The ink the landscape's axes were built in. */
	let builtInk = '';
	const scene = new Scene();
	const camera = new PerspectiveCamera(38, 1, 0.05, 50);
	camera.up.set(0, 0, 1);
	scene.add(new AmbientLight(0xffffff, 1.1), sun());

	const world: Object3D[] = [];
	interface Ball extends OverlayBall {
		/** The run these points show. */
		path: Float64Array;
	}
	const balls: Ball[] = [];
	let surface: Mesh | null = null;
	let floor: Mesh | null = null;
	let start: Mesh | null = null;
	let field: HeightField | null = null;
	/** What of the floor the surface leaves in sight, from this eye (occlusion.ts). */
	let sight: ((x: number, y: number) => boolean) | null = null;
	let current: SceneView | null = null;
	let shown = 0;
	let tween: { from: number; to: number; t0: number; ms: number } | null = null;
	let frame = 0;
	let pending = 0;
	// The landscape needs a WebGL frame; the balls alone only a 2D one.
	let glDirty = true;
	const size = { width: 0, height: 0, ratio: 1 };
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

	/** Asks for one frame; many asks before it comes cost one render. */
	function invalidate(gl: boolean) {
		if (gl) glDirty = true;
		if (!pending) pending = nextFrame(draw);
	}

	function draw(now: number) {
		pending = 0;
		const t0 = performance.now();
		if (tween) {
			const f = tween.ms > 0 ? Math.min(1, (now - tween.t0) / tween.ms) : 1;
			placeBalls(tween.from, f);
			if (f < 1) invalidate(false);
			else tween = null;
		}
		const gl = glDirty;
		if (gl) renderLandscape();
		glDirty = false;
		paintPicture(t0, gl);
	}

	/** WebGL draws the landscape; the backdrop keeps a copy of it over the paper. */
	function renderLandscape() {
		renderer.render(scene, camera);
		const { canvas: c, ctx: b } = backdrop;
		b.fillStyle = paper;
		b.fillRect(0, 0, c.width, c.height);
		b.drawImage(canvas, 0, 0, c.width, c.height);
	}

	/** Draws the picture (the landscape, the balls) and reports the frame begun at `t0`. */
	function paintPicture(t0: number, gl: boolean) {
		if (field && size.width) {
			ctx.setTransform(1, 0, 0, 1, 0, 0);
			ctx.drawImage(backdrop.canvas, 0, 0);
			drawBalls(field);
		}
		options.onframe(++frame, current?.tag, performance.now() - t0, gl);
	}

	/** Paper alone: what the picture shows until the landscape is drawn. */
	function blank() {
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.fillStyle = paper;
		ctx.fillRect(0, 0, picture.width, picture.height);
	}

	function drawBalls(heights: HeightField) {
		camera.updateMatrixWorld();
		viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
		const { x, y, z } = camera.position;
		sight ??= floorSight(heights, [x, y, z], FLOOR);
		const projection = {
			matrix: viewProjection.elements,
			width: size.width,
			height: size.height,
			focal: camera.projectionMatrix.elements[5]
		};
		drawOverlay(ctx, projection, size.ratio, sight, FLOOR, balls);
	}

	/** Balls at fraction f between step `from` and from + 1 (f = 1: at from + 1). */
	function placeBalls(from: number, f: number) {
		for (const b of balls) {
			b.at = between(b.points, from, f);
			b.drawn = Math.min(b.points.length / 3, from + 1 + (f >= 1 ? 1 : 0));
		}
	}

	function buildLandscape(view: SceneView) {
		disposeAll(world);
		builtInk = ink;
		surface = surfaceMesh(view, options.software ? SOFTWARE_STRIDE : 1);
		floor = new Mesh(new PlaneGeometry(2, 2), new MeshBasicMaterial({ map: floorTexture(view) }));
		floor.position.z = FLOOR;
		start = new Mesh(
			new CircleGeometry(0.035, 24),
			new MeshBasicMaterial({ color: ink, transparent: true, opacity: 0.85 })
		);
		world.push(surface, floor, start, axes(view, ink));
		scene.add(...world);
		field = heightField(view.grid, view.mode);
		sight = null;
	}

	/** Brings the balls in line with the view: a ball whose run is unchanged keeps its points. */
	function syncBalls(view: SceneView, rebuild: boolean) {
		if (rebuild) balls.length = 0;
		balls.length = Math.min(balls.length, view.balls.length);
		view.balls.forEach((b, i) => {
			if (balls[i]?.path === b.path) return;
			const points = pathPoints(b.path, b.loss, b.steps, view.grid, view.mode, 0.035);
			balls[i] = {
				color: b.color,
				points,
				path: b.path,
				drawn: 0,
				at: [points[0], points[1], points[2]]
			};
		});
	}

	function update(view: SceneView) {
		const before = current;
		current = view;
		// The axes and their labels are drawn in the ink: new colours build the landscape again.
		const landscape =
			view.grid !== before?.grid ||
			view.labels !== before?.labels ||
			view.mode !== before?.mode ||
			ink !== builtInk;
		if (landscape) buildLandscape(view);
		if (landscape || view.balls !== before?.balls) syncBalls(view, landscape);
		if (landscape || view.start[0] !== before?.start[0] || view.start[1] !== before?.start[1]) {
			const [sx, sy] = toScene(view.grid.domain, view.start[0], view.start[1]);
			start?.position.set(sx, sy, FLOOR + 0.003);
			glDirty = true;
		}
		if (view.step === shown + 1 && view.tweenMs > 0 && view.balls === before?.balls) {
			tween = { from: shown, to: view.step, t0: performance.now(), ms: view.tweenMs };
		} else {
			tween = null;
			placeBalls(view.step, 0);
		}
		shown = view.step;
		// A new rate or a step needs only a 2D draw over the landscape's copy: now, not a frame later.
		if (glDirty || tween || pending) invalidate(false);
		else {
			paintPicture(performance.now(), false);
		}
	}

	const ray = new Raycaster();
	function pick(x: number, y: number): [number, number] | null {
		if (!current) return null;
		ray.setFromCamera(new Vector2(x, y), camera);
		const hit = ray.intersectObjects([surface, floor].filter((o): o is Mesh => o !== null))[0];
		if (!hit || Math.abs(hit.point.x) > 1 || Math.abs(hit.point.y) > 1) return null;
		return fromScene(current.grid.domain, hit.point.x, hit.point.y);
	}

	const onLost = (e: Event) => (e.preventDefault(), options.onlost());
	canvas.addEventListener('webglcontextlost', onLost);

	return {
		update,
		colours(nextInk, nextPaper) {
			ink = nextInk;
			paper = nextPaper;
			if (!current) return blank();
			// The backdrop is drawn again over the new paper, next frame.
			invalidate(true);
			update(current);
		},
		resize(width, height, ratio, pictureRatio) {
			if (!width || !height) return;
			renderer.setPixelRatio(ratio);
			renderer.setSize(width, height, false);
			picture.width = Math.round(width * pictureRatio);
			picture.height = Math.round(height * pictureRatio);
			backdrop = canvas2d(picture.width, picture.height);
			Object.assign(size, { width, height, ratio: pictureRatio });
			camera.aspect = width / height;
			camera.updateProjectionMatrix();
			// A resized canvas is cleared: paper until the next frame.
			blank();
			invalidate(true);
		},
		orbit(o) {
			orbit(o);
			invalidate(true);
		},
		pick,
		dispose() {
			cancelFrame(pending);
			canvas.removeEventListener('webglcontextlost', onLost);
			disposeAll(world);
			renderer.dispose();
		}
	};
}

type PictureContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * The canvas WebGL draws on, never shown: a detached canvas on a page (WebGL in an OffscreenCanvas
 * came to Safari later than the 2D one), an OffscreenCanvas in a worker, which has no document.
 */
function glCanvas(): AnyCanvas {
	return typeof document === 'undefined'
		? new OffscreenCanvas(1, 1)
		: document.createElement('canvas');
}

// Dedicated workers have animation frames in Chromium and Firefox; elsewhere a timer stands in.
const nextFrame = (cb: (now: number) => void): number =>
	typeof requestAnimationFrame === 'function'
		? requestAnimationFrame(cb)
		: (setTimeout(() => cb(performance.now()), 16) as unknown as number);
const cancelFrame = (id: number) =>
	typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id);
