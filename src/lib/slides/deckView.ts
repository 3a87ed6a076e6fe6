import type { Component, Snippet } from 'svelte';
import { untrack } from 'svelte';
import type { Lang } from '$lib/i18n/lang';
import { Deck } from './deck.svelte';

/** What the audience's view and the presenter's view both take from their page. */
export interface DeckViewProps {
	/** The lesson's slug: windows of the same lesson and language sync with each other. */
	slug: string;
	body: Component;
	lang: Lang;
	/** The title slide, which the page draws from the lesson's front matter. */
	title: Snippet;
	lessonTitle: string;
}

/**
 * The deck of the lesson a view was made for, read once: the page re-creates the view for
 * another lesson instead of moving one deck's sync channel to another.
 */
export function lessonDeck(lesson: () => Pick<DeckViewProps, 'lang' | 'slug'>): Deck {
	const { lang, slug } = untrack(lesson);
	return Deck.forLesson(lang, slug);
}
