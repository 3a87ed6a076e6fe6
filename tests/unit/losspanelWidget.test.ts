import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { losspanelCodec } from '$lib/widgets/losspanel/state';
import {
	boundarySegment,
	halfPlane,
	makePlot,
	signedExtent,
	upperExtent,
	yHatFromPixel,
	type Box
} from '$lib/widgets/losspanel/view';
import { linePath } from '$lib/widgets/kit/chart/scales';

describe('loss panel settings codec', () => {
	it('reads a link over the defaults and writes it back the same', () => {
		const params = new URLSearchParams('view=train&lr=0.5&epochs=120&w1=-3&w2=2.5&b=1&yhat=0.7');
		const { state, notes } = losspanelCodec.parse(params);
		expect(notes).toEqual([]);
		expect(state).toMatchObject({ view: 'train', lr: 0.5, epochs: 120, w1: -3, w2: 2.5, b: 1 });
		expect(state.yhat).toBe(0.7);
		const again = losspanelCodec.parse(new URLSearchParams(losspanelCodec.serialize(state)));
		expect(again.state).toEqual(state);
	});

	it('reads a scroll step of plain values', () => {
		const { state } = losspanelCodec.parse({ view: 'softmax', target: 1, z1: 3 });
		expect(state).toMatchObject({ view: 'softmax', target: 1, z1: 3 });
		expect(state.z2).toBe(losspanelCodec.defaults.z2);
	});

	it('keeps the previous value and names the allowed range for a bad one', () => {
		const cases: [string, string][] = [
			['yhat', '1'],
			['yhat', '0'],
			['y', '2'],
			['lr', 'abc'],
			['lr', '0'],
			['epochs', '2.5'],
			['epochs', '9999'],
			['w1', '-11'],
			['target', '4'],
			['view', 'surface']
		];
		for (const [key, given] of cases) {
			const { state, notes } = losspanelCodec.parse(new URLSearchParams({ [key]: given }));
			expect(state).toEqual(losspanelCodec.defaults);
			expect(notes).toHaveLength(1);
			expect(notes[0]).toMatchObject({ key, given });
			expect(notes[0].allowed).toMatch(/\S/);
		}
	});

	it('starts the training on the wrong side with large weights, to show MSE stalling', () => {
		const d = losspanelCodec.defaults;
		expect(Math.hypot(d.w1, d.w2)).toBeGreaterThan(5);
		// Dogs lie towards +x₁, +x₂: negative weights put them on the cat side.
		expect(d.w1 + d.w2).toBeLessThan(0);
	});
});

describe('loss panel geometry', () => {
	const box: Box = [
		[-3, 3],
		[-2, 2]
	];
	const weightArb = fc
		.tuple(
			fc.double({ min: -5, max: 5, noNaN: true }),
			fc.double({ min: -5, max: 5, noNaN: true }),
			fc.double({ min: -5, max: 5, noNaN: true })
		)
		.filter(([a, b]) => Math.abs(a) + Math.abs(b) > 1e-3);

	it('puts the ends of the boundary on the box edge and on the line', () => {
		fc.assert(
			fc.property(weightArb, (w) => {
				const seg = boundarySegment(w, box);
				if (!seg) return;
				for (const [x, y] of seg) {
					expect(Math.abs(w[0] * x + w[1] * y + w[2])).toBeLessThan(1e-9);
					const onEdge = Math.abs(Math.abs(x) - 3) < 1e-9 || Math.abs(Math.abs(y) - 2) < 1e-9;
					expect(onEdge).toBe(true);
				}
			})
		);
		const vertical = boundarySegment([1, 0, 0], box);
		expect(vertical?.flat().map((v) => v + 0)).toEqual([0, -2, 0, 2]);
		expect(boundarySegment([1, 0, -10], box)).toBeNull();
		expect(boundarySegment([0, 0, 1], box)).toBeNull();
	});

	it('shades exactly the dog side: the half-plane polygon has area of the box share with z ≥ 0', () => {
		fc.assert(
			fc.property(weightArb, (w) => {
				const poly = halfPlane(w, box);
				let area = 0;
				for (let i = 0; i < poly.length; i++) {
					const [x1, y1] = poly[i];
					const [x2, y2] = poly[(i + 1) % poly.length];
					area += (x1 * y2 - x2 * y1) / 2;
				}
				// Monte-Carlo-free check: a 60 × 40 grid of cell centres estimates the same share.
				let inside = 0;
				for (let i = 0; i < 60; i++)
					for (let j = 0; j < 40; j++) {
						const x = -3 + (i + 0.5) * 0.1;
						const y = -2 + (j + 0.5) * 0.1;
						if (w[0] * x + w[1] * y + w[2] >= 0) inside++;
					}
				expect(Math.abs(Math.abs(area) - inside * 0.01)).toBeLessThan(0.45);
				for (const [x, y] of poly) expect(w[0] * x + w[1] * y + w[2]).toBeGreaterThan(-1e-9);
			})
		);
	});

	it('pins runaway values just outside the plot and breaks the line at non-finite ones', () => {
		const plot = makePlot(200, 100, { top: 0, right: 0, bottom: 0, left: 0 }, [0, 1], [0, 5]);
		const d = linePath(plot, [0, 0.5, 1], [1e9, 2, NaN]);
		// y = 1e9 is drawn at 5 + 2.5 = 7.5, that is 100 − 7.5·20 = −50 px.
		expect(d).toContain('-50');
		expect(d.match(/[ML]/g)?.length).toBe(2);
	});

	it('sizes the axes: losses from 0, gradients around 0 with a cap', () => {
		expect(upperExtent([new Float64Array([0.2, 1, Infinity])])).toBeCloseTo(1.08, 12);
		expect(signedExtent([new Float64Array([-100, -1, 0.5])], 8)).toEqual([-8 - 0.68, 0.5 + 0.68]);
		expect(signedExtent([new Float64Array([0, 0])], 1)).toEqual([-1, 1]);
	});

	it('turns a pointer position into ŷ within the allowed range', () => {
		const plot = makePlot(300, 100, { top: 0, right: 50, bottom: 0, left: 50 }, [0, 1], [0, 1]);
		expect(yHatFromPixel(plot, 175, 0.01, 0.99)).toBe(0.625);
		expect(yHatFromPixel(plot, 0, 0.01, 0.99)).toBe(0.01);
		expect(yHatFromPixel(plot, 1000, 0.01, 0.99)).toBe(0.99);
	});
});
