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
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { between, fromScene, HEIGHT, pathPoints, toScene } from './mesh';
import { axes, disposeAll, fill, floorTexture, FLOOR, line, surfaceMesh } from './sceneParts';
import type { SceneView } from './sceneView';
import { pixelRatio } from './webgl';

/**
 * The three.js side of the 3D surface: it owns every GPU object behind mount / update / dispose
 * and draws a frame only when something changed (new data, a tween in flight, the camera moved,
 * a resize): an idle surface costs no CPU. Loaded lazily (await import('./scene')), so three.js
 * is not in any page's initial JavaScript.
 */

export interface SceneHandle {
	update(view: SceneView): void;
	/** Keyboard orbit: arrows turn the camera, + and − zoom. True when the key was used. */
	key(key: string): boolean;
	dispose(): void;
}

export interface SceneOptions {
	/** A software renderer: no antialiasing and fewer pixels (see webgl.ts). */
	software: boolean;
	/** A tap or click on the surface or the floor map, in weights. */
	onpick(w1: number, w2: number): void;
	/** WebGL went away (context lost): the shell shows the 2D map instead. */
	onlost(): void;
}

/** Creates the renderer in `host` and returns its handle. Throws if WebGL is unavailable. */
export function mount(host: HTMLElement, options: SceneOptions): SceneHandle {
	const renderer = new WebGLRenderer({ antialias: !options.software, alpha: true });
	const canvas = renderer.domElement;
	canvas.classList.add('surface-canvas');
	host.append(canvas);

	const scene = new Scene();
	const camera = new PerspectiveCamera(38, 1, 0.05, 50);
	camera.up.set(0, 0, 1);
	camera.position.set(-2.9, -3.2, 2.6);
	scene.add(new AmbientLight(0xffffff, 1.1), sun());

	const controls = new OrbitControls(camera, canvas);
	controls.target.set(0, 0, HEIGHT * 0.3);
	controls.enablePan = false;
	controls.minDistance = 2;
	controls.maxDistance = 9;
	controls.maxPolarAngle = Math.PI * 0.95;
	controls.update();

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
	let current: SceneView | null = null;
	let shown = 0;
	let tween: { from: number; to: number; t0: number; ms: number } | null = null;
	let frame = 0;
	let pending = 0;

	function sun(): DirectionalLight {
		const light = new DirectionalLight(0xffffff, 1.2);
		light.position.set(-1, -2, 4);
		return light;
	}

	/** Asks for one frame; many asks before it comes cost one render. */
	function invalidate() {
		if (!pending) pending = requestAnimationFrame(draw);
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
		frame++;
		host.dispatchEvent(
			new CustomEvent('surface3d:frame', {
				bubbles: true,
				detail: { frame, tag: current?.tag, renderMs: performance.now() - t0 }
			})
		);
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

	function buildLandscape(view: SceneView) {
		disposeAll(world);
		const ink = getComputedStyle(host).color || '#333';
		surface = surfaceMesh(view);
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

	function update(view: SceneView) {
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

	// Picking: a short press without a drag is a tap that sets the start.
	const ray = new Raycaster();
	let press: { x: number; y: number; t: number } | null = null;
	const onDown = (e: PointerEvent) => (press = { x: e.clientX, y: e.clientY, t: e.timeStamp });
	const onUp = (e: PointerEvent) => {
		const p = press;
		press = null;
		if (!p || !current || Math.hypot(e.clientX - p.x, e.clientY - p.y) > 6) return;
		if (e.timeStamp - p.t > 600) return;
		const box = canvas.getBoundingClientRect();
		const ndc = new Vector2(
			((e.clientX - box.left) / box.width) * 2 - 1,
			-((e.clientY - box.top) / box.height) * 2 + 1
		);
		ray.setFromCamera(ndc, camera);
		const hit = ray.intersectObjects([surface, floor].filter((o): o is Mesh => o !== null))[0];
		if (!hit || Math.abs(hit.point.x) > 1 || Math.abs(hit.point.y) > 1) return;
		const [w1, w2] = fromScene(current.grid.domain, hit.point.x, hit.point.y);
		options.onpick(w1, w2);
	};
	canvas.addEventListener('pointerdown', onDown);
	canvas.addEventListener('pointerup', onUp);
	controls.addEventListener('change', invalidate);
	const onLost = (e: Event) => (e.preventDefault(), options.onlost());
	canvas.addEventListener('webglcontextlost', onLost);

	const resize = new ResizeObserver(() => {
		const w = host.clientWidth;
		const h = host.clientHeight;
		if (!w || !h) return;
		renderer.setPixelRatio(pixelRatio(options.software, w, h, window.devicePixelRatio));
		renderer.setSize(w, h, false);
		camera.aspect = w / h;
		camera.updateProjectionMatrix();
		invalidate();
	});
	resize.observe(host);

	const turn = Math.PI / 24;
	const keys: Record<string, () => void> = {
		ArrowLeft: () => controls.rotateLeft(turn),
		ArrowRight: () => controls.rotateLeft(-turn),
		ArrowUp: () => controls.rotateUp(turn),
		ArrowDown: () => controls.rotateUp(-turn),
		'+': () => controls.dollyIn(1.15),
		'=': () => controls.dollyIn(1.15),
		'-': () => controls.dollyOut(1.15)
	};

	return {
		update,
		key(key) {
			const act = keys[key];
			act?.();
			return act !== undefined;
		},
		dispose() {
			cancelAnimationFrame(pending);
			resize.disconnect();
			controls.dispose();
			canvas.removeEventListener('pointerdown', onDown);
			canvas.removeEventListener('pointerup', onUp);
			canvas.removeEventListener('webglcontextlost', onLost);
			disposeAll(world);
			disposeAll(balls.flatMap(parts));
			renderer.dispose();
			canvas.remove();
		}
	};
}
