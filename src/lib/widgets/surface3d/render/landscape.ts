import {
	BufferAttribute,
	BufferGeometry,
	CanvasTexture,
	CircleGeometry,
	Color,
	DoubleSide,
	Float32BufferAttribute,
	LineBasicMaterial,
	LineSegments,
	Mesh,
	MeshBasicMaterial,
	MeshLambertMaterial,
	PlaneGeometry,
	SRGBColorSpace,
	type Material,
	type Object3D,
	type Raycaster,
	type Scene
} from 'three';
import { heightImage, isolines } from '../contours';
import { canvas2d, type Canvas2D } from './canvas2d';
import { fromScene, HEIGHT, surfaceGeometry, toScene } from './mesh';
import { heightField, type HeightField } from './occlusion';
import { textSprite, type Sprite } from './sprites';
import type { Landscape } from './view';

/**
 * The landscape in three.js: the surface mesh, the floor's contour-map texture, the axes with
 * their labels and the start's marker. It owns these objects and disposes them; the balls and
 * their trails are drawn in 2D over them (balls.ts, overlay.ts).
 */

/** Height of the floor map below the surface's lowest point. */
export const FLOOR = -0.2;

function disposeAll(objects: Object3D[]) {
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

function floorTexture(view: Landscape): CanvasTexture<Canvas2D> {
	const size = 512;
	const { n } = view.grid;
	const { canvas: image, ctx: imageCtx } = canvas2d(n, n);
	imageCtx.putImageData(new ImageData(heightImage(view.grid, view.mode), n, n), 0, 0);
	const { canvas: c, ctx } = canvas2d(size, size);
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
function axes(view: Landscape, ink: string): Object3D {
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
	// Heights in scene units: the box is 2 wide, so a number is 1/12 of it and reads like the
	// charts' ticks beside it, on a phone and on a projected slide.
	const name = 0.22;
	const tick = 0.16;
	lines.add(
		put(textSprite(labels.w1, ink, name), 0, -1.32, z0),
		put(textSprite(labels.w1Lo, ink, tick), -1, -1.2, z0),
		put(textSprite(labels.w1Hi, ink, tick), 1, -1.2, z0),
		put(textSprite(labels.w2, ink, name), -1.32, 0, z0),
		put(textSprite(labels.w2Lo, ink, tick), -1.2, -1, z0),
		put(textSprite(labels.w2Hi, ink, tick), -1.2, 1, z0),
		put(textSprite(labels.L, ink, name), -1.14, 1.14, z1 + 0.16),
		put(textSprite(labels.lLo, ink, tick), -1.2, 1.12, 0),
		put(textSprite(labels.lHi, ink, tick), -1.2, 1.12, z1)
	);
	return lines;
}

/** The surface as a lit mesh, coloured by height, from every `stride`-th grid point. */
function surfaceMesh(view: Landscape, stride = 1): Mesh {
	const geo = surfaceGeometry(view.grid, view.mode, stride);
	const g = new BufferGeometry();
	g.setAttribute('position', new BufferAttribute(geo.positions, 3));
	g.setAttribute('color', new BufferAttribute(geo.colors, 3));
	g.setIndex(new BufferAttribute(geo.indices, 1));
	g.computeVertexNormals();
	return new Mesh(g, new MeshLambertMaterial({ vertexColors: true, side: DoubleSide }));
}

export interface LandscapeObjects {
	/** The landscape built last, or null before the first. */
	readonly current: Landscape | null;
	/** Its heights, for what of the floor the surface hides (occlusion.ts). */
	readonly field: HeightField | null;
	/** The ink the axes were built in. */
	readonly ink: string;
	/** Builds `landscape` in the scene, its axes in `ink`, in place of the one before. */
	build(landscape: Landscape, ink: string): void;
	/** Moves the start's marker to weights (w₁, w₂). */
	placeStart(start: [number, number]): void;
	/** The weights where `ray` meets the surface or the floor, or null. */
	pick(ray: Raycaster): [number, number] | null;
	dispose(): void;
}

/** `stride`: every how many grid points the surface mesh takes (see core.ts). */
export function landscapeObjects(scene: Scene, stride: number): LandscapeObjects {
	const world: Object3D[] = [];
	let current: Landscape | null = null;
	let field: HeightField | null = null;
	let builtInk = '';
	let surface: Mesh | null = null;
	let floor: Mesh | null = null;
	let marker: Mesh | null = null;
	let start: [number, number] = [0, 0];

	function placeStart(at: [number, number]) {
		start = at;
		if (!current || !marker) return;
		const [x, y] = toScene(current.grid.domain, at[0], at[1]);
		marker.position.set(x, y, FLOOR + 0.003);
	}

	return {
		get current() {
			return current;
		},
		get field() {
			return field;
		},
		get ink() {
			return builtInk;
		},
		build(landscape, ink) {
			disposeAll(world);
			current = landscape;
			builtInk = ink;
			surface = surfaceMesh(landscape, stride);
			floor = new Mesh(
				new PlaneGeometry(2, 2),
				new MeshBasicMaterial({ map: floorTexture(landscape) })
			);
			floor.position.z = FLOOR;
			marker = new Mesh(
				new CircleGeometry(0.035, 24),
				new MeshBasicMaterial({ color: ink, transparent: true, opacity: 0.85 })
			);
			world.push(surface, floor, marker, axes(landscape, ink));
			scene.add(...world);
			field = heightField(landscape.grid, landscape.mode);
			placeStart(start);
		},
		placeStart,
		pick(ray) {
			if (!current) return null;
			const hit = ray.intersectObjects([surface, floor].filter((o): o is Mesh => o !== null))[0];
			if (!hit || Math.abs(hit.point.x) > 1 || Math.abs(hit.point.y) > 1) return null;
			return fromScene(current.grid.domain, hit.point.x, hit.point.y);
		},
		dispose: () => disposeAll(world)
	};
}
