/**
 * Every UI string of the site, per language, as the checks in controlQuotes and classMarkers
 * read them: the leaves of each strings object, and what its functions say when
 * handed placeholder arguments (so a hint built by a template is read too).
 */
import { langs, type Lang } from '$lib/i18n/lang';

/**
 * Stands for any argument: it reads as "…" in a template, and any property of it or call on it
 * gives another placeholder, so `r.n`, `p.classes.join('、')` or `n === 1 ? … : …` all work.
 */
const placeholder: unknown = new Proxy(function () {}, {
	get: (_target, key) => (key === Symbol.toPrimitive ? () => '…' : placeholder),
	apply: () => '…'
});

/** The strings a value holds: its own if it is one, its leaves', and its functions' answers. */
export function leafStrings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (typeof value === 'function') {
		try {
			const args = Array.from({ length: Math.max(1, value.length) }, () => placeholder);
			leafStrings((value as (...a: unknown[]) => unknown)(...args), out);
		} catch {
			// A function that needs real arguments says nothing a hint could quote.
		}
	} else if (value && typeof value === 'object') {
		for (const v of Object.values(value)) leafStrings(v, out);
	}
	return out;
}

/** A strings module's bilingual exports, e.g. `strings` or `ui`: objects keyed by language. */
function bilingualExports(mod: Record<string, unknown>): Record<Lang, unknown>[] {
	return Object.values(mod).filter(
		(v): v is Record<Lang, unknown> =>
			!!v && typeof v === 'object' && langs.every((lang) => lang in (v as object))
	);
}

// Every strings file under src: each widget's, the site's (src/lib/i18n), the slides'.
const modules = import.meta.glob<Record<string, unknown>>(['/src/**/strings.ts'], {
	eager: true
});

/** One strings file: where it is and its strings per language. */
export interface StringsFile {
	file: string;
	texts: Record<Lang, string[]>;
}

export const stringsFiles: StringsFile[] = Object.entries(modules)
	.map(([file, mod]) => {
		const texts = Object.fromEntries(langs.map((lang) => [lang, [] as string[]])) as Record<
			Lang,
			string[]
		>;
		for (const value of bilingualExports(mod))
			for (const lang of langs) leafStrings(value[lang], texts[lang]);
		return { file, texts };
	})
	.filter((f) => langs.some((lang) => f.texts[lang].length > 0));
