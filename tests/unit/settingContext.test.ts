import { describe, expect, it } from 'vitest';
import { getCurve } from '../../src/lib/math/curves';
import { curveIds } from '../../src/lib/math/ids';
import { lossSurfaceIds } from '../../src/lib/math/ids';
import { rangeText, settingNoteText, shortGiven } from '../../src/lib/widgets/codec';
import { curveDomains, curveStarts, descent1dCodec } from '../../src/lib/widgets/descent1d/state';
import { neuronCodec } from '../../src/lib/widgets/neuron/state';
import { parseSurface3D, presets } from '../../src/lib/widgets/surface3d/state';

/** A number a little past `edge`, outward from the range. */
const past = (edge: number, outward: 1 | -1) => edge + outward * Math.max(Math.abs(edge), 1) * 0.01;

describe('descent1d: the start is read against the chosen curve', () => {
	it.each(curveIds)('%s mirrors the math core’s domain and start', (curve) => {
		expect(curveDomains[curve]).toEqual([...getCurve(curve).domain[0]]);
		expect(curveStarts[curve]).toBe(getCurve(curve).defaultStart);
	});

	it.each(curveIds)('%s takes a start at its bounds and refuses one just past them', (curve) => {
		const [lo, hi] = curveDomains[curve];
		for (const edge of [lo, hi]) {
			const { state, notes } = descent1dCodec.parse({ curve, start: edge });
			expect(notes).toEqual([]);
			expect(state.start).toBe(edge);
		}
		for (const start of [past(lo, -1), past(hi, 1)]) {
			const { state, notes } = descent1dCodec.parse(
				new URLSearchParams({ curve, start: `${start}` })
			);
			expect(state.start).toBe(curveStarts[curve]);
			expect(notes).toEqual([{ key: 'start', given: `${start}`, allowed: rangeText(lo, hi) }]);
		}
	});

	it('refuses start=5 on the parabola with the parabola’s range, in both languages', () => {
		const { state, notes } = descent1dCodec.parse(new URLSearchParams('start=5'));
		expect(state.start).toBe(-2.5);
		expect(settingNoteText('en', notes[0])).toBe(
			'Setting start=“5” is not valid (allowed: −3 – 3); ignored.'
		);
		expect(settingNoteText('zh-TW', notes[0])).toBe(
			'設定 start=「5」無效（允許：−3 – 3），已略過。'
		);
	});

	it('an unreadable start names the curve’s range, not the widest one', () => {
		const { notes } = descent1dCodec.parse({ curve: 'twoWells', start: 'abc' });
		expect(notes).toEqual([{ key: 'start', given: 'abc', allowed: '−2 – 2' }]);
	});

	it('a curve given without a start gets its own start', () => {
		expect(descent1dCodec.parse({ curve: 'wavy' }).state.start).toBe(curveStarts.wavy);
	});
});

