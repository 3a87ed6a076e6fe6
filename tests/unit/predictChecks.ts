/**
 * Checks on the lessons' predictions (<Predict>), shared by tests/unit/predictions.test.ts. Pure
 * functions over strings, so the test can feed them both the real lessons and broken ones.
 */
import { body } from './lessonChecks';
import { stringArray } from './quizChecks';

/** One `<Predict …>` as written in a lesson, and where it sits. */
export interface PredictTag {
	id: string;
	options: string[];
	answer: number;
	/** Whether it sits inside a <Step> with at least one more step after it in its <Scrolly>. */
	guardsAStep: boolean;
	/** Whether it sits inside a <Step> at all (a prediction outside a scroll guards nothing). */
	inStep: boolean;
}

/** Every `<Predict …>` of a lesson, in document order. Attribute strings hold no `>`. */
export function predictTags(markdown: string): PredictTag[] {
	const text = body(markdown);
	return [...text.matchAll(/<Predict\b([^>]*)>/g)].map((m) => {
		const attrs = m[1];
		const before = text.slice(0, m.index);
		const after = text.slice(m.index);
		const inStep = before.lastIndexOf('<Step>') > before.lastIndexOf('</Step>');
		const scrollEnd = after.indexOf('</Scrolly>');
		const rest = scrollEnd < 0 ? '' : after.slice(after.indexOf('</Step>'), scrollEnd);
		return {
			id: /\bid="([^"]+)"/.exec(attrs)?.[1] ?? '?',
			options: stringArray(attrs, 'options') ?? [],
			answer: Number(/\banswer=\{\s*(\d+)\s*\}/.exec(attrs)?.[1] ?? NaN),
			inStep,
			guardsAStep: inStep && rest.includes('<Step>')
		};
	});
}

/** A prediction's own problems: 2–4 options, an answer among them, a step to guard if in one. */
export function predictProblems(p: PredictTag): string[] {
	const problems: string[] = [];
	if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(p.id)) problems.push(`${p.id}: not an id progress keeps`);
	if (p.options.length < 2 || p.options.length > 4)
		problems.push(`${p.id}: ${p.options.length} options, not 2–4`);
	if (!(p.answer >= 0 && p.answer < p.options.length))
		problems.push(`${p.id}: answer ${p.answer} is no option`);
	if (p.options.some((o) => !o.trim())) problems.push(`${p.id}: an empty option`);
	if (p.inStep && !p.guardsAStep) problems.push(`${p.id}: in the last step, it guards nothing`);
	return problems;
}

/** Predictions that differ between two languages' versions of one lesson. */
export function predictPairProblems(a: PredictTag[], b: PredictTag[]): string[] {
	if (a.length !== b.length) return [`${a.length} vs ${b.length} predictions`];
	return a.flatMap((p, i) => {
		const q = b[i];
		const problems: string[] = [];
		if (p.id !== q.id) problems.push(`prediction ${i}: id ${p.id} vs ${q.id}`);
		if (p.options.length !== q.options.length)
			problems.push(`${p.id}: ${p.options.length} vs ${q.options.length} options`);
		if (p.answer !== q.answer) problems.push(`${p.id}: answer ${p.answer} vs ${q.answer}`);
		if (p.inStep !== q.inStep || p.guardsAStep !== q.guardsAStep)
			problems.push(`${p.id}: sits in another place`);
		return problems;
	});
}
