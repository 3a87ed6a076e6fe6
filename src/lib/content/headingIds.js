import { textOf, visit } from './hast.js';

/** @typedef {import('./hast.js').HastNode} HastNode */
/** @typedef {import('./hast.js').LessonFile} LessonFile */

/**
 * A rehype plugin giving every `##` heading (h2) of a lesson the id `s1`, `s2`, … in order, and
 * listing them with their text as the lesson's contents (`metadata.toc`). Ids by position are the
 * same in both languages, so switching language keeps the section. Plain JS: svelte.config.js
 * runs it at build time.
 */
export function headingIds() {
	/**
	 * @param {HastNode} tree
	 * @param {LessonFile} file
	 */
	return (tree, file) => {
		/** @type {{ id: string, text: string }[]} */
		const toc = [];
		visit(tree, (node) => {
			if (node.type === 'element' && node.tagName === 'h2') {
				const id = `s${toc.length + 1}`;
				node.properties = { ...node.properties, id };
				toc.push({ id, text: textOf(node).trim() });
			}
		});
		file.data.fm = { ...file.data.fm, toc };
	};
}

/**
 * A rehype plugin turning a lesson's relative links (`../loss/`, `../glossary/#term`) into
 * absolute ones in the lesson's language (`/en/loss/`), so they still lead to the right page
 * when the lesson is shown elsewhere (its slides and presenter pages sit one folder deeper).
 */
export function lessonLinks() {
	/**
	 * @param {HastNode} tree
	 * @param {LessonFile} file
	 */
	return (tree, file) => {
		const name = file?.filename ?? file?.path ?? file?.history?.[0] ?? '';
		const lang = /(zh-TW|en)\.md$/.exec(name)?.[1];
		if (!lang) return;
		visit(tree, (node) => {
			const href = node.properties?.href;
			if (node.type === 'element' && node.tagName === 'a' && typeof href === 'string') {
				if (href.startsWith('../'))
					node.properties = { ...node.properties, href: `/${lang}/${href.slice(3)}` };
			}
		});
	};
}
