import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '$lib/i18n/lang';
import { lessonFolders } from '../../scripts/coursePages.mjs';
import { body } from './lessonChecks';
import { markerProblems, svelteClaims, svgClaims, textClaims, type Claim } from './markerChecks';
import { stringsFiles } from './uiTexts';

const FIGURES = 'static/figures';
const figureClaims: Claim[] = readdirSync(FIGURES)
	.filter((f) => f.endsWith('.svg'))
	.flatMap((f) => svgClaims(readFileSync(join(FIGURES, f), 'utf8'), f));

// The widgets that draw cats and dogs as marks: the trainer's scatter, the loss panel's.
const WIDGETS = ['src/lib/widgets/trainer', 'src/lib/widgets/losspanel'];
const widgetClaims: Claim[] = WIDGETS.flatMap((dir) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.svelte'))
		.flatMap((f) => svelteClaims(readFileSync(join(dir, f), 'utf8'), join(dir, f)))
);

const stringClaims: Claim[] = stringsFiles.flatMap((f) =>
	langs.flatMap((lang) => f.texts[lang].flatMap((t) => textClaims(t, `${f.file} (${lang})`)))
);

const lessonClaims: Claim[] = lessonFolders('content/lessons').flatMap((folder: string) =>
	langs.flatMap((lang) =>
		textClaims(
			body(readFileSync(join('content/lessons', folder, `${lang}.md`), 'utf8')),
			`${folder}/${lang}.md`
		)
	)
);

describe('one marker for cats and one for dogs, everywhere', () => {
	it('reads claims from prose, figures and widget markup, and flags the wrong ones', () => {
		expect(
			textClaims('orange circles labelled “cat” and blue triangles labelled “dog”', 'x')
		).toEqual([
			expect.objectContaining({ animal: 'cat', shape: 'circle' }),
			expect.objectContaining({ animal: 'dog', shape: 'triangle' })
		]);
		expect(markerProblems(textClaims('三角形是貓、圓形是狗', 'x'))).toEqual([]);
		expect(markerProblems(textClaims('triangles cats, circles dogs', 'x'))).toEqual([]);
		const swapped =
			'<svg><circle cx="1" cy="1" r="7" fill="#D55E00"/><circle cx="9" cy="9" r="7" fill="#D55E00"/>' +
			'<path d="M1 1L2 3L0 3z" fill="#0072B2"/><circle cx="5" cy="5" r="7" fill="#D55E00"/><text x="9">cat</text></svg>';
		expect(markerProblems(svgClaims(swapped, 'swapped.svg'))).toHaveLength(3);
		expect(
			markerProblems(svelteClaims('<circle class="mark c0" r="3" />', 'x.svelte'))
		).toHaveLength(1);
	});

	it('finds the legends it is meant to check', () => {
		const sources = (claims: Claim[]) => claims.map((c) => c.source).join('\n');
		expect(sources(figureClaims)).toContain('01-supervised.en.svg: legend "cat"');
		expect(sources(figureClaims)).toContain('01-supervised.zh-TW.svg: legend "狗"');
		expect(widgetClaims.filter((c) => c.source.includes('trainer')).length).toBeGreaterThanOrEqual(
			4
		);
		expect(
			widgetClaims.filter((c) => c.source.includes('losspanel')).length
		).toBeGreaterThanOrEqual(4);
		expect(stringClaims.some((c) => c.source.includes('trainer/strings.ts (zh-TW)'))).toBe(true);
		expect(stringClaims.some((c) => c.source.includes('trainer/strings.ts (en)'))).toBe(true);
		expect(lessonClaims.some((c) => c.source.startsWith('01-training/zh-TW.md'))).toBe(true);
	});

	it('in the figures', () => expect(markerProblems(figureClaims)).toEqual([]));
	it('in the widgets’ markup', () => expect(markerProblems(widgetClaims)).toEqual([]));
	it('in the widgets’ strings', () => expect(markerProblems(stringClaims)).toEqual([]));
	it('in the lessons', () => expect(markerProblems(lessonClaims)).toEqual([]));
});
