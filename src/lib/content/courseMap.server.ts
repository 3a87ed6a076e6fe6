import type { Lang } from '$lib/i18n/lang';
import { langs } from '$lib/i18n/lang';
import { lessonsIn } from './catalog.server';

/** A lesson as the pages outside a language list it: its address and its title. */
export interface MapEntry {
	href: string;
	title: string;
}

/**
 * Every lesson's address and title in both languages, for the pages that stand outside a
 * language (the 404 page, the offline page): each says where to go in both.
 */
export function courseMap(): Record<Lang, MapEntry[]> {
	const map = {} as Record<Lang, MapEntry[]>;
	for (const lang of langs) {
		map[lang] = lessonsIn(lang).map((l) => ({ href: `/${lang}/${l.slug}/`, title: l.title }));
	}
	return map;
}
