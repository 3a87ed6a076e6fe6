/**
 * Where the 2 → 2 → 1 network's parts sit, for a given width: wide beside a lesson's steps on a
 * large screen and on a 16:9 slide, narrow (and short) on a laptop's lesson, a 4:3 slide or a
 * phone's playground. The phone's sticky picture is stripLayout.ts's.
 */
import {
	inputChips,
	lerp,
	SUB,
	type Diagram,
	type DiagramChip,
	type DiagramNode,
	type Point,
	type Slot,
	twoLayerWiring
} from './layout';

/** The 2 → 2 → 1 network: inputs, two hidden units, the output, the loss below it. */
export function twoLayerDiagram(width: number): Diagram {
	const W = Math.max(300, width);
	const narrow = W < 560;
	const r = narrow ? 17 : 24;
	// Narrow (a 4:3 slide, a lesson beside its steps on a laptop), the picture is also short: L's
	// numbers and the answer y stay within the lower hidden unit's height, so that a slide's
	// two-line formula still fits at the size the back row reads.
	const mid = narrow ? 168 : 185;
	const spread = 150;
	const lossY = mid + 125;
	const height = narrow ? mid + spread / 2 + r + 76 : lossY + r + 48;
	const col = (f: number) => Math.round(W * f);
	const rows = [mid - spread / 2, mid + spread / 2];
	const inputs: DiagramNode[] = rows.map((y, i) => ({
		id: `x${i}`,
		role: 'input',
		x: col(0.07) + 6,
		y,
		r,
		label: `x${SUB[i]}`,
		// The lower input's name under it: above, a crossing edge's weight would cover it.
		...(i === 1 ? { labelAt: { x: col(0.07) + 6, y: y + r + 19, anchor: 'middle' as const } } : {})
	}));
	const hidden: DiagramNode[] = rows.map((y, j) => ({
		id: `h${j}`,
		role: 'hidden',
		x: col(narrow ? 0.49 : 0.45),
		y,
		r,
		label: `h${SUB[j]}`
	}));
	const out: DiagramNode = {
		id: 'o',
		role: 'output',
		x: col(narrow ? 0.82 : 0.8),
		y: mid,
		r,
		label: 'ŷ'
	};
	const loss: DiagramNode = { id: 'loss', role: 'loss', x: out.x, y: lossY, r, label: 'L' };
	// Narrow, the answer y sits up and to the left of L, clear of the lower unit's numbers; wider,
	// on L's row, past the lower bias's chip once it shows its update.
	const target: Point = narrow ? { x: loss.x - r - 40, y: lossY - 8 } : { x: col(0.66), y: lossY };

	// Straight edges carry their weight near the middle, crossing ones nearer the input.
	const {
		edges,
		w: wChips,
		v: vChips
	} = twoLayerWiring({ inputs, hidden, out, loss, target }, (i, j) =>
		i === j ? 0.5 : narrow ? 0.33 : 0.27
	);
	const chips: DiagramChip[] = [
		...inputChips(inputs),
		...wChips,
		...hidden.map((h, j) => ({
			part: `b${j}`,
			key: `b${j + 1}`,
			name: `b${SUB[j]}`,
			// Narrow, a little to the left: the answer y's chip stands to the right of b₂'s.
			x: h.x - (narrow ? 16 : 0),
			y: j === 0 ? h.y - r - 22 : h.y + r + 22
		})),
		...vChips,
		// Wider, c stands up and to the right of ŷ, clear of v₁'s chip and its gradient.
		narrow
			? { part: 'c', key: 'c', name: 'c', x: out.x, y: out.y - r - 50 }
			: { part: 'c', key: 'c', name: 'c', x: Math.min(out.x + 40, W - 84), y: out.y - r - 56 },
		{ part: 'y', key: 'y', name: 'y', ...target }
	];
	const slots: Record<string, Slot> = {
		yhat: { x: out.x + r + 6, y: out.y - 4, anchor: 'start' },
		deltao: { x: out.x + r + 6, y: out.y + 14, anchor: 'start' },
		loss: { x: loss.x, y: loss.y + r + 18, anchor: 'middle' },
		after: { x: loss.x, y: loss.y + r + 36, anchor: 'middle' },
		// Narrow, flush right across the edge to L: on its left the lower unit would cover it.
		dLdyhat: {
			x: narrow ? W - 2 : out.x + 8,
			y: (out.y + loss.y) / 2 + 4,
			anchor: narrow ? 'end' : 'start'
		}
	};
	if (narrow) {
		// Room is short on the right: the output's numbers go on the way to L, right-aligned, clear
		// of v₂'s chip; L's under it.
		slots.yhat = { x: W - 4, y: out.y + r + 47, anchor: 'end' };
		slots.deltao = slots.yhat;
		slots.loss = { x: loss.x, y: loss.y + r + 18, anchor: 'middle' };
		slots.after = slots.loss;
	}
	hidden.forEach((h, j) => {
		// Above the upper unit and below the lower one, past the bias's chip, away from the edges
		// between the layers; the unit's own value just beside it, under (over) that chip.
		const side = j === 0 ? -1 : 1;
		const stack = (row: number): Slot => ({
			x: h.x,
			y: h.y + side * (r + 40 + 18 * row) + (side > 0 ? 12 : 0),
			anchor: 'middle'
		});
		slots[`h${j}`] = {
			x: h.x + r + 6,
			y: h.y + side * 8 + (side > 0 ? 11 : 0),
			anchor: 'start'
		};
		slots[`dLdh${j}`] = stack(0);
		slots[`delta${j}`] = stack(1);
		const v = lerp(h, out, 0.5);
		// Narrow, between the two v chips, clear of c's chip over ŷ.
		slots[`dLdv${j}`] = narrow
			? { x: v.x + 20, y: v.y - side * 30 + (side > 0 ? 0 : 11), anchor: 'end' }
			: { x: v.x, y: v.y + side * 24 + (side > 0 ? 5 : 0), anchor: 'middle' };
	});
	return {
		compact: narrow,
		width: W,
		height,
		nodes: [...inputs, ...hidden, out, loss],
		edges,
		chips,
		slots
	};
}
