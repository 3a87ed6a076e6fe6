import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { escapeBraces, staticMath } from '../../src/lib/content/staticMath.js';

type Node = {
	type: string;
	tagName?: string;
	value?: string;
	properties?: Record<string, unknown>;
	children?: Node[];
};

const math = (kind: 'math-inline' | 'math-display', tex: string): Node => ({
	type: 'element',
	tagName: kind === 'math-inline' ? 'span' : 'div',
	properties: { className: ['math', kind] },
	children: [{ type: 'text', value: tex }]
});

function typeset(node: Node): string {
	const tree: Node = { type: 'root', children: [node] };
	staticMath()(tree);
	const [raw] = node.children ?? [];
	expect(raw.type).toBe('raw');
	return raw.value ?? '';
}

describe('formulas typeset at build time', () => {
	test('a formula becomes KaTeX markup, with no brace left for Svelte to read', () => {
		const html = typeset(math('math-inline', '\\frac{\\partial L}{\\partial w}'));
		expect(html).toContain('class="katex"');
		expect(html).toContain('<math');
		expect(html).not.toMatch(/[{}]/);
		// The TeX source, kept in MathML for screen readers, still says what was written.
		expect(html).toContain('\\frac&#123;\\partial L&#125;&#123;\\partial w&#125;');
	});

	test('display formulas are set in display mode, inline ones are not', () => {
		expect(typeset(math('math-display', 'x^2'))).toContain('katex-display');
		expect(typeset(math('math-inline', 'x^2'))).not.toContain('katex-display');
	});

	test('other elements are left alone', () => {
		const p: Node = { type: 'element', tagName: 'p', children: [{ type: 'text', value: 'a{b}' }] };
		staticMath()({ type: 'root', children: [p] });
		expect(p.children).toEqual([{ type: 'text', value: 'a{b}' }]);
	});

	test('escaping braces keeps every other character and reads back the same', () => {
		fc.assert(
			fc.property(
				fc.string().filter((s) => !s.includes('&#')),
				(s) => {
					const out = escapeBraces(s);
					expect(out).not.toMatch(/[{}]/);
					expect(out.replaceAll('&#123;', '{').replaceAll('&#125;', '}')).toBe(s);
				}
			)
		);
	});
});
