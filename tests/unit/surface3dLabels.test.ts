import fc from 'fast-check';
import { Object3D, PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { slideLabelFloor } from '../../src/lib/widgets/surface3d/render/labelFloor';
import { fitLabels, type Label } from '../../src/lib/widgets/surface3d/render/sprites';

/** A label as textSprite makes it, without its canvas: a font of `font` units in a 1.3× box. */
function label(x: number, y: number, z: number, font: number): Object3D {
	const o = new Object3D();
	const l: Label = { height: font * 1.3, aspect: 2, font };
	o.userData.label = l;
	o.position.set(x, y, z);
	o.scale.set(l.height * l.aspect, l.height, 1);
	return o;
}

/** The font's height on a screen `h` pixels high, measured by projecting its top and bottom. */
function projectedFont(o: Object3D, camera: PerspectiveCamera, h: number): number {
	const { font } = o.userData.label as Label;
	const k = o.scale.y / (o.userData.label as Label).height;
	// A sprite faces the camera: its height runs along the camera's up direction.
	const up = new Vector3(0, 1, 0).applyQuaternion(camera.quaternion).multiplyScalar((font * k) / 2);
	const top = o.position.clone().add(up).project(camera);
	const bottom = o.position.clone().sub(up).project(camera);
	return ((top.y - bottom.y) / 2) * h;
}

function scene(eye: [number, number, number], fov: number) {
	const camera = new PerspectiveCamera(fov, 4 / 3, 0.1, 100);
	camera.position.set(...eye);
	camera.lookAt(0, 0, 0);
	camera.updateMatrixWorld();
	const root = new Object3D();
	const labels = [
		label(0, -1.32, -0.5, 0.12),
		label(-1.2, 1.12, 1, 0.12),
		label(1, -1.2, -0.5, 0.17)
	];
	root.add(...labels);
	root.updateMatrixWorld();
	return { camera, root, labels };
}

describe('the 3D surface’s labels on a slide', () => {
	it('reach the floor on screen, wherever the eye is, and none shrinks', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 2.5, max: 8, noNaN: true }),
				fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
				fc.double({ min: 0.3, max: 1.3, noNaN: true }),
				fc.double({ min: 100, max: 1200, noNaN: true }),
				fc.double({ min: 0, max: 40, noNaN: true }),
				(r, turn, tilt, h, floor) => {
					const eye: [number, number, number] = [
						r * Math.cos(tilt) * Math.cos(turn),
						r * Math.cos(tilt) * Math.sin(turn),
						r * Math.sin(tilt)
					];
					const { camera, root, labels } = scene(eye, 38);
					const before = labels.map((o) => projectedFont(o, camera, h));
					const smallest = fitLabels(root, camera, h, floor);
					const after = labels.map((o) => projectedFont(o, camera, h));
					for (let i = 0; i < labels.length; i++) {
						expect(after[i]).toBeGreaterThanOrEqual(floor * 0.999);
						expect(after[i]).toBeGreaterThanOrEqual(before[i] - 1e-9);
						// Grown only as far as the floor asks.
						if (before[i] >= floor) expect(after[i]).toBeCloseTo(before[i], 6);
					}
					expect(smallest).toBeCloseTo(Math.min(...after), 0);
				}
			)
		);
	});

	it('meet 24 px on a 1080-pixel projector and 18 px on a 768 one', () => {
		expect(slideLabelFloor(1080)).toBe(24);
		expect(slideLabelFloor(768)).toBe(18);
		expect(slideLabelFloor(600)).toBe(18);
	});
});
