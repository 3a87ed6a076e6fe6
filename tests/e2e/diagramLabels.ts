/** What the neuron's diagram draws, as a reader sees it: its smallest text and any labels that meet. */
export interface DiagramLabels {
	/** The smallest text drawn, in screen pixels (its font size times the picture's scale). */
	smallest: number;
	/** That text. */
	smallestText: string;
	/** Pairs of labels (node, name, chip, written number) whose boxes meet. */
	overlaps: string[];
	/** A value still travelling along its edge: the picture has not settled. */
	moving: boolean;
}

/**
 * Runs in the page on the element that holds a neuron diagram (`.diagram`). Nodes and chips count
 * as their shapes (the text inside them is theirs); names and written numbers as their text. Two
 * boxes meet when they overlap by more than half a pixel both ways.
 */
export function measureDiagram(root: Element): DiagramLabels {
	const svg = root.querySelector('.diagram svg') as SVGSVGElement;
	let smallest = Infinity;
	let smallestText = '';
	for (const text of svg.querySelectorAll('text')) {
		const rect = text.getBoundingClientRect();
		const laidOut = text.getBBox().height;
		if (rect.height < 1 || !laidOut) continue;
		const size = (parseFloat(getComputedStyle(text).fontSize) * rect.height) / laidOut;
		if (size < smallest) {
			smallest = size;
			smallestText = text.textContent ?? '';
		}
	}
	const boxes = [
		...[...svg.querySelectorAll('.node')].map((g) => ({
			what: `node ${g.getAttribute('data-part')}`,
			rect: g.querySelector('circle, rect')!.getBoundingClientRect()
		})),
		...[...svg.querySelectorAll('.node text.name, text.value')].map((t) => ({
			what: `"${t.textContent}"`,
			rect: t.getBoundingClientRect()
		})),
		...[...svg.querySelectorAll('.chip:not(.bare)')].map((g) => ({
			what: `chip "${g.querySelector('text')?.textContent}"`,
			rect: g.querySelector('rect')!.getBoundingClientRect()
		}))
	];
	const overlaps: string[] = [];
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const [a, b] = [boxes[i].rect, boxes[j].rect];
			const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
			const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
			if (dx > 0.5 && dy > 0.5) overlaps.push(`${boxes[i].what} × ${boxes[j].what}`);
		}
	return { smallest, smallestText, overlaps, moving: !!svg.querySelector('.pill') };
}
