/**
 * Splits a rendered lesson into slides, in the page itself: the deck renders the lesson body
 * once, then groups its top-level elements. A slide starts at the title slide, at every `##`
 * heading (h2) and at every <SlideBreak />; content before the first heading gets a slide of
 * its own unless it is only speaker notes. A scrollytelling block fills a slide by itself, so
 * what follows it in its section goes on the next slide.
 *
 * A deck is described by its starts: the indices, among the lesson's top-level elements, where
 * slides begin. Windows of one talk share them, so they always count the same slides.
 */
export interface SlideInfo {
	/** The top-level elements that make the slide. */
	nodes: Element[];
	/** The heading's text (the lesson title on the title slide), for the overview. */
	title: string;
	/** Reveal keys on the slide, in page order. */
	fragments: string[];
	/** The speaker notes' HTML (rendered from the lesson's Markdown at build time). */
	notes: string[];
	/** The first slide of this slide's `##` section. */
	section: number;
	/** 0 for a section's first slide, 1, 2, … for the slides it continues on. */
	part: number;
}

export const TITLE_ATTR = 'data-title-slide';
export const BREAK_ATTR = 'data-slide-break';
export const FRAGMENT_ATTR = 'data-fragment';
export const NOTES_CLASS = 'speaker-notes';
export const SCROLLY_CLASS = 'scrolly';
/** A widget placed on its own in the lesson (not in a scrollytelling block). */
export const WIDGET_CLASS = 'widget';

/** Whether an element opens a section: the title slide or a `##` heading. */
function opensSection(el: Element): boolean {
	return el.hasAttribute(TITLE_ATTR) || el.tagName === 'H2';
}

function within(el: Element, selector: string): Element[] {
	return [...(el.matches(selector) ? [el] : []), ...el.querySelectorAll(selector)];
}

/** Where the lesson's structure starts slides: sections, slide breaks, after a scrolly. */
export function structuralStarts(container: Element): number[] {
	const starts: number[] = [];
	let onTitle = false;
	let afterScrolly = false;
	[...container.children].forEach((el, i) => {
		const notes = el.classList.contains(NOTES_CLASS);
		const boundary = opensSection(el) || el.hasAttribute(BREAK_ATTR);
		if (boundary || i === 0 || ((onTitle || afterScrolly) && !notes)) {
			starts.push(i);
			onTitle = el.hasAttribute(TITLE_ATTR);
		}
		afterScrolly = el.classList.contains(SCROLLY_CLASS) || (afterScrolly && notes);
	});
	return starts;
}

/** A slide made of `nodes`, with their reveals and notes gathered. */
function slideOf(nodes: Element[], title: string, section: number, part: number): SlideInfo {
	const fragments: string[] = [];
	const notes: string[] = [];
	for (const el of nodes) {
		for (const f of within(el, `[${FRAGMENT_ATTR}]`)) {
			const key = f.getAttribute(FRAGMENT_ATTR);
			if (key) fragments.push(key);
		}
		for (const n of within(el, `.${NOTES_CLASS}`)) notes.push(n.innerHTML);
	}
	return { nodes, title, fragments, notes, section, part };
}

/** The slides that begin at `starts` (sorted indices of the container's elements). */
export function slidesFromStarts(container: Element, starts: readonly number[]): SlideInfo[] {
	const children = [...container.children];
	const slides: SlideInfo[] = [];
	starts.forEach((start, i) => {
		const nodes = children.slice(start, starts[i + 1] ?? children.length);
		const first = nodes[0];
		const before = slides.at(-1);
		if (!first) return;
		if (opensSection(first) || !before) {
			const title = ((first.querySelector('h1') ?? first).textContent ?? '').trim();
			slides.push(slideOf(nodes, title, slides.length, 0));
		} else slides.push(slideOf(nodes, before.title, before.section, before.part + 1));
	});
	return slides;
}

/** Starts that a window can use: sorted, inside the lesson, beginning at 0. */
export function validStarts(starts: readonly number[], count: number): boolean {
	return (
		starts[0] === 0 &&
		starts.every((s, i) => Number.isInteger(s) && s < count && (i === 0 || s > starts[i - 1]))
	);
}

/** A slide's own notes, or else those of its section (a section's notes often sit at its end). */
export function notesFor(slides: SlideInfo[], index: number): string[] {
	const slide = slides[index];
	if (!slide) return [];
	if (slide.notes.length > 0) return slide.notes;
	return slides.filter((s) => s.section === slide.section).flatMap((s) => s.notes);
}

/** Where each reveal sits: its slide and its place among the slide's reveals. */
export function fragmentPlaces(slides: SlideInfo[]): Map<string, { slide: number; order: number }> {
	const places = new Map<string, { slide: number; order: number }>();
	slides.forEach((s, slide) =>
		s.fragments.forEach((key, order) => places.set(key, { slide, order }))
	);
	return places;
}

/** Marks a slide that shows a picture: its layout gives the picture most of the page. */
export const PICTURE_ATTR = 'data-picture';

/** Marks a lesson's figure, which a slide shows in the picture's column (slides.css). */
export const FIGURE_ATTR = 'data-figure';

/** A lesson's figure: a paragraph that holds a picture only (figureImages.js frames it). */
export function isFigure(node: Element): boolean {
	return (
		node.tagName === 'P' &&
		node.children.length === 1 &&
		node.children[0].classList.contains('figure-frame') &&
		!node.textContent?.trim()
	);
}

/**
 * Whether an element is a picture that a slide shows in its own column beside the text: a
 * widget, alone or in a scrollytelling block, or a figure.
 */
export function isPicture(node: Element): boolean {
	return (
		node.classList.contains(WIDGET_CLASS) ||
		node.classList.contains(SCROLLY_CLASS) ||
		isFigure(node)
	);
}

/** Whether a slide shows a picture (a widget or a figure). */
export function holdsPicture(slide: SlideInfo): boolean {
	return slide.nodes.some(isPicture);
}

/** Marks every element with its slide's number and shows slide `index` alone. */
export function showSlide(container: Element, slides: SlideInfo[], index: number): void {
	slides.forEach((s, i) => {
		for (const n of s.nodes) {
			n.setAttribute('data-slide', String(i));
			n.toggleAttribute('data-on', i === index);
			n.toggleAttribute(FIGURE_ATTR, isFigure(n));
		}
	});
	const slide = slides[index];
	container.classList.toggle('on-title', index === 0);
	container.toggleAttribute(PICTURE_ATTR, !!slide && holdsPicture(slide));
	if (slide && slide.part > 0 && slide.section > 0)
		container.setAttribute('data-continues', slide.title);
	else container.removeAttribute('data-continues');
}

/**
 * A still copy of a slide for the overview and the presenter's next-slide preview: no ids, no
 * live regions, nothing focusable, and the current values of inputs kept.
 */
export function stillCopy(el: Element): Element {
	const copy = el.cloneNode(true) as Element;
	copy.setAttribute('data-on', '');
	for (const n of within(copy, '[id]')) n.removeAttribute('id');
	for (const n of within(copy, '[aria-live], [role="status"], [role="alert"]')) {
		n.removeAttribute('aria-live');
		n.removeAttribute('role');
	}
	const from = within(el, 'input, select');
	const to = within(copy, 'input, select');
	from.forEach((input, i) => {
		const target = to[i] as HTMLInputElement | undefined;
		if (target) target.value = (input as HTMLInputElement).value;
	});
	return copy;
}
