/**
 * Where everything sits on the stepper's diagram, for a given width: pure geometry, so that the
 * Svelte view only draws. Positions are in SVG user units equal to CSS pixels (the SVG is drawn
 * at its container's width), so text stays readable on a phone instead of shrinking.
 */
import type { NeuronMode } from './state';
import { neuronStrip, twoLayerStrip } from './stripLayout';
import { twoLayerDiagram } from './twoLayerLayout';

export interface Point {
	x: number;
	y: number;
}

export type NodeRole = 'input' | 'sum' | 'act' | 'out' | 'loss' | 'hidden' | 'output';

export interface DiagramNode extends Point {
	/** Part id, as steps name it: 'x0', 'sum', 'h1', 'loss' … */
	id: string;
	role: NodeRole;
	r: number;
	/** Short label drawn beside the node ("x₁", "Σ", "ŷ", "L"). */
	label: string;
	/** Where an input's name goes, when not above it (a phone's strip has no room there). */
	labelAt?: Slot;
}

export interface DiagramEdge {
	/** Edge id, as steps name it: 'in0', 'net', 'in1h0', 'h0o', 'loss' … */
	id: string;
	from: Point;
	to: Point;
}

/** A number the reader can drag or type on the diagram: which state key, where. */
export interface DiagramChip extends Point {
	/** Part id lit by steps ('w0', 'b', 'y', 'w10' …). */
	part: string;
	/** The state key it edits ('w1', 'b', 'y', 'w21' …). */
	key: string;
	/** Plain-text name ("w₁"). */
	name: string;
	/** Shows its number only, its name left to its label: there is no room for both. */
	terse?: boolean;
}

/** Where a step's value is written once computed, keyed by step id. */
export interface Slot extends Point {
	anchor: 'start' | 'middle' | 'end';
}

export interface Diagram {
	/** Phone-sized: the view writes only the current step's number, to keep the picture legible. */
	compact: boolean;
	/**
	 * A phone's sticky picture, wide and short and drawn at full size: no "→ next" on the chips,
	 * whose update the formula under the picture states.
	 */
	strip?: boolean;
	width: number;
	height: number;
	nodes: DiagramNode[];
	edges: DiagramEdge[];
	chips: DiagramChip[];
	slots: Record<string, Slot>;
}

export const SUB = ['₁', '₂', '₃'];

export const lerp = (a: Point, b: Point, t: number): Point => ({
	x: a.x + (b.x - a.x) * t,
	y: a.y + (b.y - a.y) * t
});

/** The input chips, one on each input node: x₁, x₂, … */
export function inputChips(inputs: Point[]): DiagramChip[] {
	return inputs.map((node, i) => ({
		part: `x${i}`,
		key: `x${i + 1}`,
		name: `x${SUB[i]}`,
		x: node.x,
		y: node.y
	}));
}

/** The output's edge to the loss, and the answer y's. */
export function lossEdges(out: Point, loss: Point, target: Point): DiagramEdge[] {
	return [
		{ id: 'loss', from: out, to: loss },
		{ id: 'target', from: target, to: loss }
	];
}

/**
 * The 2 → 2 → 1 network's wiring, wherever a layout puts its nodes: every edge, and the chips of
 * the weights on them (w on the edge from input i to hidden unit j, `along(i, j)` of the way; v
 * half way to the output). `terse`: the chips show their numbers only.
 */
export function twoLayerWiring(
	{
		inputs,
		hidden,
		out,
		loss,
		target
	}: Record<'inputs' | 'hidden', Point[]> & Record<'out' | 'loss' | 'target', Point>,
	along: (i: number, j: number) => number,
	terse = false
): { edges: DiagramEdge[]; w: DiagramChip[]; v: DiagramChip[] } {
	return {
		edges: [
			...hidden.flatMap((h, j) => inputs.map((x, i) => ({ id: `in${i}h${j}`, from: x, to: h }))),
			...hidden.map((h, j) => ({ id: `h${j}o`, from: h, to: out })),
			...lossEdges(out, loss, target)
		],
		w: hidden.flatMap((h, j) =>
			inputs.map((x, i) => ({
				part: `w${j}${i}`,
				key: `w${j + 1}${i + 1}`,
				name: `w${SUB[j]}${SUB[i]}`,
				...(terse ? { terse } : {}),
				...lerp(x, h, along(i, j))
			}))
		),
		v: hidden.map((h, j) => ({
			part: `v${j}`,
			key: `v${j + 1}`,
			name: `v${SUB[j]}`,
			...(terse ? { terse } : {}),
			...lerp(h, out, 0.5)
		}))
	};
}

/** The edge from where it leaves its source circle to where it enters its target. */
export function trimEdge(e: DiagramEdge, r0: number, r1: number): DiagramEdge {
	const dx = e.to.x - e.from.x;
	const dy = e.to.y - e.from.y;
	const len = Math.hypot(dx, dy) || 1;
	return {
		id: e.id,
		from: { x: e.from.x + (dx / len) * r0, y: e.from.y + (dy / len) * r0 },
		to: { x: e.to.x - (dx / len) * r1, y: e.to.y - (dy / len) * r1 }
	};
}

