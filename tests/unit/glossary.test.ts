import { describe, expect, it } from 'vitest';
import en from '../../content/glossary/en.json';
import zhTW from '../../content/glossary/zh-TW.json';
import { glossaryIn, readGlossary, terms } from '$lib/content/glossary';

/** A copy of the real files to break one piece at a time. */
function files() {
	return structuredClone({ 'zh-TW': zhTW, en }) as {
		'zh-TW': { page: Record<string, unknown>; terms: Record<string, unknown>[] };
		en: { page: Record<string, unknown>; terms: Record<string, unknown>[] };
	};
}

describe('the glossary files', () => {
	it('pair every term of both languages, in the same order', () => {
		expect(terms.length).toBe(zhTW.terms.length);
		expect(terms.map((t) => t.id)).toEqual(en.terms.map((t) => t.id));
		const bias = terms.find((t) => t.id === 'bias');
		expect(bias).toMatchObject({ zh: '偏置', en: 'bias (of a neuron)', lesson: 'neuron' });
		expect(bias?.aliasesZh).toContain('偏權值');
	});

	it('refuse a term that one language lacks', () => {
		const f = files();
		f.en.terms.splice(3, 1);
		expect(() => readGlossary(f)).toThrow(/en\.json has no term dimensionality-reduction/);
		const g = files();
		g['zh-TW'].terms.pop();
		expect(() => readGlossary(g)).toThrow(/zh-TW\.json has no term confidence/);
	});

	it('refuse a malformed entry, naming the file and the field', () => {
		const f = files();
		f.en.terms[0].definition = '';
		expect(() => readGlossary(f)).toThrow(/en\.json terms\.0\.definition/);
		const g = files();
		g['zh-TW'].terms[1].id = 'Not An Id';
		expect(() => readGlossary(g)).toThrow(/zh-TW\.json terms\.1\.id/);
		const h = files();
		delete h.en.page.intro;
		expect(() => readGlossary(h)).toThrow(/en\.json page\.intro/);
		// Aliases are other Chinese names, so only the zh-TW file may list them.
		const i = files();
		i.en.terms[0].aliases = ['x'];
		expect(() => readGlossary(i)).toThrow(/en\.json/);
	});

	it('refuse a repeated id, another order, or another lesson in one language', () => {
		const f = files();
		f['zh-TW'].terms[2] = { ...f['zh-TW'].terms[2], id: f['zh-TW'].terms[1].id };
		expect(() => readGlossary(f)).toThrow(/zh-TW\.json lists unsupervised-learning twice/);
		const g = files();
		[g.en.terms[0], g.en.terms[1]] = [g.en.terms[1], g.en.terms[0]];
		expect(() => readGlossary(g)).toThrow(/term 1 is supervised-learning in zh-TW\.json/);
		const h = files();
		h.en.terms[0].lesson = 'neuron';
		expect(() => readGlossary(h)).toThrow(/supervised-learning is from training/);
	});

	it('give each page its own language first', () => {
		const zh = glossaryIn('zh-TW').entries.find((t) => t.id === 'epoch')!;
		const eng = glossaryIn('en').entries.find((t) => t.id === 'epoch')!;
		expect([zh.name, zh.otherName]).toEqual([eng.otherName, eng.name]);
		expect(glossaryIn('en').text.intro).toMatch(/^The terms/);
	});
});
