import {
	AmbientLight,
	CircleGeometry,
	Color,
	DirectionalLight,
	Line,
	Mesh,
	MeshBasicMaterial,
	MeshLambertMaterial,
	PerspectiveCamera,
	PlaneGeometry,
	Raycaster,
	Scene,
	SphereGeometry,
	Vector2,
	WebGLRenderer,
	type Object3D
} from 'three';
import { between, fromScene, pathPoints, toScene } from './mesh';
import { cameraPosition, START, TARGET, type Orbit } from './orbit';
import { axes, disposeAll, fill, floorTexture, FLOOR, line, surfaceMesh } from './sceneParts';
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
	/** After each frame: its number, the view's tag and how long the render call took. */
	onframe(frame: number, tag: string | undefined, renderMs: number): void;
	/** WebGL went away (context lost). */
	onlost(): void;
}

/** A view as the page sends it: the landscape's colour of ink travels with it. */
export type CoreView = SceneView & { ink: string };

export interface SceneCore {
	update(view: CoreView): void;
	/** The drawing buffer's size in CSS pixels, and device pixels per CSS pixel. */
	resize(width: number, height: number, ratio: number): void;
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

/** Sets up the renderer on `canvas`. Throws if WebGL is unavailable. */
export function createCore(canvas: AnyCanvas, options: CoreOptions): SceneCore {
	const renderer = new WebGLRenderer({ canvas, antialias: !options.software, alpha: true });
	const scene = new Scene();
	const camera = new PerspectiveCamera(38, 1, 0.05, 50);
	camera.up.set(0, 0, 1);
	scene.add(new AmbientLight(0xffffff, 1.1), sun());
	orbit(START);

	const world: Object3D[] = [];
	interface Ball {
		ball: Mesh;
		trail: Line;
		preview: Line;
		shadow: Mesh;
		floorTrail: Line;
		points: Float32Array;
		/** The run these objects show. */
		path: Float64Array;
	}
	const balls: Ball[] = [];
	const parts = (b: Ball) => [b.ball, b.trail, b.preview, b.shadow, b.floorTrail];
	let surface: Mesh | null = null;
	let floor: Mesh | null = null;
	let start: Mesh | null = null;
	let current: CoreView | null = null;
	let shown = 0;
	let tween: { from: number; to: number; t0: number; ms: number } | null = null;
	let frame = 0;
	let pending = 0;

	function sun(): DirectionalLight {
		const light = new DirectionalLight(0xffffff, 1.2);
		light.position.set(-1, -2, 4);
		return light;
	}

	function orbit(o: Orbit) {
		camera.position.set(...cameraPosition(o));
		camera.lookAt(...TARGET);
	}

	/** Asks for one frame; many asks before it comes cost one render. */
	function invalidate() {
		if (!pending) pending = nextFrame(draw);
	}

	function draw(now: number) {
		pending = 0;
		const t0 = performance.now();
		if (tween) {
			const f = tween.ms > 0 ? Math.min(1, (now - tween.t0) / tween.ms) : 1;
			placeBalls(tween.from, f);
			if (f < 1) invalidate();
			else tween = null;
		}
		renderer.render(scene, camera);
		options.onframe(++frame, current?.tag, performance.now() - t0);
	}

	/** Balls at fraction f between step `from` and from + 1 (f = 1: at from + 1). */
	function placeBalls(from: number, f: number) {
		for (const b of balls) {
			const [x, y, z] = between(b.points, from, f);
			b.ball.position.set(x, y, z);
			b.shadow.position.set(x, y, FLOOR + 0.002);
			b.shadow.visible = Math.abs(x) <= 1 && Math.abs(y) <= 1;
			const drawn = Math.min(b.points.length / 3, from + 1 + (f >= 1 ? 1 : 0));
			b.trail.geometry.setDrawRange(0, drawn);
			b.floorTrail.geometry.setDrawRange(0, drawn);
		}
	}

	function buildLandscape(view: CoreView) {
		disposeAll(world);
		const ink = view.ink;
		surface = surfaceMesh(view, options.software ? SOFTWARE_STRIDE : 1);
		floor = new Mesh(new PlaneGeometry(2, 2), new MeshBasicMaterial({ map: floorTexture(view) }));
		floor.position.z = FLOOR;
		start = new Mesh(
			new CircleGeometry(0.035, 24),
			new MeshBasicMaterial({ color: ink, transparent: true, opacity: 0.85 })
		);
		world.push(surface, floor, start, axes(view, ink));
		scene.add(...world);
	}

	/**
	 * Brings the balls in line with the view. A ball whose run is unchanged keeps its objects;
	 * a new run only refills its lines' buffers, so dragging one rate rebuilds nothing else.
	 */
	function syncBalls(view: SceneView, rebuild: boolean) {
		if (rebuild) {
			disposeAll(balls.flatMap(parts));
			balls.length = 0;
		}
		while (balls.length > view.balls.length) disposeAll(parts(balls.pop()!));
		view.balls.forEach((b, i) => {
			if (balls[i]?.path === b.path) return;
			const points = pathPoints(b.path, b.loss, b.steps, view.grid, view.mode, 0.035);
			const flat = Float32Array.from(points, (v, j) => (j % 3 === 2 ? FLOOR + 0.004 : v));
			const old = balls[i];
			if (old) {
				fill(old.trail, points);
				fill(old.preview, points);
				fill(old.floorTrail, flat);
				old.preview.geometry.setDrawRange(0, points.length / 3);
				old.points = points;
				old.path = b.path;
				return;
			}
			const color = new Color(b.color);
			const ball = new Mesh(
				new SphereGeometry(0.055, 20, 14),
				new MeshLambertMaterial({
					color,
					emissive: color,
					emissiveIntensity: 0.35,
					depthTest: false
				})
			);
			ball.renderOrder = 3;
			const trail = line(points, color, 2, false, 0.95);
			// The whole run, faint: dragging the learning rate reshapes it at once.
			const preview = line(points, color, 1, false, 0.28);
			const floorTrail = line(flat, color, 1, true, 0.95);
			const shadow = new Mesh(new CircleGeometry(0.04, 20), new MeshBasicMaterial({ color }));
			scene.add(ball, trail, preview, shadow, floorTrail);
			balls[i] = { ball, trail, preview, shadow, floorTrail, points, path: b.path };
		});
	}

	function update(view: CoreView) {
		const before = current;
		current = view;
		if (view.grid !== before?.grid || view.labels !== before?.labels) buildLandscape(view);
		if (view.balls !== before?.balls || view.grid !== before?.grid) {
			syncBalls(view, view.grid !== before?.grid);
		}
		const [sx, sy] = toScene(view.grid.domain, view.start[0], view.start[1]);
		start?.position.set(sx, sy, FLOOR + 0.003);
		if (view.step === shown + 1 && view.tweenMs > 0 && view.balls === before?.balls) {
			tween = { from: shown, to: view.step, t0: performance.now(), ms: view.tweenMs };
		} else {
			tween = null;
			placeBalls(view.step, 0);
		}
		shown = view.step;
		invalidate();
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
		resize(width, height, ratio) {
			if (!width || !height) return;
			renderer.setPixelRatio(ratio);
			renderer.setSize(width, height, false);
			camera.aspect = width / height;
			camera.updateProjectionMatrix();
			invalidate();
		},
		orbit(o) {
			orbit(o);
			invalidate();
		},
		pick,
		dispose() {
			cancelFrame(pending);
			canvas.removeEventListener('webglcontextlost', onLost);
			disposeAll(world);
			disposeAll(balls.flatMap(parts));
			renderer.dispose();
		}
	};
}

// Dedicated workers have animation frames in Chromium and Firefox; elsewhere a timer stands in.
const nextFrame = (cb: (now: number) => void): number =>
	typeof requestAnimationFrame === 'function'
		? requestAnimationFrame(cb)
		: (setTimeout(() => cb(performance.now()), 16) as unknown as number);
const cancelFrame = (id: number) =>
	typeof cancelAnimationFrame === 'function' ? cancelAnimationFrame(id) : clearTimeout(id);
