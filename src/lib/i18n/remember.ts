import type { Lang } from './lang';

/** Where the reader's language choice is remembered. */
export const LANG_KEY = 'descent:lang';

export function rememberLang(lang: Lang): void {
	try {
		localStorage.setItem(LANG_KEY, lang);
	} catch {
		// Blocked storage only means the choice is asked again next time.
	}
}
