import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// pages.e2e.ts checks each page's colours in one language a scheme (English in the light, Chinese
// in the dark), which holds while no colour depends on the language: no rule chosen by :lang()
// or [lang] sets a colour.
const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? files(join(dir, e.name))
			: /\.(css|svelte)$/.test(e.name)
				? [join(dir, e.name)]
				: []
	);

it('no style chosen by the language sets a colour', () => {
	const byLanguage: string[] = [];
	for (const file of files('src')) {
		const text = readFileSync(file, 'utf8');
		// A rule: its selector (everything since the last brace or semicolon) and its block.
		for (const [, selector, block] of text.matchAll(/([^{};]*)\{([^{}]*)\}/g)) {
			if (!/:lang\(|\[lang[\]|=~^$*]/.test(selector)) continue;
			byLanguage.push(selector.trim());
			expect(block, `${file}: ${selector.trim()}`).not.toMatch(
				/(^|[;\s])(color|background[\w-]*|fill|stroke|opacity|filter|border[\w-]*color|outline[\w-]*|text-decoration[\w-]*)\s*:/
			);
		}
	}
	// The two there are (line heights): the scan finds them.
	expect(byLanguage.length).toBeGreaterThanOrEqual(2);
});
