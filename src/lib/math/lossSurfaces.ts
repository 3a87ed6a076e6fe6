import { isNeuronSurfaceId, type LossSurfaceId } from './ids';
import { getNeuronSurface, type NeuronSurface } from './neuronSurface';
import { getSurface, type Surface, type SurfaceParams } from './surfaces';

/**
 * Every two-weight landscape the 3D surface widget offers: the math core's test surfaces
 * (surfaces.ts) and the loss of the course's own neuron over (w, b) (neuronSurface.ts).
 */
export type LossSurface = Surface | NeuronSurface;

/** The landscape called `id`; `params.a` sets the bowl's curvature. */
export function getLossSurface(id: LossSurfaceId, params: SurfaceParams = {}): LossSurface {
	return isNeuronSurfaceId(id) ? getNeuronSurface(id) : getSurface(id, params);
}