/** One neuron with n inputs: x → Σ → f → ŷ, the loss L below ŷ with the answer y beside it. */
export function neuronDiagram(width: number, n: number): Diagram {
	const W = Math.max(300, width);
	const narrow = W < 560;
	const r = narrow ? 17 : 24;
	const mid = n === 3 ? 150 : 140;
	const spread = n === 3 ? 95 : 130;
	const lossY = mid + 120;
	const height = lossY + r + 48;
	const col = (f: number) => Math.round(W * f);
	const rows = Array.from({ length: n }, (_, i) => mid + (i - (n - 1) / 2) * spread);
	const inputs: DiagramNode[] = rows.map((y, i) => ({
		id: `x${i}`,
		role: 'input',
		x: col(0.07) + 6,
		y,
		r,
		label: `x${SUB[i]}`
	}));
	const sum: DiagramNode = { id: 'sum', role: 'sum', x: col(0.42), y: mid, r, label: 'Σ' };
	const act: DiagramNode = { id: 'act', role: 'act', x: col(0.62), y: mid, r, label: 'f' };
	const out: DiagramNode = { id: 'out', role: 'out', x: col(0.82), y: mid, r, label: 'ŷ' };
	const loss: DiagramNode = { id: 'loss', role: 'loss', x: out.x, y: lossY, r, label: 'L' };
	const bias: Point = { x: sum.x - (narrow ? 30 : 56), y: lossY };
	const target: Point = { x: act.x - (narrow ? 10 : 0), y: lossY };

	const edges: DiagramEdge[] = [
		...inputs.map((node, i) => ({ id: `in${i}`, from: node, to: sum })),
		{ id: 'bias', from: bias, to: sum },
		{ id: 'net', from: sum, to: act },
		{ id: 'out', from: act, to: out },
		...lossEdges(out, loss, target)
	];
	const chipAt = (node: Point) => lerp(node, sum, narrow ? 0.5 : 0.36);
	const chips: DiagramChip[] = [
		...inputChips(inputs),
		...inputs.map((node, i) => ({
			part: `w${i}`,
			key: `w${i + 1}`,
			name: `w${SUB[i]}`,
			...chipAt(node)
		})),
		{ part: 'b', key: 'b', name: 'b', ...bias },
		{ part: 'y', key: 'y', name: 'y', ...target }
	];
	const at = (p: Point, dy: number, anchor: Slot['anchor'] = 'middle'): Slot => ({
		x: p.x,
		y: p.y + dy,
		anchor
	});
	const slots: Record<string, Slot> = {
		// Up and to the right of Σ: the only corner no edge passes through.
		net: { x: sum.x + 6, y: sum.y - r - 8, anchor: 'start' },
		yhat: at(out, -r - 10),
		loss: at(loss, r + 18),
		after: at(loss, r + 36),
		dLdyhat: {
			x: out.x + (narrow ? -8 : 8),
			y: (out.y + loss.y) / 2 + 4,
			anchor: narrow ? 'end' : 'start'
		},
		dyhatdnet: at(act, -r - 10),
		dLdb: at(bias, 30)
	};
	inputs.forEach((node, i) => {
		// Numbers sit on the outer side of their edge: the last input's below it, the others' above.
		const up = i === 0;
		const chip = chipAt(node);
		const last = i === n - 1 && n > 1;
		slots[`prod${i}`] = at(lerp(node, sum, 0.74), last ? 24 : -10);
		slots[`dLdw${i}`] = at(chip, up ? -20 : 30);
	});
	return {
		compact: narrow,
		width: W,
		height,
		nodes: [...inputs, sum, act, out, loss],
		edges,
		chips,
		slots
	};
}

/**
 * Edges end at their nodes' rims rather than centres, so that arrowheads stay visible; an end
 * that is a chip (bias, answer) keeps a small gap.
 */
function trimmed(edges: DiagramEdge[], nodes: DiagramNode[]): DiagramEdge[] {
	const radiusAt = (p: Point) => nodes.find((n) => n.x === p.x && n.y === p.y)?.r ?? 12;
	return edges.map((e) => trimEdge(e, radiusAt(e.from) + 2, radiusAt(e.to) + 4));
}

/** The diagram for a mode and width; `strip` for a phone's sticky picture (stripLayout.ts). */
export function diagramFor(mode: NeuronMode, width: number, n: number, strip = false): Diagram {
	const d = strip
		? mode === 'twolayer'
			? twoLayerStrip(width)
			: neuronStrip(width, n, mode !== 'forward')
		: mode === 'twolayer'
			? twoLayerDiagram(width)
			: neuronDiagram(width, n);
	return { ...d, edges: trimmed(d.edges, d.nodes) };
}
