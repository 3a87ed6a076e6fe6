import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '$lib/i18n/lang';
import { stepStillKey, stepStillPath, stepStillRoot } from '$lib/widgets/stepStill';
import type { ScrollStep } from '$lib/widgets/types';
import { lessonFolders } from '../../scripts/coursePages.mjs';
import { scrollyBlocks } from './lessonChecks';

const stepModules = import.meta.glob<Record<string, readonly ScrollStep[]>>(
	'/content/lessons/*/steps.ts',
	{ eager: true }
);

/** Every still a page asks for: each step of each <Scrolly> of each lesson, in each language. */
function wanted(): { where: string; src: string }[] {
	const out: { where: string; src: string }[] = [];
	for (const folder of lessonFolders())
		for (const lang of langs) {
			const markdown = readFileSync(join('content/lessons', folder, `${lang}.md`), 'utf8');
			for (const block of scrollyBlocks(markdown)) {
				const steps = stepModules[`/content/lessons/${folder}/steps.ts`]?.[block.stepsName];
				expect(steps, `${folder} ${lang}: ${block.stepsName}`).toBeDefined();
				steps!.forEach((step, i) =>
					out.push({
						where: `${folder} ${lang} ${block.stepsName}[${i}]`,
						src: stepStillPath(block.widget, step, lang)
					})
				);
			}
		}
	return out;
}

describe('a print still for every scroll step (npm run stills)', () => {
	const stills = wanted();

	it('finds the steps of the lessons that scroll', () => {
		expect(stills.length).toBeGreaterThan(30);
	});

	it('has each step’s picture under static/, a real WebP', () => {
		const missing = stills.filter(({ src }) => !existsSync(join('static', src)));
		expect(missing.map((m) => `${m.where}: ${m.src}`)).toEqual([]);
		for (const { src } of stills) {
			const head = readFileSync(join('static', src)).subarray(0, 12).toString('latin1');
			expect(head.slice(0, 4) + head.slice(8), src).toBe('RIFFWEBP');
		}
	});

	it('keeps no picture that no step names, and stays small', () => {
		const named = new Set(stills.map((s) => s.src));
		let bytes = 0;
		const kept: string[] = [];
		for (const lang of readdirSync(join('static', stepStillRoot)))
			for (const name of readdirSync(join('static', stepStillRoot, lang))) {
				const src = `${stepStillRoot}/${lang}/${name}`;
				kept.push(src);
				bytes += statSync(join('static', src)).size;
			}
		expect(kept.filter((src) => !named.has(src))).toEqual([]);
		expect(bytes).toBeLessThan(3 * 1024 * 1024);
	});
});

describe('stepStillKey', () => {
	it('names the picture by the widget and the settings, not by their order or the controls', () => {
		const a = stepStillKey('descent1d', { lr: 0.1, start: 2, controls: ['lr'] });
		expect(stepStillKey('descent1d', { start: 2, lr: 0.1 })).toBe(a);
		expect(stepStillKey('descent1d', { start: 2, lr: 0.1, autoplay: undefined })).toBe(a);
		expect(stepStillKey('descent1d', { start: 2, lr: 0.2 })).not.toBe(a);
		expect(stepStillKey('descent1d', { start: 2, lr: 0.1, autoplay: true })).not.toBe(a);
		expect(stepStillKey('surface3d', { start: 2, lr: 0.1 })).not.toBe(a);
		expect(a).toMatch(/^descent1d-[0-9a-f]{8}$/);
	});

	it('gives each language its own file', () => {
		expect(stepStillPath('trainer', { lr: 1 }, 'en')).not.toBe(
			stepStillPath('trainer', { lr: 1 }, 'zh-TW')
		);
	});
});
