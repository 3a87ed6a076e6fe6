/**
 * The diagram as a phone's sticky picture: wide and short, drawn at full size (one SVG unit a CSS
 * pixel) so that every label keeps its 12 px and more, in about 160 px of height. Weights' chips
 * show their numbers only, and only a step's forward number is written on it: the formula under
 * the picture states every step's number.
 */
import {
	inputChips,
	lerp,
	lossEdges,
	SUB,
	type Diagram,
	type DiagramChip,
	type DiagramEdge,
	type DiagramNode,
	type Point,
	type Slot,
	twoLayerWiring
} from './layout';

const R = 15;
/** Input nodes' centre, near the left edge: their names stand above the first and under the last. */
const INPUT_X = 20;
/** Baseline of the band along the top where a step's forward number is written. */
const TOP_LINE = 15;

function inputs(rows: number[]): DiagramNode[] {
	return rows.map((y, i) => ({
		id: `x${i}`,
		role: 'input',
		x: INPUT_X,
		y,
		r: R,
		label: `x${SUB[i]}`,
		labelAt: {
			x: INPUT_X,
			y: i === 0 ? y - R - 6 : y + R + 17,
			anchor: 'middle'
		}
	}));
}

/**
 * One neuron with n inputs in a row: x → Σ → f → ŷ (→ L, with the answer y under it), the bias
 * chip under f. The forward numbers are written along the top, one at a time; the gradients and
 * the update are the formula's, under the picture.
 */
export function neuronStrip(width: number, n: number, withLoss: boolean): Diagram {
	const W = Math.max(300, width);
	const spread = n === 3 ? 56 : 76;
	const top = 41;
	const rows = Array.from({ length: n }, (_, i) => top + i * spread);
	const mid = (rows[0] + rows[n - 1]) / 2;
	const xs = inputs(rows);
	const [fs, fa, fo] = withLoss ? [0.44, 0.6, 0.76] : [0.5, 0.7, 0.9];
	const col = (f: number) => Math.round(W * f);
	const node = (id: string, role: DiagramNode['role'], x: number, label: string): DiagramNode => ({
		id,
		role,
		x,
		y: mid,
		r: R,
		label
	});
	const sum = node('sum', 'sum', col(fs), 'Σ');
	const act = node('act', 'act', col(fa), 'f');
	const out = node('out', 'out', col(fo), 'ŷ');
	const loss = node('loss', 'loss', W - 26, 'L');
	const low = rows[n - 1] + 25;
	const bias: Point = { x: act.x - 8, y: low };
	const target: Point = { x: W - 42, y: low };

	const edges: DiagramEdge[] = [
		...xs.map((x, i) => ({ id: `in${i}`, from: x, to: sum })),
		{ id: 'bias', from: bias, to: sum },
		{ id: 'net', from: sum, to: act },
		{ id: 'out', from: act, to: out },
		...lossEdges(out, loss, target)
	];
	const chips: DiagramChip[] = [
		...inputChips(xs),
		...xs.map((x, i) => ({
			part: `w${i}`,
			key: `w${i + 1}`,
			name: `w${SUB[i]}`,
			terse: true,
			...lerp(x, sum, 0.5)
		})),
		{ part: 'b', key: 'b', name: 'b', ...bias },
		{ part: 'y', key: 'y', name: 'y', ...target }
	];
	const over = (p: Point): Slot => ({ x: p.x, y: TOP_LINE, anchor: 'middle' });
	const slots: Record<string, Slot> = {
		net: over(sum),
		yhat: withLoss ? over(out) : { x: W - 2, y: TOP_LINE, anchor: 'end' },
		loss: { x: W - 2, y: TOP_LINE, anchor: 'end' },
		after: { x: W - 2, y: TOP_LINE, anchor: 'end' }
	};
	xs.forEach((_, i) => {
		slots[`prod${i}`] = { x: INPUT_X + R + 4, y: TOP_LINE, anchor: 'start' };
	});
	return {
		compact: true,
		strip: true,
		width: W,
		height: low + 14,
		nodes: [...xs, sum, act, out, loss],
		edges,
		chips,
		slots
	};
}

/**
 * The 2 → 2 → 1 network in a row: inputs, hidden units, ŷ and L side by side; b₁ over h₁, b₂
 * under h₂, c over ŷ, the answer y under L. Its numbers are the formula's.
 */
export function twoLayerStrip(width: number): Diagram {
	const W = Math.max(300, width);
	const rows = [41, 115];
	const mid = (rows[0] + rows[1]) / 2;
	const xs = inputs(rows);
	const hx = Math.round(W * 0.46);
	const hidden: DiagramNode[] = rows.map((y, j) => ({
		id: `h${j}`,
		role: 'hidden',
		x: hx,
		y,
		r: R,
		label: `h${SUB[j]}`
	}));
	const out: DiagramNode = {
		id: 'o',
		role: 'output',
		x: Math.round(W * 0.73),
		y: mid,
		r: R,
		label: 'ŷ'
	};
	const loss: DiagramNode = { id: 'loss', role: 'loss', x: W - 24, y: mid, r: R, label: 'L' };
	const target: Point = { x: W - 42, y: mid + 47 };
	// Crossing edges carry their weight where they are still a chip's height apart.
	const {
		edges,
		w: wChips,
		v: vChips
	} = twoLayerWiring(
		{ inputs: xs, hidden, out, loss, target },
		(i, j) => (i === j ? 0.5 : 0.335),
		true
	);
	const chips: DiagramChip[] = [
		...inputChips(xs),
		...wChips,
		...hidden.map((h, j) => ({
			part: `b${j}`,
			key: `b${j + 1}`,
			name: `b${SUB[j]}`,
			terse: true,
			x: h.x,
			y: j === 0 ? 12 : rows[1] + 29
		})),
		...vChips,
		{ part: 'c', key: 'c', name: 'c', terse: true, x: out.x, y: mid - 43 },
		{ part: 'y', key: 'y', name: 'y', ...target }
	];
	return {
		compact: true,
		strip: true,
		width: W,
		height: rows[1] + 43,
		nodes: [...xs, ...hidden, out, loss],
		edges,
		chips,
		slots: {}
	};
}
