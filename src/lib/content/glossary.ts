/**
 * The course glossary. Each language's terms are data in content/glossary/<lang>.json, in course
 * order; this module checks both files when the site is built and pairs them by id, so a term
 * missing in one language or a malformed entry stops the build instead of leaving a gap on the
 * page. Lessons link to a term as `../glossary/#<id>`, so ids are stable, lowercase, hyphenated.
 *
 * Imports are relative (not `$lib`, `$content`) and JSON is imported with its type, so the
 * Playwright tests, which run in Node without Vite, read the same terms.
 */
import * as v from 'valibot';
import en from '../../../content/glossary/en.json' with { type: 'json' };
import zhTW from '../../../content/glossary/zh-TW.json' with { type: 'json' };
import type { Lang } from '../i18n/lang';

const Id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lowercase-hyphenated')
);
const Text = v.pipe(
	v.string(),
	v.check((s) => s.length > 0 && s.trim() === s, 'text is non-empty, without edge spaces')
);

// The aliases label runs straight into the names, so it keeps its own closing space or colon.
const PageText = v.strictObject({ intro: Text, aliases: v.pipe(v.string(), v.nonEmpty()) });
const Term = v.strictObject({ id: Id, lesson: Id, name: Text, definition: Text });
// Only the zh-TW file lists aliases: other Chinese names a student in Taiwan may meet elsewhere.
const ZhTerm = v.strictObject({ ...Term.entries, aliases: v.optional(v.array(Text)) });

const files = {
	'zh-TW': v.strictObject({ page: PageText, terms: v.array(ZhTerm) }),
	en: v.strictObject({ page: PageText, terms: v.array(Term) })
};

/** The glossary page's own prose in one language. */
export type GlossaryText = v.InferOutput<typeof PageText>;

/** One term with both its names and definitions. */
export interface GlossaryTerm {
	/** Anchor id on the glossary page. */
	id: string;
	/** The term as the zh-TW lessons use it. */
	zh: string;
	/** The term as the English lessons use it. */
	en: string;
	defZh: string;
	defEn: string;
	/** Slug of the lesson that introduces the term (the lesson folder without its number). */
	lesson: string;
	/**
	 * Other zh-TW names for the same thing. The page shows them as aliases; the course itself
	 * never uses them (tests/unit/termNames.test.ts).
	 */
	aliasesZh?: string[];
}

export interface Glossary {
	text: Record<Lang, GlossaryText>;
	terms: GlossaryTerm[];
}

/**
 * Checks one file per language and pairs the terms by id. Throws one error listing every
 * problem: a malformed entry, a repeated id, or a term that one language lacks, lists in
 * another place or gives another lesson.
 */
export function readGlossary(raw: Record<Lang, unknown>): Glossary {
	const problems: string[] = [];
	const zh = v.safeParse(files['zh-TW'], raw['zh-TW']);
	const eng = v.safeParse(files.en, raw.en);
	for (const [lang, result] of [
		['zh-TW', zh],
		['en', eng]
	] as const) {
		for (const issue of result.issues ?? [])
			problems.push(`${lang}.json ${v.getDotPath(issue) ?? ''}: ${issue.message}`);
	}
	if (!zh.success || !eng.success) throw new Error(`glossary: ${problems.join('; ')}`);

	const byId = new Map(eng.output.terms.map((t) => [t.id, t]));
	for (const [lang, list] of [
		['zh-TW', zh.output.terms],
		['en', eng.output.terms]
	] as const) {
		const seen = new Set<string>();
		for (const t of list) {
			if (seen.has(t.id)) problems.push(`${lang}.json lists ${t.id} twice`);
			seen.add(t.id);
		}
	}
	const zhIds = zh.output.terms.map((t) => t.id);
	for (const id of zhIds) if (!byId.has(id)) problems.push(`en.json has no term ${id}`);
	for (const id of byId.keys())
		if (!zhIds.includes(id)) problems.push(`zh-TW.json has no term ${id}`);
	zh.output.terms.forEach((t, i) => {
		const other = eng.output.terms[i];
		if (other && other.id !== t.id && byId.has(t.id))
			problems.push(`term ${i + 1} is ${t.id} in zh-TW.json but ${other.id} in en.json`);
		const pair = byId.get(t.id);
		if (pair && pair.lesson !== t.lesson)
			problems.push(`${t.id} is from ${t.lesson} in zh-TW.json but ${pair.lesson} in en.json`);
	});
	if (problems.length > 0) throw new Error(`glossary: ${problems.join('; ')}`);

	return {
		text: { 'zh-TW': zh.output.page, en: eng.output.page },
		terms: zh.output.terms.map((t) => {
			const pair = byId.get(t.id)!;
			return {
				id: t.id,
				zh: t.name,
				en: pair.name,
				defZh: t.definition,
				defEn: pair.definition,
				lesson: t.lesson,
				...(t.aliases ? { aliasesZh: t.aliases } : {})
			};
		})
	};
}

const glossary = readGlossary({ 'zh-TW': zhTW, en });

/** Every term in course order. */
export const terms: GlossaryTerm[] = glossary.terms;

/** The glossary page's prose, per language. */
export const glossaryText: Record<Lang, GlossaryText> = glossary.text;

/** One term as the page in `lang` shows it: its name first, the other language's after. */
export interface GlossaryEntry {
	id: string;
	lesson: string;
	name: string;
	otherName: string;
	definition: string;
	aliases: string[];
}

export function glossaryIn(lang: Lang): { text: GlossaryText; entries: GlossaryEntry[] } {
	const zhFirst = lang === 'zh-TW';
	return {
		text: glossaryText[lang],
		entries: terms.map((t) => ({
			id: t.id,
			lesson: t.lesson,
			name: zhFirst ? t.zh : t.en,
			otherName: zhFirst ? t.en : t.zh,
			definition: zhFirst ? t.defZh : t.defEn,
			aliases: t.aliasesZh ?? []
		}))
	};
}
