import { SLIDE_H, SLIDE_W } from './geometry';
import { SCROLLY_CLASS, isPicture, showSlide, slidesFromStarts, type SlideInfo } from './split';

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
	/** A picture, which stands beside the text: one a page. */
	picture?: boolean;
}

/** A page is broken only once it is this full: a heading and a line are not worth a slide. */
export const MIN_FILL = 0.3;

/**
 * Where pages start (element indices, the first is 0): a new page begins at the element that
 * would cross `budget`, unless the page so far holds less than MIN_FILL of a page (then the
 * slide is fitted smaller instead). Elements of no height (speaker notes, markers) stay on the
 * page before them. A page holds one picture, which stands beside its text and takes none of its
 * height: a second one starts the next page. The pages after the first have `later` (their
 * section's title stands on top of them).
 */
export function pageStarts(boxes: Box[], budget: number, later = budget): number[] {
	const starts = [0];
	let room = budget;
	// The page's top: that of its first element with a height (a picture has none in the text).
	let pageTop: number | undefined;
	let pictured = false;
	const begin = (i: number) => {
		starts.push(i);
		room = later;
		pageTop = undefined;
		pictured = false;
	};
	for (let i = 0; i < boxes.length; i++) {
		const box = boxes[i];
		// The page's picture column holds one: a second picture starts a page, with its heading.
		if (box.picture && pictured) {
			const heading = boxes[i - 1].heading && starts[starts.length - 1] < i - 1;
			begin(heading ? i - 1 : i);
			if (heading) pageTop = boxes[i - 1].top;
		}
		pictured ||= !!box.picture;
		if (box.bottom <= box.top) continue;
		if (pageTop === undefined) {
			pageTop = box.top;
			continue;
		}
		const before = box.top - pageTop;
		if (box.bottom - pageTop > room && before > MIN_FILL * room && !boxes[i - 1].heading) {
			begin(i);
			pageTop = box.top;
			pictured = !!box.picture;
		}
	}
	return starts;
}

/**
 * An element's box in the text's column. A picture (a widget, a figure) stands in a column of
 * its own beside the text (slides.css), so it takes no room in the text's column: it stays on
 * the page of the text before it. A scrollytelling block's text is its steps.
 */
function boxOf(node: HTMLElement): Box {
	const el = node.classList.contains(SCROLLY_CLASS)
		? (node.querySelector<HTMLElement>('.steps') ?? node)
		: node;
	const picture = isPicture(node);
	if (picture && el === node) return { top: el.offsetTop, bottom: el.offsetTop, picture };
	const style = getComputedStyle(el);
	return {
		top: el.offsetTop - parseFloat(style.marginTop),
		bottom: el.offsetTop + el.offsetHeight + parseFloat(style.marginBottom),
		heading: el.tagName === 'H2',
		picture
	};
}

/** The height of the section's title that a continuing page shows on top (slides.css ::before). */
function titleHeight(container: HTMLElement, slide: SlideInfo): number {
	const first = slide.nodes.find((n) => getComputedStyle(n).position !== 'absolute') as
		HTMLElement | undefined;
	if (!first) return 0;
	const top = first.offsetTop;
	container.setAttribute('data-continues', slide.title);
	const shifted = first.offsetTop;
	container.removeAttribute('data-continues');
	return Math.max(0, shifted - top);
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
		for (const start of pageStarts(boxes, budget, budget - titleHeight(container, slide)))
			pages.push(first + start);
	});
	container.style.width = saved.width;
	container.style.height = saved.height;
	container.removeAttribute('data-measuring');
	root.fontSize = saved.font;
	return pages;
}
