import type { Component } from 'svelte';
import type { Lang } from '$lib/i18n/lang';

/** One entry of a lesson's table of contents: a `##` heading's id (s1, s2, …) and its text. */
export interface TocEntry {
	id: string;
	text: string;
}

/** What a lesson's `metadata` holds: its front matter, and what headingIds.js and quizIds.js add. */
export interface LessonMetadata {
	title: string;
	summary: string;
	order: number;
	toc: TocEntry[];
	quizIds: string[];
	challengeIds: string[];
}

/** A lesson's front matter plus where it lives. */
export interface LessonMeta {
	/** Folder name without its number, e.g. "gradient-descent". */
	slug: string;
	lang: Lang;
	title: string;
	summary: string;
	order: number;
}

// Each lesson's body is its own chunk, loaded only on its own page.
const bodies = import.meta.glob<{ default: Component }>('/content/lessons/*/*.md');

export async function loadLessonBody(lang: Lang, slug: string): Promise<Component | null> {
	const path = Object.keys(bodies).find((p) => p.endsWith(`-${slug}/${lang}.md`));
	return path ? (await bodies[path]()).default : null;
}
