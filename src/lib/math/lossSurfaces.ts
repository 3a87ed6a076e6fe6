import { getNeuronSurface, neuronSurfaceIds, type NeuronSurface } from './neuronSurface';
import type { NeuronSurfaceId } from './neuronSurface';
import {
	getSurface,
	surfaceIds,
	type Surface,
	type SurfaceId,
	type SurfaceParams
} from './surfaces';

/**
 * Every two-weight landscape the 3D surface widget offers: the math core's test surfaces
 * (surfaces.ts) and the loss of the course's own neuron over (w, b) (neuronSurface.ts).
 */
export type LossSurfaceId = SurfaceId | NeuronSurfaceId;
export const lossSurfaceIds: readonly LossSurfaceId[] = [...surfaceIds, ...neuronSurfaceIds];
export type LossSurface = Surface | NeuronSurface;

export function isNeuronSurfaceId(id: LossSurfaceId): id is NeuronSurfaceId {
	return (neuronSurfaceIds as readonly string[]).includes(id);
}

/** The landscape called `id`; `params.a` sets the bowl's curvature. */
export function getLossSurface(id: LossSurfaceId, params: SurfaceParams = {}): LossSurface {
	return isNeuronSurfaceId(id) ? getNeuronSurface(id) : getSurface(id, params);
}
