/**
 * The names of the math core's choices, and nothing else. The page imports these lists (for
 * menus and URL validation) without pulling any math into the main thread's JavaScript.
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
