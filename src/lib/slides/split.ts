/**
 * Splits a rendered lesson into slides, in the page itself: the deck renders the lesson body
 * once, then groups its top-level elements. A slide starts at the title slide, at every `##`
 * heading (h2) and at every <SlideBreak />; content before the first heading gets a slide of
 * its own unless it is only speaker notes.
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
}

export const TITLE_ATTR = 'data-title-slide';
export const BREAK_ATTR = 'data-slide-break';
export const FRAGMENT_ATTR = 'data-fragment';
export const NOTES_CLASS = 'speaker-notes';

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

export function splitSlides(container: Element): SlideInfo[] {
	const slides: SlideInfo[] = [];
	let current: SlideInfo | null = null;
	let onTitle = false;
	for (const el of container.children) {
		const boundary = slideBoundary(el);
		const onlyNotes = el.classList.contains(NOTES_CLASS);
		if (boundary || !current || (onTitle && !onlyNotes)) {
			const title: string = boundary === 'break' ? (current?.title ?? '') : (el.textContent ?? '').trim();
			current = { nodes: [], title, fragments: [], notes: [] };
			slides.push(current);
			onTitle = boundary === 'title';
		}
		el.setAttribute('data-slide', String(slides.length - 1));
		current.nodes.push(el);
		for (const f of within(el, `[${FRAGMENT_ATTR}]`)) {
			const key = f.getAttribute(FRAGMENT_ATTR);
			if (key) current.fragments.push(key);
		}
		for (const n of within(el, `.${NOTES_CLASS}`)) current.notes.push(n.innerHTML);
	}
	return slides;
}

/** Where each reveal sits: its slide and its place among the slide's reveals. */
export function fragmentPlaces(slides: SlideInfo[]): Map<string, { slide: number; order: number }> {
	const places = new Map<string, { slide: number; order: number }>();
	slides.forEach((s, slide) => s.fragments.forEach((key, order) => places.set(key, { slide, order })));
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
