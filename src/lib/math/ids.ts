/**
 * The names of the math core's choices, and nothing else: every menu's list of ids lives here.
 * The page imports these lists (for menus and URL validation) without pulling any math into the
 * main thread's JavaScript.
 */
export const surfaceIds = [
	'bowl',
	'valley',
	'rosenbrock',
	'himmelblau',
	'twoWells',
	'saddle'
] as const;
export type SurfaceId = (typeof surfaceIds)[number];

export const curveIds = ['parabola', 'twoWells', 'wavy'] as const;
export type CurveId = (typeof curveIds)[number];

export const optimizerIds = ['gd', 'momentum', 'nesterov', 'rmsprop', 'adam'] as const;
export type OptimizerId = (typeof optimizerIds)[number];

export const activationIds = ['sigmoid', 'tanh', 'relu'] as const;
export type ActivationId = (typeof activationIds)[number];

export const lossIds = ['mse', 'bce'] as const;
export type LossId = (typeof lossIds)[number];

// The 3D surface: every two-weight landscape it offers. The neuron surfaces are the loss of the
// course's own neuron over (w, b) (neuronSurface.ts).
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

// The trainer: its models and the names in its built-in data.
export const modelKinds = ['logistic', 'mlp'] as const;
export type ModelKind = (typeof modelKinds)[number];

/**
 * fair: every kind of cat and dog in its usual share; biased: a skewed training sample; small:
 * a fair but tiny training sample (SMALL_PER_CLASS a class), which a large network memorises.
 */
export const dataVariants = ['fair', 'biased', 'small'] as const;
export type DataVariant = (typeof dataVariants)[number];

/** Epochs without a lower validation loss after which early stopping ends a run. */
export const EARLY_STOP_PATIENCE = 20;

/** Training photos per class in the small sample: few enough for 32 hidden neurons to memorise. */
export const SMALL_PER_CLASS = 10;

/** Class 0 and class 1 of the built-in data; the model outputs P(class 1) = P(dog). */
export const animalClasses = ['cat', 'dog'] as const;
export type AnimalClass = (typeof animalClasses)[number];

/** Kinds of animal in the built-in data; the index is what `Dataset.kind` stores. */
export const animalKinds = ['shorthair', 'fold', 'oriental', 'floppy', 'pointy'] as const;
export type AnimalKind = (typeof animalKinds)[number];

/** Picture numbers per sample: [ears, snout, fur, face] (see Dataset.look). */
export const LOOK_SIZE = 4;

/** The two measured features of the built-in data, both scaled to [0, 1]. */
export const animalFeatures = ['ears', 'snout'] as const;
