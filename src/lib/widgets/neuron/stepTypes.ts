/**
 * One step of the neuron stepper: which number it computes, where on the diagram it happens,
 * its formula with the numbers filled in, and the number itself. A recorded cycle (from the
 * engine) becomes an ordered list of these; the view only walks the list.
 */

export type StepPhase = 'start' | 'forward' | 'loss' | 'backward' | 'update' | 'after';

/** Forward values travel towards the loss (blue); gradients travel back (vermillion). */
export type Flow = 'forward' | 'backward';

export type StepKind =
	// both diagrams
	| 'start'
	| 'activation'
	| 'loss'
	| 'dLossDOut'
	| 'dOutDNet'
	| 'after'
	// one neuron
	| 'product'
	| 'net'
	| 'dNetDW'
	| 'dLossDW'
	| 'dNetDB'
	| 'dLossDB'
	| 'updateW'
	| 'updateB'
	// two layers
	| 'hiddenNet'
	| 'hiddenAct'
	| 'outputNet'
	| 'outputDelta'
	| 'dLossDW2'
	| 'dLossDB2'
	| 'dLossDHidden'
	| 'dHiddenDNet'
	| 'hiddenDelta'
	| 'dLossDW1'
	| 'dLossDB1'
	| 'updateW2'
	| 'updateB2'
	| 'updateW1'
	| 'updateB1';

export interface StepEdge {
	/** Edge id in the diagram, e.g. 'in0', 'net', 'in1h0'. */
	id: string;
	flow: Flow;
	/** The number carried along this edge, when it is not the step's own value. */
	value?: number;
}

export interface CycleStep {
	/** Stable within a mode and input count, e.g. 'prod0', 'net', 'dLdw1': scroll steps may name it. */
	id: string;
	kind: StepKind;
	/** Input index (0-based) the step is about, where one applies. */
	i?: number;
	/** Hidden unit index (0-based), two-layer mode only. */
	j?: number;
	phase: StepPhase;
	/** Diagram parts lit by this step: 'x0', 'w1', 'b', 'sum', 'act', 'out', 'loss', 'h0', 'o' … */
	parts: string[];
	/** Edges the value travels along, and which way. */
	edges: StepEdge[];
	/** Plain-text name of the computed number, e.g. "∂L/∂w₁" ('' for the opening step). */
	symbol: string;
	/** The step's formula, numbers filled in, for KaTeX. */
	tex: string;
	/** The number the step computes (null for the opening step, which computes nothing). */
	value: number | null;
}
