import type { ActivationId } from './ids';

/**
 * Activation functions, each with its derivative beside it: o = f(net), do/dnet = f'(net).
 */
export interface Activation {
	id: ActivationId;
	/** f(z) */
	act(z: number): number;
	/** f'(z) */
	dAct(z: number): number;
}

/** σ(z) = 1 / (1 + e^(−z)), written to stay finite for large |z|. */
export function sigmoid(z: number): number {
	if (z >= 0) return 1 / (1 + Math.exp(-z));
	const e = Math.exp(z);
	return e / (1 + e);
}

export const activations: Record<ActivationId, Activation> = {
	sigmoid: {
		id: 'sigmoid',
		act: sigmoid,
		// σ'(z) = σ(z)(1 − σ(z))
		dAct: (z) => {
			const s = sigmoid(z);
			return s * (1 - s);
		}
	},
	tanh: {
		id: 'tanh',
		act: Math.tanh,
		// tanh'(z) = 1 − tanh²(z)
		dAct: (z) => 1 - Math.tanh(z) ** 2
	},
	relu: {
		id: 'relu',
		act: (z) => (z > 0 ? z : 0),
		// The kink at 0 takes the left derivative, as most libraries do.
		dAct: (z) => (z > 0 ? 1 : 0)
	}
};
