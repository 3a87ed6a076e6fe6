import { getContext, setContext } from 'svelte';
import { defaultLang, type Lang } from './lang';

const key = Symbol('lang');

/** Makes the page's language readable by every component below, lessons' widgets included. */
export function setLangContext(get: () => Lang): void {
	setContext(key, get);
}

/** The page's language (zh-TW outside a language route). */
export function useLang(): () => Lang {
	return getContext<(() => Lang) | undefined>(key) ?? (() => defaultLang);
}
