import {
	BufferAttribute,
	BufferGeometry,
	CanvasTexture,
	Color,
	DoubleSide,
	Float32BufferAttribute,
	LineBasicMaterial,
	LineSegments,
	Mesh,
	MeshBasicMaterial,
	MeshLambertMaterial,
	SRGBColorSpace,
	type Material,
	type Object3D
} from 'three';
import { canvas2d, type Canvas2D } from './canvas2d';
import { heightImage, isolines } from './contours';
import { HEIGHT, surfaceGeometry } from './mesh';
import type { SceneView } from './sceneView';
import { textSprite, type Sprite } from './sprites';

/**
 * The pieces sceneCore.ts assembles: the surface mesh, the floor's contour-map texture, and the
 * axes with their labels. Each returns three.js objects; sceneCore.ts owns and disposes them.
 * (The balls and their trails are drawn in 2D over them: overlay.ts.)
 */

/** Height of the floor map below the surface's lowest point. */
export const FLOOR = -0.2;

export function disposeAll(objects: Object3D[]) {
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

export function floorTexture(view: SceneView): CanvasTexture<Canvas2D> {
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
export function axes(view: SceneView, ink: string): Object3D {
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

/** The surface as a lit mesh, coloured by height, from every `stride`-th grid point. */
export function surfaceMesh(view: SceneView, stride = 1): Mesh {
	const geo = surfaceGeometry(view.grid, view.mode, stride);
	const g = new BufferGeometry();
	g.setAttribute('position', new BufferAttribute(geo.positions, 3));
	g.setAttribute('color', new BufferAttribute(geo.colors, 3));
	g.setIndex(new BufferAttribute(geo.indices, 1));
	g.computeVertexNormals();
	return new Mesh(g, new MeshLambertMaterial({ vertexColors: true, side: DoubleSide }));
}
