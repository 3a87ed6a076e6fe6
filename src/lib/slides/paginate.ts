import { SLIDE_H, SLIDE_W } from './geometry';
import { SCROLLY_CLASS, WIDGET_CLASS, showSlide, slidesFromStarts } from './split';

/**
 * Long sections go on several slides. Lessons are written for reading, and a `##` section often
 * holds more than a projector shows in large type; rather than shrink it until nobody can read
 * it, the deck breaks it between elements, on a page PAGE_FIT times the base slide. The break
 * points depend only on the layout of that fixed page, never on the window, so every window of
 * a talk (presenter, projector, a phone) counts the same slides.
 */
export const PAGE_FIT = 1.3;

/** One element's extent on the page, in px from the page's top. */
export interface Box {
	top: number;
	bottom: number;
	/** A heading: never the last thing on a page. */
	heading?: boolean;
}

/** A page is broken only once it is this full: a heading and a line are not worth a slide. */
export const MIN_FILL = 0.3;

/**
 * Where pages start (element indices, the first is 0): a new page begins at the element that
 * would cross `budget`, unless the page so far holds less than MIN_FILL of a page (then the
 * slide is fitted smaller instead). Elements of no height (speaker notes, markers) stay on the
 * page before them.
 */
export function pageStarts(boxes: Box[], budget: number): number[] {
	const starts = [0];
	if (boxes.length === 0) return starts;
	let pageTop = boxes[0].top;
	for (let i = 1; i < boxes.length; i++) {
		const box = boxes[i];
		if (box.bottom <= box.top) continue;
		const before = box.top - pageTop;
		const previous = boxes[i - 1];
		if (box.bottom - pageTop > budget && before > MIN_FILL * budget && !previous.heading) {
			starts.push(i);
			pageTop = box.top;
		}
	}
	return starts;
}

/**
 * An element's box in the text's column. On a widget's slide the picture stands in a column of
 * its own beside the text (slides.css), so it takes no room in the text's column: it stays on
 * the page of the text before it. A scrollytelling block's text is its steps.
 */
function boxOf(node: HTMLElement): Box {
	const el = node.classList.contains(SCROLLY_CLASS)
		? (node.querySelector<HTMLElement>('.steps') ?? node)
		: node;
	if (el.classList.contains(WIDGET_CLASS)) return { top: el.offsetTop, bottom: el.offsetTop };
	const style = getComputedStyle(el);
	return {
		top: el.offsetTop - parseFloat(style.marginTop),
		bottom: el.offsetTop + el.offsetHeight + parseFloat(style.marginBottom),
		heading: el.tagName === 'H2'
	};
}

/**
 * Measures each slide of `starts` on the fixed page and breaks the long ones; returns the new
 * starts. The page is left as found. The root's type size is pinned meanwhile, since a phone's
 * stylesheet sets it smaller.
 */
export function paginate(container: HTMLElement, starts: number[]): number[] {
	const root = document.documentElement.style;
	const saved = {
		width: container.style.width,
		height: container.style.height,
		font: root.fontSize
	};
	root.fontSize = '18px';
	container.setAttribute('data-measuring', '');
	container.style.width = `${SLIDE_W * PAGE_FIT}px`;
	container.style.height = `${SLIDE_H * PAGE_FIT}px`;
	const style = getComputedStyle(container);
	const budget =
		container.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
	const slides = slidesFromStarts(container, starts);
	const pages: number[] = [];
	slides.forEach((slide, index) => {
		const first = starts[index];
		if (index === 0 || slide.nodes.length < 2) {
			pages.push(first);
			return;
		}
		showSlide(container, slides, index);
		const boxes = slide.nodes.map((n) => boxOf(n as HTMLElement));
		for (const start of pageStarts(boxes, budget)) pages.push(first + start);
	});
	container.style.width = saved.width;
	container.style.height = saved.height;
	container.removeAttribute('data-measuring');
	root.fontSize = saved.font;
	return pages;
}
