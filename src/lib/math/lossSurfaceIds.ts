import { surfaceIds } from './ids';
import type { SurfaceId } from './ids';

/**
 * Names of every two-weight landscape the 3D surface widget offers, and nothing else, so the
 * page can build menus and check URLs without pulling any math into its JavaScript.
 * The neuron surfaces are the loss of the course's own neuron over (w, b) (neuronSurface.ts).
 */
export const neuronSurfaceIds = ['neuronMse', 'neuronBce'] as const;
export type NeuronSurfaceId = (typeof neuronSurfaceIds)[number];

export const lossSurfaceIds = [...surfaceIds, ...neuronSurfaceIds] as const;
export type LossSurfaceId = SurfaceId | NeuronSurfaceId;

export function isNeuronSurfaceId(id: string): id is NeuronSurfaceId {
	return (neuronSurfaceIds as readonly string[]).includes(id);
}

/**
 * What a ball on a two-weight surface is doing at a given step, in the words of the readout:
 * - converging:  moving downhill, not there yet
 * - oscillating: overshooting, so it swings back and forth (its steps reverse, or its loss rises)
 * - converged:   at rest in a minimum (`minimum` says whether it is the lowest one)
 * - diverged:    the run left the surface or overflowed (`step` is when)
 * - plateau:     stuck where the surface is nearly flat, far above the lowest loss
 * - saddle:      stuck at a point that is a minimum one way and a maximum the other
 */
export const runKinds = [
	'converging',
	'oscillating',
	'converged',
	'diverged',
	'plateau',
	'saddle'
] as const;
export type RunKind = (typeof runKinds)[number];
