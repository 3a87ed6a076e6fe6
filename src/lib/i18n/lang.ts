/** The course's two languages; zh-TW is the course's own, en its translation. */
export const langs = ['zh-TW', 'en'] as const;
export type Lang = (typeof langs)[number];
export const defaultLang: Lang = 'zh-TW';

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (langs as readonly string[]).includes(value);
}

/** A pair of texts, one per language: the shape of every UI string table. */
export type Bilingual<T> = Record<Lang, T>;

/** Picks zh-TW for any Chinese browser language and en otherwise. */
export function langFromNavigator(languages: readonly string[]): Lang {
	for (const l of languages) {
		const lower = l.toLowerCase();
		if (lower.startsWith('zh')) return 'zh-TW';
		if (lower.startsWith('en')) return 'en';
	}
	return defaultLang;
}

/** Formats a number with `digits` significant digits, as readouts show them. */
export function formatNumber(x: number, digits = 3): string {
	if (Number.isNaN(x)) return 'NaN';
	if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
	if (x === 0) return '0';
	const abs = Math.abs(x);
	const text =
		abs >= 1e5 || abs < 1e-4
			? x.toExponential(digits - 1)
			: Number(x.toPrecision(digits)).toString();
	// Every minus, the exponent's too (−1.23e−5), is a real one (U+2212).
	return text.replace(/-/g, '−');
}
