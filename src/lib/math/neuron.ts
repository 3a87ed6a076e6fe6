/**
 * One neuron, one example, one training cycle, with every intermediate number kept so that a
 * stepper can show them one at a time:
 *
 *   forward   pᵢ = xᵢ·wᵢ,  net = Σ pᵢ + b,  ŷ = f(net),  L = loss(ŷ, y)
 *   backward  ∂L/∂wᵢ = ∂L/∂ŷ · ∂ŷ/∂net · ∂net/∂wᵢ   with ∂net/∂wᵢ = xᵢ
 *             ∂L/∂b  = ∂L/∂ŷ · ∂ŷ/∂net · ∂net/∂b    with ∂net/∂b  = 1
 *   update    wᵢ ← wᵢ − η·∂L/∂wᵢ,  b ← b − η·∂L/∂b,  then the loss again with the new weights.
 *
 * n (the number of inputs) is x.length; w must have the same length. The numbers come from the
 * course's one network (network.ts) with a single unit; this file names them as the stepper does.
 */
import type { ActivationId, LossId } from './ids';
import { createNetwork, descendOnExample, exampleObjective, recordExample } from './network';
import type { Objective } from './objective';

/** Everything one neuron cycle needs. */
export interface NeuronSetup {
	/** Inputs x, length n. */
	x: ArrayLike<number>;
	/** Weights w, length n. */
	w: ArrayLike<number>;
	/** Bias b. */
	b: number;
	/** Target (the answer) y. */
	y: number;
	activation: ActivationId;
	loss: LossId;
	/** Learning rate η. */
	lr: number;
}

/** The forward pass, every intermediate kept. */
export interface NeuronForward {
	/** pᵢ = xᵢ·wᵢ */
	products: Float64Array;
	/** net = Σ xᵢwᵢ + b */
	net: number;
	/** ŷ = f(net) */
	yHat: number;
	/** L = loss(ŷ, y) */
	loss: number;
}

/** The backward pass: each chain-rule factor and each product. */
export interface NeuronBackward {
	/** ∂L/∂ŷ */
	dLossDOut: number;
	/** ∂ŷ/∂net = f'(net) */
	dOutDNet: number;
	/** δ = ∂L/∂net = ∂L/∂ŷ · ∂ŷ/∂net, the error signal at the neuron's sum. */
	dLossDNet: number;
	/** ∂net/∂wᵢ = xᵢ */
	dNetDW: Float64Array;
	/** ∂net/∂b = 1 */
	dNetDB: number;
	/** ∂L/∂wᵢ = ∂L/∂ŷ · ∂ŷ/∂net · xᵢ */
	dLossDW: Float64Array;
	/** ∂L/∂b = ∂L/∂ŷ · ∂ŷ/∂net · 1 */
	dLossDB: number;
}

/** The update and its effect. */
export interface NeuronUpdate {
	/** wᵢ − η·∂L/∂wᵢ */
	w: Float64Array;
	/** b − η·∂L/∂b */
	b: number;
	/** The forward pass again, with the new weights; `after.loss` is the loss after the update. */
	after: NeuronForward;
}

/** One full cycle: the setup it started from, forward, backward and update. */
export interface NeuronCycle {
	x: Float64Array;
	w: Float64Array;
	b: number;
	y: number;
	activation: ActivationId;
	loss: LossId;
	lr: number;
	forward: NeuronForward;
	backward: NeuronBackward;
	update: NeuronUpdate;
}

/** The one-neuron network: n inputs, one unit, θ = (w₁ … wₙ, b). */
const neuronNetwork = (n: number, activation: ActivationId) =>
	createNetwork({ sizes: [n, 1], activations: [activation] });

/** θ = (w₁ … wₙ, b) as the network reads it. */
function neuronTheta(w: ArrayLike<number>, b: number): Float64Array {
	const theta = new Float64Array(w.length + 1);
	theta.set(w);
	theta[w.length] = b;
	return theta;
}

/** One recorded pass through the network, forward and backward, in the neuron's own names. */
function neuronPass(
	x: ArrayLike<number>,
	w: ArrayLike<number>,
	b: number,
	y: number,
	activation: ActivationId,
	loss: LossId
): { forward: NeuronForward; backward: NeuronBackward } {
	const n = x.length;
	const {
		trace,
		output: e,
		grad
	} = recordExample({ net: neuronNetwork(n, activation), x, y, loss }, neuronTheta(w, b));
	const unit = trace.layers[0];
	return {
		forward: { products: unit.products, net: unit.net[0], yHat: unit.out[0], loss: e.loss },
		backward: {
			dLossDOut: e.dLossDOut,
			dOutDNet: e.dOutDNet,
			dLossDNet: e.delta,
			// ∂net/∂wᵢ is the input the network recorded for weight i.
			dNetDW: Float64Array.from(trace.input),
			dNetDB: 1,
			dLossDW: grad.slice(0, n),
			dLossDB: grad[n]
		}
	};
}

/** One whole cycle: forward, backward, the gradient-descent update, and the loss after it. */
export function neuronCycle(setup: NeuronSetup): NeuronCycle {
	const { b, y, activation, loss, lr } = setup;
	const x = Float64Array.from(setup.x);
	const w = Float64Array.from(setup.w);
	const { forward, backward } = neuronPass(x, w, b, y, activation, loss);
	const wNew = new Float64Array(w.length);
	for (let i = 0; i < w.length; i++) wNew[i] = w[i] - lr * backward.dLossDW[i];
	const bNew = b - lr * backward.dLossDB;
	const after = neuronPass(x, wNew, bNew, y, activation, loss).forward;
	return {
		x,
		w,
		b,
		y,
		activation,
		loss,
		lr,
		forward,
		backward,
		update: { w: wNew, b: bNew, after }
	};
}

/** The loss as a function of the parameters θ = (w₁ … wₙ, b) for a fixed example. */
export function neuronObjective(setup: Omit<NeuronSetup, 'w' | 'b' | 'lr'>): Objective {
	return exampleObjective({ ...setup, net: neuronNetwork(setup.x.length, setup.activation) });
}

/** Result of repeating whole cycles. */
export interface NeuronTraining {
	/** losses[k] is the loss before cycle k; the last entry is the loss after the last cycle. */
	losses: Float64Array;
	/** Weights and bias after the last cycle. */
	w: Float64Array;
	b: number;
}

/** Repeats `cycles` whole cycles (forward, backward, update) on the same example. */
export function trainNeuron(setup: NeuronSetup, cycles: number): NeuronTraining {
	const { x, y, activation, loss, lr } = setup;
	const n = x.length;
	const start = neuronTheta(setup.w, setup.b);
	const net = neuronNetwork(n, activation);
	const run = descendOnExample({ net, x, y, loss }, start, lr, cycles);
	return { losses: run.losses, w: run.theta.slice(0, n), b: run.theta[n] };
}
