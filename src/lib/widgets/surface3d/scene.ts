import {
	AmbientLight,
	BufferAttribute,
	BufferGeometry,
	CanvasTexture,
	CircleGeometry,
	Color,
	DirectionalLight,
	DoubleSide,
	DynamicDrawUsage,
	Float32BufferAttribute,
	Line,
	LineBasicMaterial,
	LineSegments,
	Mesh,
	MeshBasicMaterial,
	MeshLambertMaterial,
	PerspectiveCamera,
	PlaneGeometry,
	Raycaster,
	Scene,
	SphereGeometry,
	SRGBColorSpace,
	Vector2,
	WebGLRenderer,
	type Material,
	type Object3D
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { isolines, heightImage } from './contours';
import { between, fromScene, HEIGHT, pathPoints, surfaceGeometry, toScene } from './mesh';
import type { SceneView } from './sceneView';
import { textSprite, type Sprite } from './sprites';
import { pixelRatio } from './webgl';

/**
 * The three.js side of the 3D surface: it owns every GPU object behind mount / update / dispose
 * and draws a frame only when something changed (new data, a tween in flight, the camera moved,
 * a resize): an idle surface costs no CPU. Loaded lazily (await import('./scene')), so three.js
 * is not in any page's initial JavaScript.
 */

/** Height of the floor map below the surface's lowest point. */
const FLOOR = -0.2;
/** Points a line buffer holds before it must grow: one more than the widget's step limit. */
const CAPACITY = 2001;

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

	function clear(objects: Object3D[]) {
		for (const o of objects) {
			o.removeFromParent();
			o.traverse((child) => {
				const m = child as Mesh;
				m.geometry?.dispose();
				const mats = ([] as Material[]).concat(m.material ?? []);
				for (const mat of mats) {
					(mat as MeshBasicMaterial).map?.dispose();
					mat.dispose();
				}
			});
		}
		objects.length = 0;
	}

	function buildLandscape(view: SceneView) {
		clear(world);
		const ink = getComputedStyle(host).color || '#333';
		const geo = surfaceGeometry(view.grid, view.mode);
		const g = new BufferGeometry();
		g.setAttribute('position', new BufferAttribute(geo.positions, 3));
		g.setAttribute('color', new BufferAttribute(geo.colors, 3));
		g.setIndex(new BufferAttribute(geo.indices, 1));
		g.computeVertexNormals();
		surface = new Mesh(g, new MeshLambertMaterial({ vertexColors: true, side: DoubleSide }));
		floor = new Mesh(new PlaneGeometry(2, 2), new MeshBasicMaterial({ map: floorTexture(view) }));
		floor.position.z = FLOOR;
		start = new Mesh(
			new CircleGeometry(0.035, 24),
			new MeshBasicMaterial({ color: ink, transparent: true, opacity: 0.85 })
		);
		world.push(surface, floor, start, axes(view, ink));
		scene.add(...world);
	}

	function floorTexture(view: SceneView): CanvasTexture {
		const size = 512;
		const { n } = view.grid;
		const image = document.createElement('canvas');
		image.width = image.height = n;
		image
			.getContext('2d')!
			.putImageData(new ImageData(heightImage(view.grid, view.mode), n, n), 0, 0);
		const c = document.createElement('canvas');
		c.width = c.height = size;
		const ctx = c.getContext('2d')!;
		ctx.imageSmoothingEnabled = true;
		ctx.drawImage(image, 0, 0, size, size);
		ctx.strokeStyle = 'rgba(255,255,255,0.55)';
		ctx.lineWidth = 1.5;
		for (const line of isolines(view.grid, view.mode, 12, size)) ctx.stroke(new Path2D(line.d));
		const texture = new CanvasTexture(c);
		texture.colorSpace = SRGBColorSpace;
		return texture;
	}

	/** Box edges along w₁, w₂ and L with their names and end values. */
	function axes(view: SceneView, ink: string): Object3D {
		const { labels } = view;
		const z0 = FLOOR;
		const z1 = HEIGHT;
		const v = [
			[-1, -1, z0, 1, -1, z0],
			[-1, -1, z0, -1, 1, z0],
			[-1, 1, z0, -1, 1, z1]
		].flat();
		const lines = new LineSegments(
			new BufferGeometry().setAttribute('position', new Float32BufferAttribute(v, 3)),
			new LineBasicMaterial({ color: new Color(ink) })
		);
		const put = (s: Sprite, x: number, y: number, z: number) => (s.position.set(x, y, z), s);
		lines.add(
			put(textSprite(labels.w1, ink, 0.16), 0, -1.25, z0),
			put(textSprite(labels.w1Lo, ink, 0.1), -1, -1.15, z0),
			put(textSprite(labels.w1Hi, ink, 0.1), 1, -1.15, z0),
			put(textSprite(labels.w2, ink, 0.16), -1.25, 0, z0),
			put(textSprite(labels.w2Lo, ink, 0.1), -1.15, -1, z0),
			put(textSprite(labels.w2Hi, ink, 0.1), -1.15, 1, z0),
			put(textSprite(labels.L, ink, 0.16), -1.12, 1.12, z1 + 0.12),
			put(textSprite(labels.lLo, ink, 0.1), -1.15, 1.1, 0),
			put(textSprite(labels.lHi, ink, 0.1), -1.15, 1.1, z1)
		);
		return lines;
	}

	/**
	 * Brings the balls in line with the view. A ball whose run is unchanged keeps its objects;
	 * a new run only refills its lines' buffers, so dragging one rate rebuilds nothing else.
	 */
	function syncBalls(view: SceneView, rebuild: boolean) {
		if (rebuild) {
			clear(balls.flatMap(parts));
			balls.length = 0;
		}
		while (balls.length > view.balls.length) clear(parts(balls.pop()!));
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

	function line(
		points: Float32Array,
		color: Color,
		order: number,
		depth: boolean,
		opacity: number
	): Line {
		const l = new Line(
			new BufferGeometry(),
			new LineBasicMaterial({ color, depthTest: depth, transparent: true, opacity })
		);
		l.renderOrder = order;
		// The points change with every run; a fixed bounding sphere would cull a valid line.
		l.frustumCulled = false;
		fill(l, points);
		return l;
	}

	/**
	 * Puts `points` into the line's position buffer. The buffer is allocated once, large enough
	 * for any run, and then updated in place: a new run while a slider is dragged costs a
	 * sub-buffer upload, not a new GPU buffer.
	 */
	function fill(l: Line, points: Float32Array) {
		let attr = l.geometry.getAttribute('position') as BufferAttribute | undefined;
		if (!attr || attr.array.length < points.length) {
			const size = Math.max(points.length, CAPACITY * 3);
			attr = new BufferAttribute(new Float32Array(size), 3).setUsage(DynamicDrawUsage);
			l.geometry.dispose();
			l.geometry = new BufferGeometry().setAttribute('position', attr);
		}
		(attr.array as Float32Array).set(points);
		attr.clearUpdateRanges();
		attr.addUpdateRange(0, points.length);
		attr.needsUpdate = true;
		l.geometry.setDrawRange(0, points.length / 3);
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
			clear(world);
			clear(balls.flatMap(parts));
			renderer.dispose();
			canvas.remove();
		}
	};
}
