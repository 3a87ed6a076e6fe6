/**
 * A hint that tells the reader to press a control quotes that control's label. These find each
 * such quote in a text and compare it with the labels the UI really shows. Pure functions over
 * strings, so tests/unit/controlQuotes.test.ts can feed them broken hints too.
 */
import type { Lang } from '$lib/i18n/lang';

// A verb of acting on a control, then one or more quotes joined by "or", "and" or a comma.
const zhQuote = '「[^」]+」';
const enQuote = '(?:“[^”]+”|"[^"]+")';
const acting: Record<Lang, RegExp> = {
	'zh-TW': new RegExp(`(?:按|點選|點一下|點|選|拖曳)((?:${zhQuote}(?:或|、|和|與)?)+)`, 'g'),
	en: new RegExp(
		`\\b(?:press|click|select|choose|tap|drag)\\s+(?:the\\s+)?((?:${enQuote}(?:\\s*(?:or|and|,)\\s*)?)+)`,
		'gi'
	)
};
const inner: Record<Lang, RegExp> = {
	'zh-TW': /「([^」]+)」/g,
	en: /“([^”]+)”|"([^"]+)"/g
};

/** The labels a text tells the reader to act on: `按「開始」` → ['開始']. */
export function quotedControls(text: string, lang: Lang): string[] {
	const out: string[] = [];
	for (const m of text.matchAll(acting[lang]))
		for (const q of m[1].matchAll(inner[lang])) out.push(q[1] ?? q[2]);
	return out;
}

/** One sentence for each quote in `texts` that names no label in `labels`. */
export function controlQuoteProblems(
	texts: readonly string[],
	labels: ReadonlySet<string>,
	lang: Lang,
	where: string
): string[] {
	const problems: string[] = [];
	for (const text of texts)
		for (const q of quotedControls(text, lang))
			if (!labels.has(q))
				problems.push(`${where} (${lang}): “${q}” is no control's label in "${text}"`);
	return problems;
}
