import { CanvasTexture, LinearFilter, Sprite, SpriteMaterial } from 'three';
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
	return sprite;
}
