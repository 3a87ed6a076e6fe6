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
