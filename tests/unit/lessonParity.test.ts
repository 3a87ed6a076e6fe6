import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '$lib/content/frontMatter';

// Both languages of a lesson must carry the same skeleton: front matter, ## sections, widgets,
// think-questions, quizzes, and one <Step> per entry of the steps array each <Scrolly> names.
const ROOT = 'content/lessons';
const folders = readdirSync(ROOT).filter((f) => /^\d\d-[a-z0-9-]+$/.test(f));
const stepModules = import.meta.glob<Record<string, unknown[]>>('/content/lessons/*/steps.ts', {
	eager: true
});

interface Skeleton {
	sections: number;
	widgets: string[];
	thinks: number;
	quizIds: string[];
	scrollies: { name: string; steps: number }[];
}

function skeleton(md: string): Skeleton {
	const body = md.replace(/^---[\s\S]*?\n---/, '');
	const scrollies: Skeleton['scrollies'] = [];
	for (const m of body.matchAll(
		/<Scrolly\s+widget="[^"]+"\s+(\{steps\}|steps=\{(\w+)\})>([\s\S]*?)<\/Scrolly>/g
	)) {
		scrollies.push({ name: m[2] ?? 'steps', steps: (m[3].match(/<Step>/g) ?? []).length });
	}
	return {
		sections: (body.match(/^## /gm) ?? []).length,
		widgets: [...body.matchAll(/<(?:Widget\s+name|Scrolly\s+widget)="([^"]+)"/g)].map((m) => m[1]),
		thinks: (body.match(/<Think\s/g) ?? []).length,
		quizIds: [...body.matchAll(/<Quiz\s+id="([^"]+)"/g)].map((m) => m[1]),
		scrollies
	};
}

describe('lessons', () => {
	it('are all there', () => {
		expect(folders.length).toBeGreaterThan(0);
	});

	for (const folder of folders) {
		describe(folder, () => {
			const read = (lang: string) => readFileSync(join(ROOT, folder, `${lang}.md`), 'utf8');
			const zh = read('zh-TW');
			const en = read('en');

			it('has title, summary and the same order in both languages', () => {
				const fz = parseFrontMatter(zh);
				const fe = parseFrontMatter(en);
				for (const fm of [fz, fe]) {
					expect(fm?.title).toBeTruthy();
					expect(fm?.summary).toBeTruthy();
					expect(Number(fm?.order)).toBe(Number(folder.slice(0, 2)));
				}
			});

			it('has the same sections, widgets, think-questions and quizzes in both languages', () => {
				const sz = skeleton(zh);
				const se = skeleton(en);
				expect(se).toEqual(sz);
				expect(sz.quizIds.length).toBeGreaterThanOrEqual(2);
				expect(sz.quizIds.length).toBeLessThanOrEqual(4);
			});

			it('has one <Step> per entry of the steps each <Scrolly> uses', () => {
				const mod = stepModules[`/content/lessons/${folder}/steps.ts`];
				const scrollies = skeleton(zh).scrollies;
				expect(scrollies.length === 0 || mod !== undefined).toBe(true);
				for (const s of scrollies) {
					expect(mod?.[s.name], `${folder}/steps.ts exports ${s.name}`).toBeDefined();
					expect(s.steps).toBe(mod[s.name].length);
				}
			});
		});
	}

	it('give every quiz a unique id across the course', () => {
		const ids = folders.flatMap(
			(f) => skeleton(readFileSync(join(ROOT, f, 'en.md'), 'utf8')).quizIds
		);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
