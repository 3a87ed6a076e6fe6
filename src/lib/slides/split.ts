/**
 * Splits a rendered lesson into slides, in the page itself: the deck renders the lesson body
 * once, then groups its top-level elements. A slide starts at the title slide, at every `##`
 * heading (h2) and at every <SlideBreak />; content before the first heading gets a slide of
 * its own unless it is only speaker notes. A scrollytelling block fills a slide by itself, so
 * what follows it in its section goes on the next slide.
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

/** What starts a new slide, from one top-level element. */
export function slideBoundary(el: Element): 'title' | 'heading' | 'break' | null {
	if (el.hasAttribute(TITLE_ATTR)) return 'title';
	if (el.tagName === 'H2') return 'heading';
	if (el.hasAttribute(BREAK_ATTR)) return 'break';
	return null;
}

function within(el: Element, selector: string): Element[] {
	return [...(el.matches(selector) ? [el] : []), ...el.querySelectorAll(selector)];
}

/** A slide starting at `el`; one that continues a section keeps its title and section. */
function newSlide(
	el: Element,
	boundary: ReturnType<typeof slideBoundary>,
	before: SlideInfo | null,
	index: number
): SlideInfo {
	const continued = before && boundary !== 'title' && boundary !== 'heading' ? before : null;
	return {
		nodes: [],
		title: continued ? continued.title : ((el.querySelector('h1') ?? el).textContent ?? '').trim(),
		fragments: [],
		notes: [],
		section: continued ? continued.section : index,
		part: continued ? continued.part + 1 : 0
	};
}

export function splitSlides(container: Element): SlideInfo[] {
	const slides: SlideInfo[] = [];
	let current: SlideInfo | null = null;
	let onTitle = false;
	let afterScrolly = false;
	for (const el of container.children) {
		const boundary = slideBoundary(el);
		const onlyNotes = el.classList.contains(NOTES_CLASS);
		if (boundary || !current || ((onTitle || afterScrolly) && !onlyNotes)) {
			current = newSlide(el, boundary, current, slides.length);
			slides.push(current);
			onTitle = boundary === 'title';
		}
		afterScrolly = el.classList.contains(SCROLLY_CLASS) || (afterScrolly && onlyNotes);
		current.nodes.push(el);
	}
	return slides.map((s) => withNodes(s, s.nodes));
}

/** A slide made of `nodes`, with their reveals and notes gathered. */
export function withNodes(slide: SlideInfo, nodes: Element[]): SlideInfo {
	const fragments: string[] = [];
	const notes: string[] = [];
	for (const el of nodes) {
		for (const f of within(el, `[${FRAGMENT_ATTR}]`)) {
			const key = f.getAttribute(FRAGMENT_ATTR);
			if (key) fragments.push(key);
		}
		for (const n of within(el, `.${NOTES_CLASS}`)) notes.push(n.innerHTML);
	}
	return { ...slide, nodes, fragments, notes };
}

/** Marks every element with its slide's number and shows slide `index` alone. */
export function showSlide(container: Element, slides: SlideInfo[], index: number): void {
	slides.forEach((s, i) => {
		for (const n of s.nodes) {
			n.setAttribute('data-slide', String(i));
			n.toggleAttribute('data-on', i === index);
		}
	});
	const slide = slides[index];
	container.classList.toggle('on-title', index === 0);
	if (slide && slide.part > 0 && slide.section > 0)
		container.setAttribute('data-continues', slide.title);
	else container.removeAttribute('data-continues');
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
