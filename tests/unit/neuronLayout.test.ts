import { describe, expect, it } from 'vitest';
import { diagramFor, type Diagram } from '$lib/widgets/neuron/layout';
import type { NeuronMode } from '$lib/widgets/neuron/state';

/**
 * The diagram's labels never cover one another: node, name, chip and written number each keep a
 * box of their own, inside the picture. Text widths are estimated from DejaVu Sans's advances
 * (the widest system font the site falls back to), chips' from the rectangle ValueChip draws.
 */
interface Box {
	what: string;
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Advances in em of DejaVu Sans, the widest of the fonts the page may fall back to. */
const em: [RegExp, number][] = [
	[/[₀-₉ₒ′]/, 0.42],
	[/[ .,]/, 0.32],
	[/[=−+→]/, 0.84],
	[/[/t]/, 0.4],
	[/[L∂c]/, 0.56],
	[/[w]/, 0.82],
	[/./, 0.64]
];
const textWidth = (text: string, size: number) =>
	[...text].reduce((w, ch) => w + size * em.find(([re]) => re.test(ch))![1], 0);

function textBox(what: string, x: number, y: number, anchor: string, text: string, size: number) {
	const w = textWidth(text, size);
	const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
	return { what, x0, x1: x0 + w, y0: y - 0.76 * size, y1: y + 0.24 * size };
}

/** A chip's rectangle as ValueChip draws it: its text, and 6 px either side. */
function chipBox(c: Diagram['chips'][number], value: string, size: number, next: string): Box {
	const text = (c.terse ? value : `${c.name} = ${value}`) + next;
	const w = Math.max(34, textWidth(text, size) + 12);
	return { what: `chip ${c.name}`, x0: c.x - w / 2, x1: c.x + w / 2, y0: c.y - 12, y1: c.y + 12 };
}

/** What every step shows at once: nodes (with a lit rim), input names, and the chips. */
function fixedBoxes(d: Diagram, mode: NeuronMode, value: string, size: number): Box[] {
	const loss = mode !== 'forward';
	const nodes = d.nodes
		.filter((n) => loss || n.id !== 'loss')
		.map((n) => ({
			what: `node ${n.id}`,
			x0: n.x - n.r - 2,
			x1: n.x + n.r + 2,
			y0: n.y - n.r - 2,
			y1: n.y + n.r + 2
		}));
	const names = d.nodes
		.filter((n) => n.role === 'input')
		.map((n) => {
			const at = n.labelAt ?? { x: n.x, y: n.y - n.r - 7, anchor: 'middle' };
			return textBox(`name ${n.label}`, at.x, at.y, at.anchor, n.label, size);
		});
	const chips = d.chips
		.filter((c) => !c.part.startsWith('x') && (loss || c.key !== 'y'))
		// A wide picture keeps every update on its chip: at the cycle's last step all show one.
		// The answer y is 1 or 0 in every lesson; the others take `value`.
		.map((c) =>
			c.key === 'y'
				? chipBox(c, '1', size, '')
				: chipBox(c, value, size, d.compact ? '' : ` → ${value}36`)
		);
	return [...nodes, ...names, ...chips];
}

/** Step ids with the symbol they write, as the stepper names them. */
const written: Record<string, string> = {
	prod0: 'x₁w₁',
	prod1: 'x₂w₂',
	net: 'net',
	yhat: 'ŷ',
	loss: 'L',
	dLdyhat: '∂L/∂ŷ',
	dyhatdnet: '∂ŷ/∂net',
	dLdw0: '∂L/∂w₁',
	dLdw1: '∂L/∂w₂',
	dLdb: '∂L/∂b',
	w0new: 'w₁′',
	w1new: 'w₂′',
	bnew: 'b′',
	after: 'L′',
	h0: 'h₁',
	h1: 'h₂',
	deltao: 'δₒ',
	dLdv0: '∂L/∂v₁',
	dLdv1: '∂L/∂v₂',
	dLdh0: '∂L/∂h₁',
	dLdh1: '∂L/∂h₂',
	delta0: 'δ₁',
	delta1: 'δ₂'
};

function slotBoxes(d: Diagram, size: number): Box[] {
	return Object.entries(d.slots).map(([id, s]) => {
		const text = `${written[id] ?? id} = −0.144`;
		return textBox(`value ${id}`, s.x, s.y, s.anchor, text, size);
	});
}

const meets = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Every pair that covers one another, and every box past the picture's edges. */
function clashes(d: Diagram, mode: NeuronMode, value: string, size = 13.5): string[] {
	const fixed = fixedBoxes(d, mode, value, size);
	const values = slotBoxes(d, size);
	const out: string[] = [];
	const all = [...fixed, ...values];
	for (const b of all)
		if (b.x0 < 0 || b.y0 < 0 || b.x1 > d.width || b.y1 > d.height) out.push(`${b.what} outside`);
	for (let i = 0; i < fixed.length; i++)
		for (let j = i + 1; j < fixed.length; j++)
			if (meets(fixed[i], fixed[j])) out.push(`${fixed[i].what} × ${fixed[j].what}`);
	// A phone's strip writes one number at a time; a wider picture keeps them all.
	for (let i = 0; i < values.length; i++) {
		for (const f of fixed) if (meets(values[i], f)) out.push(`${values[i].what} × ${f.what}`);
		if (!d.compact)
			for (let j = i + 1; j < values.length; j++)
				if (meets(values[i], values[j])) out.push(`${values[i].what} × ${values[j].what}`);
	}
	return out;
}

describe("a phone's strip", () => {
	for (const width of [300, 335, 400, 560])
		for (const mode of ['forward', 'full', 'twolayer'] as const)
			it(`${mode} at ${width} px: no label covers another, all inside`, () => {
				const d = diagramFor(mode, width, 2, true);
				expect(d.height).toBeLessThanOrEqual(170);
				// Numbers of four characters, as the lessons' (−0.4); chips' names where shown.
				expect(clashes(d, mode, '−0.4')).toEqual([]);
			});
	it("three inputs (a setting of the reader's own): taller, still no label covers another", () => {
		for (const width of [300, 335])
			for (const mode of ['forward', 'full'] as const)
				expect(clashes(diagramFor(mode, width, 3, true), mode, '−0.4')).toEqual([]);
	});
});

describe('the two-layer network, wider', () => {
	// As a lesson beside its steps draws it (13.5 px text) and a 16:9 slide (15 px).
	for (const [width, size] of [
		[600, 13.5],
		[652, 15],
		[710, 13.5],
		[720, 15],
		[820, 13.5]
	])
		it(`at ${width} px, ${size} px text, with every update on its chip: no label covers another`, () => {
			const d = diagramFor('twolayer', width, 2);
			expect(d.compact).toBe(false);
			expect(clashes(d, 'twolayer', '−0.6', size)).toEqual([]);
		});
});

describe('the two-layer network, narrow', () => {
	// A 4:3 slide (15 px text, 356 to 425 px wide) and a lesson beside its steps on a laptop. At
	// 356 px only the slide's own check holds (neuron.e2e, with the lesson's numbers): the widest
	// numbers here would meet there.
	for (const [width, size] of [
		[400, 15],
		[425, 15],
		[513, 13.5]
	])
		it(`at ${width} px, ${size} px text: no label covers another, and it is short`, () => {
			const d = diagramFor('twolayer', width, 2);
			expect(d.compact).toBe(true);
			expect(d.height).toBeLessThanOrEqual(340);
			expect(clashes(d, 'twolayer', '−0.6', size)).toEqual([]);
		});
});
