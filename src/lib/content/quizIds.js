import { visit } from './hast.js';

/** @typedef {import('./hast.js').HastNode} HastNode */
/** @typedef {import('./hast.js').LessonFile} LessonFile */

/**
 * A rehype plugin listing a lesson's self-check ids (`<Quiz id="…">`) in its metadata
 * (`metadata.quizIds`), so the reader's stored answers can be checked against the questions that
 * exist without loading every lesson. Svelte tags reach rehype as raw text, hence the pattern.
 */
export function quizIds() {
	/**
	 * @param {HastNode} tree
	 * @param {LessonFile} file
	 */
	return (tree, file) => {
		/** @type {string[]} */
		const ids = [];
		visit(tree, (node) => {
			if (node.type !== 'raw') return;
			for (const m of (node.value ?? '').matchAll(/<Quiz\b[^>]*?\bid="([^"]+)"/g)) ids.push(m[1]);
		});
		file.data.fm = { ...file.data.fm, quizIds: ids };
	};
}