describe('surface3d: rate, start and race are read against the chosen surface', () => {
	it.each(lossSurfaceIds)('%s: rates at the bounds pass, just past them are refused', (surface) => {
		const [lo, hi] = presets[surface].lrRange;
		for (const lr of [lo, hi]) {
			const { state, notes } = parseSurface3D({ surface, lr });
			expect(notes).toEqual([]);
			expect(state.lr).toBe(lr);
		}
		for (const lr of [past(lo, -1), past(hi, 1)]) {
			const { state, notes } = parseSurface3D(new URLSearchParams({ surface, lr: `${lr}` }));
			expect(state.lr).toBe(presets[surface].lr);
			expect(notes).toEqual([{ key: 'lr', given: `${lr}`, allowed: rangeText(lo, hi) }]);
		}
	});

	it.each(lossSurfaceIds)(
		'%s: starts at the box’s corners pass, just past are refused',
		(surface) => {
			const [[lo1, hi1], [lo2, hi2]] = presets[surface].domain;
			for (const start of [`${lo1},${lo2}`, `${hi1},${hi2}`]) {
				expect(parseSurface3D({ surface, start }).notes).toEqual([]);
			}
			for (const start of [`${past(lo1, -1)},${lo2}`, `${hi1},${past(hi2, 1)}`]) {
				const { state, notes } = parseSurface3D({ surface, start });
				expect(state.start).toEqual(presets[surface].start);
				expect(notes.map((n) => [n.key, n.given])).toEqual([['start', start]]);
				expect(notes[0].allowed).toBe(`w₁ ∈ ${rangeText(lo1, hi1)}, w₂ ∈ ${rangeText(lo2, hi2)}`);
			}
		}
	);

	it.each(lossSurfaceIds)('%s: a race ball’s rate is held to the surface’s range', (surface) => {
		const [lo, hi] = presets[surface].lrRange;
		expect(parseSurface3D({ surface, race: `adam:${lo},gd:${hi}` }).notes).toEqual([]);
		const { state, notes } = parseSurface3D({ surface, race: `adam:${lo},gd:${past(hi, 1)}` });
		// Refused whole, as the note says, whether the type check or the surface's range refused it.
		expect(state.race).toEqual([]);
		expect(notes.map((n) => n.key)).toEqual(['race']);
		expect(settingNoteText('en', notes[0])).toContain(`lr in ${rangeText(lo, hi)}`);
	});

	it('an unreadable rate on the bowl names the bowl’s range, not 1e−5 – 100', () => {
		const { notes } = parseSurface3D(new URLSearchParams('surface=bowl&lr=abc'));
		expect(notes).toEqual([{ key: 'lr', given: 'abc', allowed: '0.001 – 10' }]);
		const rosenbrock = parseSurface3D(new URLSearchParams('surface=rosenbrock&lr=abc'));
		expect(rosenbrock.notes[0].allowed).toBe('0.00001 – 0.01');
	});

	it('never repeats a race list cut inside a number', () => {
		const race = 'rmsprop:0.0123456,momentum:0.0123456,adam:0.0123456';
		const { notes } = parseSurface3D(new URLSearchParams({ surface: 'rosenbrock', race }));
		expect(notes[0].given).toBe('rmsprop:0.0123456,momentum:0.0123456…');
	});
});

describe('neuron: the target is read against the loss', () => {
	it('takes y at 0 and 1 under cross-entropy and refuses just past them with 0 – 1', () => {
		for (const y of [0, 1]) expect(neuronCodec.parse({ loss: 'bce', y }).notes).toEqual([]);
		for (const y of ['-0.01', '1.01', 'abc']) {
			const { state, notes } = neuronCodec.parse({ loss: 'bce', y });
			expect(state.y).toBe(1);
			expect(notes).toEqual([{ key: 'y', given: y, allowed: '0 – 1 (loss=bce)' }]);
		}
	});

	it('takes y at ±2 under squared error and refuses just past them with −2 – 2', () => {
		for (const y of [-2, 2]) expect(neuronCodec.parse({ loss: 'mse', y }).notes).toEqual([]);
		for (const y of ['-2.01', '2.01']) {
			expect(neuronCodec.parse({ loss: 'mse', y }).notes).toEqual([
				{ key: 'y', given: y, allowed: '−2 – 2' }
			]);
		}
	});
});

describe('the note’s wording', () => {
	it('uses real minus signs and never e-notation for the ranges the widgets use', () => {
		expect(rangeText(-3, 3)).toBe('−3 – 3');
		expect(rangeText(0.00001, 100)).toBe('0.00001 – 100');
	});

	it('cuts a long value only between items, marking the cut', () => {
		expect(shortGiven('short')).toBe('short');
		// No separator early on: most of the text shows, and a number at the limit stays whole.
		const markup = '<script data-pwned>window.__pwned=1</script>';
		expect(shortGiven(markup)).toBe(`${markup.slice(0, 40)}…`);
		const digits = `${'x'.repeat(36)}123456789`;
		expect(shortGiven(digits)).toBe(`${'x'.repeat(36)}…`);
		const cut = shortGiven('x:0.123456789,'.repeat(5));
		expect(cut.endsWith('…')).toBe(true);
		expect(
			cut
				.slice(0, -1)
				.split(',')
				.every((p) => /^x:0\.123456789$/.test(p))
		).toBe(true);
	});
});
