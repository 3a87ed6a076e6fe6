/** What a slide shows, as the back row sees it: its smallest text and any text the slide cuts off. */
export interface SlideText {
	/** The smallest text on the slide, in screen pixels. */
	smallest: number;
	/** That text, and where it is. */
	smallestText: string;
	/** Texts past the slide's edges, with where they are. */
	cut: string[];
	/** The title of the section the slide belongs to (its heading, or the one it continues). */
	section: string;
}

/**
 * Runs in the page: measures the current slide of the live deck. A text's size on screen is its
 * font size times its box's on-screen height over its laid-out height, which takes in the widget's
 * zoom, the page's fit and the stage's scale alike (an SVG text's laid-out height is its bounding
 * box, in the drawing's own units). Text kept for a screen reader (clipped away, or a formula's
 * MathML) is not seen. A formula's sub- and superscripts are set at 70 % of it, as in print: the
 * floor applies to the formula itself.
 */
export function measureSlide(): SlideText {
	const frame = document.querySelector('.slide-frame')!.getBoundingClientRect();
	const live = document.querySelector<HTMLElement>('.slides.live')!;
	const onTitle = live.classList.contains('on-title');
	const elements = [
		...live.querySelectorAll(onTitle ? '.title-slide, .title-slide *' : '[data-on], [data-on] *')
	];
	let smallest = Infinity;
	let smallestText = '';
	const cut: string[] = [];
	const unseen = (el: Element) => {
		if (el.closest('.katex-mathml, .speaker-notes, .mtight')) return true;
		for (let a: Element | null = el; a && a !== live; a = a.parentElement)
			if (getComputedStyle(a).clip !== 'auto') return true;
		return !el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
	};
	for (const el of elements) {
		const text = [...el.childNodes]
			.filter((n) => n.nodeType === Node.TEXT_NODE)
			.map((n) => n.textContent ?? '')
			.join('')
			.replace(/[\s\u200b]+/g, ' ')
			.trim();
		if (!text || unseen(el)) continue;
		const rect = el.getBoundingClientRect();
		if (rect.width < 2 || rect.height < 2) continue;
		const laidOut =
			el instanceof SVGGraphicsElement
				? el.getBBox().height
				: el instanceof HTMLElement
					? el.offsetHeight
					: 0;
		if (!laidOut) continue;
		const size = (parseFloat(getComputedStyle(el).fontSize) * rect.height) / laidOut;
		const where = `"${text.slice(0, 30)}" (${el.closest('[data-widget]')?.getAttribute('data-widget') ?? 'text'} ${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')})`;
		if (size < smallest) {
			smallest = size;
			smallestText = where;
		}
		if (
			rect.right > frame.right + 1 ||
			rect.bottom > frame.bottom + 1 ||
			rect.left < frame.left - 1 ||
			rect.top < frame.top - 1
		)
			cut.push(where);
	}
	// The 3D surface's labels are pixels of its picture: its view states their size on screen.
	for (const view of live.querySelectorAll<HTMLElement>('[data-on] [data-label-px]')) {
		const size = Number(view.dataset.labelPx);
		if (unseen(view) || !(size < smallest)) continue;
		smallest = size;
		smallestText = '(surface3d labels)';
	}
	const heading = live.querySelector(':scope > h2[data-on]')?.textContent;
	const section = (live.dataset.continues ?? heading ?? (onTitle ? 'title' : '')).trim();
	return { smallest, smallestText, cut, section };
}

/**
 * Runs in the page: the smallest text of the current slide's figures (SVG pictures), as the back
 * row sees it. Their text is inside the picture, out of the page's reach: each file's smallest
 * font size, times the scale the slide draws it at (fitted into its box, as object-fit: contain).
 */
export async function measureFigures(): Promise<{ smallest: number; figure: string }> {
	let smallest = Infinity;
	let figure = '';
	const live = document.querySelector('.slides.live')!;
	for (const img of live.querySelectorAll<HTMLImageElement>('[data-on] img[src$=".svg"]')) {
		const box = img.getBoundingClientRect();
		if (!box.width || !img.checkVisibility()) continue;
		const svg = await (await fetch(img.src)).text();
		const view = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
		const sizes = [...svg.matchAll(/font-size(?:="|:\s*)([\d.]+)/g)].map((m) => Number(m[1]));
		if (!view || !sizes.length) continue;
		const scale = Math.min(box.width / Number(view[1]), box.height / Number(view[2]));
		const size = Math.min(...sizes) * scale;
		if (size < smallest) {
			smallest = size;
			figure = img.src.split('/').pop() ?? '';
		}
	}
	return { smallest, figure };
}
