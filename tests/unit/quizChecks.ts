/**
 * Checks that the self-check quizzes teach rather than give themselves away, shared by
 * tests/unit/quizzes.test.ts. Pure functions over strings, so the test can feed them both the
 * real lessons and deliberately broken ones.
 */
import { body } from './lessonChecks';

/** One `<Quiz …>` tag as written in a lesson. */
export interface QuizTag {
	id: string;
	options: string[];
	/** Per option, why it is wrong; null when the tag has no `why`. */
	why: string[] | null;
	answer: number;
}

// A single-quoted JavaScript string; a backslash escapes the next character (`\'`, `\\`).
const QUOTED = /\s*'((?:[^'\\]|\\.)*)'\s*([,\]])/y;

/** The strings of `name={['…', '…']}` among a tag's attributes, or null when it is absent. */
export function stringArray(attrs: string, name: string): string[] | null {
	const start = new RegExp(`\\b${name}=\\{\\[`).exec(attrs);
	if (!start) return null;
	const items: string[] = [];
	QUOTED.lastIndex = start.index + start[0].length;
	for (let m = QUOTED.exec(attrs); m; m = QUOTED.exec(attrs)) {
		items.push(m[1].replace(/\\(.)/g, '$1'));
		if (m[2] === ']') return items;
	}
	// An empty array, or one this parser cannot read: say so rather than guess.
	return /^\s*\]/.test(attrs.slice(start.index + start[0].length)) ? [] : null;
}

/** Every `<Quiz …>` of a lesson in document order. Attribute strings hold no `>`, as in quizIds. */
export function quizTags(markdown: string): QuizTag[] {
	return [...body(markdown).matchAll(/<Quiz\b([^>]*)>/g)].map(([, attrs]) => ({
		id: /\bid="([^"]+)"/.exec(attrs)?.[1] ?? '?',
		options: stringArray(attrs, 'options') ?? [],
		why: stringArray(attrs, 'why'),
		answer: Number(/\banswer=\{\s*(\d+)\s*\}/.exec(attrs)?.[1] ?? NaN)
	}));
}

/** A single quiz's problems: each wrong option explained, the answer not. */
export function quizProblems(quiz: QuizTag): string[] {
	const { id, options, why, answer } = quiz;
	if (options.length < 2) return [`${id}: fewer than 2 options`];
	if (!(answer >= 0 && answer < options.length)) return [`${id}: answer ${answer} is no option`];
	if (!why) return [`${id}: no why={[…]} explaining its wrong options`];
	if (why.length !== options.length) {
		return [`${id}: ${why.length} why entries for ${options.length} options`];
	}
	return why.flatMap((text, i) => {
		if (i === answer && text.trim()) return [`${id}: why[${i}] explains the right answer`];
		if (i !== answer && !text.trim()) return [`${id}: wrong option ${i} has no why`];
		return [];
	});
}

/** Quizzes with the same id that differ between languages in option count or answer index. */
export function pairProblems(a: QuizTag[], b: QuizTag[]): string[] {
	const other = new Map(b.map((q) => [q.id, q]));
	return a.flatMap((q) => {
		const twin = other.get(q.id);
		if (!twin) return [];
		const problems: string[] = [];
		if (twin.options.length !== q.options.length) {
			problems.push(`${q.id}: ${q.options.length} vs ${twin.options.length} options`);
		}
		if (twin.answer !== q.answer) problems.push(`${q.id}: answer ${q.answer} vs ${twin.answer}`);
		return problems;
	});
}

/** How many answers sit at each option position, over a whole course. */
export function answerPositions(quizzes: QuizTag[]): number[] {
	const counts: number[] = [];
	for (const q of quizzes) counts[q.answer] = (counts[q.answer] ?? 0) + 1;
	return Array.from(counts, (n) => n ?? 0);
}

/** Characters as a reader counts them (a CJK character or an ASCII letter is one). */
const length = (text: string) => [...text].length;

/**
 * Whether the right option is the giveaway "longest one": strictly the longest, and more than
 * `margin` (0.3 = 30 %) longer than the next longest.
 */
export function answerStandsOut(quiz: QuizTag, margin = 0.3): boolean {
	const right = length(quiz.options[quiz.answer] ?? '');
	const others = quiz.options.filter((_, i) => i !== quiz.answer).map(length);
	const next = Math.max(0, ...others);
	return right > next && right > next * (1 + margin);
}
