/**
 * Geometry of a small generated animal face in a 100 × 100 box, from a sample's picture numbers
 * [ears, snout, fur, face] (each 0…1). Ears and snout are exactly the two features the model
 * sees, so the picture shows what the classifier had to go on; fur and face width are only
 * looks, so that pictures of one kind still differ.
 */
export interface FaceGeometry {
	fur: string;
	muzzle: string;
	face: { cx: number; cy: number; rx: number; ry: number };
	/** Ear outline path (the left ear; the right one is its mirror) and its rotation. */
	ear: { d: string; angle: number; ox: number; oy: number; hanging: boolean };
	snout: { cx: number; cy: number; rx: number; ry: number };
	nose: { cx: number; cy: number; rx: number; ry: number };
	eyes: { dx: number; cy: number; r: number };
}

// Natural coat colours (not a signal: both classes draw from the same list).
const FURS = ['#c8773a', '#8f9296', '#3d3a38', '#e3cfa6', '#7a4e2d', '#d9d6d0'];
const MUZZLES = ['#ecc9a0', '#d3d5d8', '#6f6a66', '#f4ead6', '#b98d6a', '#f7f5f2'];

export function faceGeometry(look: ArrayLike<number>): FaceGeometry {
	const [ears, snout, fur, face] = [look[0], look[1], look[2], look[3]];
	const colour = Math.min(FURS.length - 1, Math.floor(fur * FURS.length));
	const rx = 25 + 8 * face;
	const cy = 56;
	// Ear: a triangle on the head's upper left, taller and sharper when pointy. Below
	// pointiness 0.75 it turns outward and down, until from 0.2 it hangs over the cheek like a
	// spaniel's (then it is drawn in front of the face).
	const droop = Math.min(1, Math.max(0, (0.75 - ears) / 0.55));
	const ox = 50 - rx * (0.62 + 0.22 * droop);
	const oy = cy - 16 + 4 * droop;
	const h = 20 + 12 * ears;
	const w = 11;
	const tip = 1.5 + (1 - ears) * 9;
	const d =
		`M${ox - w},${oy + 4} L${ox - tip * 0.6},${oy - h + tip} ` +
		`Q${ox},${oy - h - tip * 0.3} ${ox + tip * 0.6},${oy - h + tip} L${ox + w},${oy + 2} Z`;
	const angle = -8 - 160 * droop;
	// Snout: longer snouts reach further down the face and widen a little.
	const sry = 5 + 18 * snout;
	const scy = cy + 4 + sry * 0.6;
	return {
		fur: FURS[colour],
		muzzle: MUZZLES[colour],
		face: { cx: 50, cy, rx, ry: 25 },
		ear: { d, angle, ox, oy, hanging: droop > 0.6 },
		snout: { cx: 50, cy: scy, rx: 8 + 7 * snout, ry: sry },
		nose: { cx: 50, cy: scy - sry + 5, rx: 5, ry: 3.5 },
		eyes: { dx: 10 + 2 * face, cy: cy - 6, r: 3.2 }
	};
}
