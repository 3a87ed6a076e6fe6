import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fingerprintOf } from '../../src/lib/widgets/lab/project.svelte';

// A talk's windows compare the lab's pictures by fingerprint: the same pictures in the same
// classes agree, and a picture changed, moved to another class or removed does not.
describe('the fingerprint of a lab project', () => {
	const picture = fc.uint8Array({ minLength: 12, maxLength: 12 });
	const project = fc.array(fc.array(picture, { maxLength: 4 }), { minLength: 2, maxLength: 4 });

	test('the same pictures, copied, agree', () => {
		fc.assert(
			fc.property(project, (p) => {
				const copy = p.map((c) => c.map((s) => s.slice()));
				expect(fingerprintOf(copy)).toBe(fingerprintOf(p));
			})
		);
	});

	test('one byte changed, a picture moved to another class or removed: they differ', () => {
		const a = new Uint8Array(12).fill(1);
		const b = new Uint8Array(12).fill(2);
		const base = fingerprintOf([[a, b], [a]]);
		const changed = b.slice();
		changed[5] = 3;
		expect(fingerprintOf([[a, changed], [a]])).not.toBe(base);
		expect(fingerprintOf([[a], [a, b]])).not.toBe(base);
		expect(fingerprintOf([[a, b], []])).not.toBe(base);
		expect(fingerprintOf([[a, b], [a], []])).not.toBe(base);
	});
});
