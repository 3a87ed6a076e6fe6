import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLang, langFromNavigator } from '$lib/i18n/lang';
import { LANG_KEY } from '$lib/i18n/remember';

// static/choose-language.js runs before the root page paints, so it cannot import the app's
// modules: it copies their rule. These tests keep the copy and the original in step.
const script = readFileSync('static/choose-language.js', 'utf8');

function runScript(languages: string[], saved: string | null, storageThrows = false): string {
	let target = '';
	runInNewContext(script, {
		navigator: { languages },
		localStorage: {
			getItem: (key: string) => {
				if (storageThrows) throw new Error('blocked');
				return key === LANG_KEY ? saved : null;
			}
		},
		location: { replace: (url: string) => (target = url) }
	});
	return target;
}

describe('static/choose-language.js', () => {
	it('uses the same storage key as the app', () => {
		expect(script).toContain(`'${LANG_KEY}'`);
	});

	it('picks what the app would pick, for any browser languages and any remembered value', () => {
		const tag = fc.oneof(
			fc.constantFrom('zh-TW', 'zh-CN', 'zh', 'ZH-hk', 'en', 'en-US', 'EN-gb', 'fr', 'ja', 'de-DE'),
			fc.string({ maxLength: 6 })
		);
		fc.assert(
			fc.property(
				fc.array(tag, { maxLength: 5 }),
				fc.option(fc.constantFrom('en', 'zh-TW', 'fr', '', 'EN')),
				fc.boolean(),
				(languages, saved, blocked) => {
					const remembered = blocked ? null : saved;
					const expected = isLang(remembered) ? remembered : langFromNavigator(languages);
					expect(runScript(languages, saved, blocked)).toBe(`${expected}/`);
				}
			)
		);
	});
});
