/**
 * The camera's place around the surface, as the reader turns it: a point on a sphere round a
 * fixed target, z up. The page keeps this (pointer, wheel, pinch and keys change it) and sends
 * it to whichever thread draws, so the drawing side needs no DOM events at all. Plain numbers,
 * no three.js, so it is tested in Node.
 */
export interface Orbit {
	/** Angle round the z axis from +x, in radians. */
	theta: number;
	/** Angle down from +z, in radians: 0 looks straight down. */
	phi: number;
	/** Distance to the target. */
	radius: number;
}

export const TARGET: readonly [number, number, number] = [0, 0, 0.33];
export const MIN_RADIUS = 2;
export const MAX_RADIUS = 9;
// Never quite overhead nor from below the floor: both would flip the picture's sense of up.
const MIN_PHI = 0.01;
const MAX_PHI = Math.PI * 0.95;

/** Orbit from a camera position (used once, for the opening view). */
export function orbitFrom(x: number, y: number, z: number): Orbit {
	const dx = x - TARGET[0];
	const dy = y - TARGET[1];
	const dz = z - TARGET[2];
	const radius = Math.hypot(dx, dy, dz);
	return { theta: Math.atan2(dy, dx), phi: Math.acos(dz / radius), radius };
}

/** The opening view: from the front left, a little above. */
export const START: Orbit = orbitFrom(-2.9, -3.2, 2.6);

/** Camera position for an orbit. */
export function cameraPosition(o: Orbit): [number, number, number] {
	const s = Math.sin(o.phi);
	return [
		TARGET[0] + o.radius * s * Math.cos(o.theta),
		TARGET[1] + o.radius * s * Math.sin(o.theta),
		TARGET[2] + o.radius * Math.cos(o.phi)
	];
}

/** Turned by `left` radians round the target and tilted by `up` (positive: higher view). */
export function rotate(o: Orbit, left: number, up: number): Orbit {
	const phi = Math.min(MAX_PHI, Math.max(MIN_PHI, o.phi - up));
	return { theta: o.theta - left, phi, radius: o.radius };
}

/** Moved closer (factor > 1) or further (factor < 1), within the allowed distances. */
export function dolly(o: Orbit, factor: number): Orbit {
	if (!(factor > 0)) return o;
	const radius = Math.min(MAX_RADIUS, Math.max(MIN_RADIUS, o.radius / factor));
	return { ...o, radius };
}

/** A pointer drag of (dx, dy) CSS pixels on a view `height` pixels tall: a full turn per height. */
export function dragBy(o: Orbit, dx: number, dy: number, height: number): Orbit {
	const per = (2 * Math.PI) / Math.max(1, height);
	return rotate(o, dx * per, dy * per);
}

const TURN = Math.PI / 24;
const ZOOM = 1.15;

/** The orbit after a key press, or null when the key does nothing to the view. */
export function orbitKey(o: Orbit, key: string): Orbit | null {
	switch (key) {
		case 'ArrowLeft':
			return rotate(o, TURN, 0);
		case 'ArrowRight':
			return rotate(o, -TURN, 0);
		case 'ArrowUp':
			return rotate(o, 0, TURN);
		case 'ArrowDown':
			return rotate(o, 0, -TURN);
		case '+':
		case '=':
			return dolly(o, ZOOM);
		case '-':
			return dolly(o, 1 / ZOOM);
		default:
			return null;
	}
}
