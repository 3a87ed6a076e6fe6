import type { Component } from 'svelte';
import type { Lang } from '$lib/i18n/lang';

// Each lesson's body is its own chunk, loaded only on its own page.
const bodies = import.meta.glob<{ default: Component }>('/content/lessons/*/*.md');

export async function loadLessonBody(lang: Lang, slug: string): Promise<Component | null> {
	const path = Object.keys(bodies).find((p) => p.endsWith(`-${slug}/${lang}.md`));
	return path ? (await bodies[path]()).default : null;
}
