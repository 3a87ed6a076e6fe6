import { SLIDE_H, SLIDE_W } from './geometry';
import { showSlide, withNodes, type SlideInfo } from './split';

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

/**
 * Where pages start (element indices, the first is 0): a new page begins at the element that
 * would cross `budget`, unless the page holds nothing but a heading so far. Elements of no
 * height (speaker notes, markers) stay on the page before them.
 */
export function pageStarts(boxes: Box[], budget: number): number[] {
	const starts = [0];
	if (boxes.length === 0) return starts;
	let pageTop = boxes[0].top;
	let start = 0;
	for (let i = 1; i < boxes.length; i++) {
		const box = boxes[i];
		if (box.bottom <= box.top) continue;
		const onlyHeading = boxes.slice(start, i).every((b) => b.heading || b.bottom <= b.top);
		if (box.bottom - pageTop > budget && !onlyHeading) {
			starts.push(i);
			start = i;
			pageTop = box.top;
		}
	}
	return starts;
}

function boxOf(el: HTMLElement): Box {
	const style = getComputedStyle(el);
	return {
		top: el.offsetTop - parseFloat(style.marginTop),
		bottom: el.offsetTop + el.offsetHeight + parseFloat(style.marginBottom),
		heading: el.tagName === 'H2'
	};
}

/** Measures each slide on the fixed page and breaks the long ones; the page is left as found. */
export function paginate(container: HTMLElement, slides: SlideInfo[]): SlideInfo[] {
	const { width, height } = container.style;
	container.setAttribute('data-measuring', '');
	container.style.width = `${SLIDE_W * PAGE_FIT}px`;
	container.style.height = `${SLIDE_H * PAGE_FIT}px`;
	const style = getComputedStyle(container);
	const budget =
		container.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
	const pages: SlideInfo[] = [];
	slides.forEach((slide, index) => {
		if (index === 0 || slide.nodes.length < 2) {
			pages.push(slide);
			return;
		}
		showSlide(container, slides, index);
		const starts = pageStarts(
			slide.nodes.map((n) => boxOf(n as HTMLElement)),
			budget
		);
		starts.forEach((start, p) => {
			const nodes = slide.nodes.slice(start, starts[p + 1] ?? slide.nodes.length);
			const part = slide.part + p;
			pages.push(withNodes({ ...slide, part, section: slide.section }, nodes));
		});
	});
	// Sections are counted again, now that a section may span more slides.
	let section = 0;
	pages.forEach((page, i) => {
		if (page.part === 0) section = i;
		page.section = section;
	});
	container.style.width = width;
	container.style.height = height;
	container.removeAttribute('data-measuring');
	return pages;
}
