import {
	CanvasTexture,
	LinearFilter,
	Sprite,
	SpriteMaterial,
	Vector3,
	type Object3D,
	type PerspectiveCamera
} from 'three';
import { canvas2d } from './canvas2d';

export type { Sprite };

/**
 * A text label that always faces the camera: the text drawn on a small canvas, used as a sprite
 * texture. `height` is the label's height in scene units; its width follows the text.
 */
export function textSprite(text: string, color: string, height: number): Sprite {
	const px = 48;
	const font = `600 ${px}px system-ui, sans-serif`;
	const { canvas: c, ctx } = canvas2d(1, 1);
	ctx.font = font;
	c.width = Math.ceil(ctx.measureText(text).width) + 8;
	c.height = Math.ceil(px * 1.3);
	// Resizing a canvas resets its context's state.
	ctx.font = font;
	ctx.fillStyle = color;
	ctx.textBaseline = 'middle';
	ctx.fillText(text, 4, c.height / 2);
	const texture = new CanvasTexture(c);
	texture.minFilter = LinearFilter;
	const sprite = new Sprite(
		new SpriteMaterial({ map: texture, depthTest: false, transparent: true })
	);
	sprite.scale.set((height * c.width) / c.height, height, 1);
	sprite.renderOrder = 4;
	const label: Label = { height, aspect: c.width / c.height, font: (height * px) / c.height };
	sprite.userData.label = label;
	return sprite;
}

/** A text sprite's own size in scene units: its height, width per height, and its font's size. */
export interface Label {
	height: number;
	aspect: number;
	font: number;
}

/**
 * The size in screen pixels at which `camera` draws `units` scene units `depth` in front of it, on
 * a picture `screenHeight` pixels high.
 */
export function unitsToPixels(
	units: number,
	depth: number,
	camera: PerspectiveCamera,
	screenHeight: number
): number {
	return (units * screenHeight) / (2 * Math.tan((camera.fov * Math.PI) / 360) * depth);
}

const at = new Vector3();

/**
 * Grows each text sprite under `root` so that its font is drawn at least `floor` screen pixels
 * high, and never below its own size: a picture drawn small (a 4:3 slide's column) keeps labels
 * that read from the back of the room. Call after the camera moves. Returns the smallest font as
 * then drawn, in screen pixels (Infinity without labels).
 */
export function fitLabels(
	root: Object3D,
	camera: PerspectiveCamera,
	screenHeight: number,
	floor: number
): number {
	camera.updateMatrixWorld();
	let smallest = Infinity;
	root.traverse((o) => {
		const label = o.userData.label as Label | undefined;
		if (!label) return;
		const depth = -o.getWorldPosition(at).applyMatrix4(camera.matrixWorldInverse).z;
		if (!(depth > 0)) return;
		const px = unitsToPixels(label.font, depth, camera, screenHeight);
		const k = px < floor ? floor / px : 1;
		o.scale.set(label.height * k * label.aspect, label.height * k, 1);
		smallest = Math.min(smallest, px * k);
	});
	return smallest;
}
