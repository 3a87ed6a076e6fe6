import { visit } from './hast.js';

/** @typedef {import('./hast.js').HastNode} HastNode */
/** @typedef {import('./hast.js').LessonFile} LessonFile */

/**
 * A rehype plugin listing a lesson's self-check ids (`<Quiz id="…">`) and challenge ids
 * (`<Challenge id="…">`) in its metadata (`metadata.quizIds`, `metadata.challengeIds`), so the reader's stored answers can be checked against the questions that
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
		/** @type {string[]} */
		const challengeIds = [];
		visit(tree, (node) => {
			if (node.type !== 'raw') return;
			const text = node.value ?? '';
			for (const m of text.matchAll(/<Quiz\b[^>]*?\bid="([^"]+)"/g)) ids.push(m[1]);
			for (const m of text.matchAll(/<Challenge\b[^>]*?\bid="([^"]+)"/g)) challengeIds.push(m[1]);
		});
		file.data.fm = { ...file.data.fm, quizIds: ids, challengeIds };
	};
}
