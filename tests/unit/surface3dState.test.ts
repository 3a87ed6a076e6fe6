import { describe, expect, it } from 'vitest';
import { lossSurfaceIds } from '../../src/lib/math/ids';
import { getLossSurface } from '../../src/lib/math/lossSurfaces';
import {
	criticalRate,
	parseSurface3D,
	presets,
	serializeSurface3D
} from '../../src/lib/widgets/surface3d/state';
import { newBall } from '../../src/lib/widgets/surface3d/shell';

describe('surface3d presets', () => {
	it.each(lossSurfaceIds)('%s mirrors the math core’s box and starts inside it', (id) => {
		const surface = getLossSurface(id);
		const p = presets[id];
		expect(p.domain).toEqual(surface.domain.map(([lo, hi]) => [lo, hi]));
		expect(p.start).toEqual([...surface.defaultStart]);
		expect(p.lr).toBeGreaterThanOrEqual(p.lrRange[0]);
		expect(p.lr).toBeLessThanOrEqual(p.lrRange[1]);
	});
});

describe('surface3d settings codec', () => {
	it('reads every parameter of a link and writes the same link back', () => {
		const params = new URLSearchParams(
			'surface=himmelblau&optimizer=momentum&lr=0.005&start=1,-1&beta=0.8&race=adam:0.05,gd:0.01'
		);
		const { state, notes } = parseSurface3D(params);
		expect(notes).toEqual([]);
		expect(state).toMatchObject({
			surface: 'himmelblau',
			optimizer: 'momentum',
			lr: 0.005,
			start: [1, -1],
			beta: 0.8,
			race: [
				{ optimizer: 'adam', lr: 0.05 },
				{ optimizer: 'gd', lr: 0.01 }
			]
		});
		const again = serializeSurface3D(state);
		expect(again).toEqual({
			surface: 'himmelblau',
			optimizer: 'momentum',
			lr: '0.005',
			start: '1,-1',
			beta: '0.8',
			beta1: '0.9',
			beta2: '0.999',
			race: 'adam:0.05,gd:0.01'
		});
		expect(parseSurface3D(new URLSearchParams(again)).state).toEqual(state);
	});

	it('keeps the default and reports lr=abc', () => {
		const { state, notes } = parseSurface3D(new URLSearchParams('lr=abc'));
		expect(state.lr).toBe(presets.bowl.lr);
		expect(notes).toEqual([{ key: 'lr', given: 'abc', allowed: expect.any(String) }]);
	});

	it('gives a surface named without start or rate its own', () => {
		const { state } = parseSurface3D({ surface: 'neuronMse' });
		expect(state.start).toEqual(presets.neuronMse.start);
		expect(state.lr).toBe(presets.neuronMse.lr);
	});

	it('reads a lesson’s props or scroll step, with numbers as numbers', () => {
		const { state, notes } = parseSurface3D({
			surface: 'bowl',
			a: 2,
			lr: 1.1,
			start: '1,-1',
			race: 'gd:0.9'
		});
		expect(notes).toEqual([]);
		expect(state).toMatchObject({
			a: 2,
			lr: 1.1,
			start: [1, -1],
			race: [{ optimizer: 'gd', lr: 0.9 }]
		});
	});

	it('refuses a start outside the surface’s box and a rate outside its range', () => {
		const { state, notes } = parseSurface3D({ surface: 'twoWells', start: '5,0', lr: 50 });
		expect(state.start).toEqual(presets.twoWells.start);
		expect(state.lr).toBe(presets.twoWells.lr);
		expect(notes.map((n) => n.key).sort()).toEqual(['lr', 'start']);
		expect(notes.find((n) => n.key === 'lr')?.allowed).toBe('0.001 – 1');
	});

	it('refuses bad race lists whole, and more than three extra balls', () => {
		for (const race of ['adam', 'adam:x', 'sgd:0.1', 'gd:0.1,gd:0.1,gd:0.1,gd:0.1']) {
			const { state, notes } = parseSurface3D({ race });
			expect(state.race).toEqual([]);
			expect(notes.map((n) => n.key)).toEqual(['race']);
		}
	});

	it('marks 2/a on the bowl, 2/a₂ on the valley, nothing elsewhere', () => {
		expect(criticalRate({ surface: 'bowl', a: 4 })).toEqual({ rate: 0.5, label: '2/a' });
		// The valley's steep axis w₂ (a₂ = 20) sets its limit.
		expect(criticalRate({ surface: 'valley', a: 4 })).toEqual({ rate: 0.1, label: '2/a₂' });
		expect(criticalRate({ surface: 'twoWells', a: 4 })).toBeNull();
	});
});

describe('new racing balls', () => {
	it('take the next optimizer and a rate inside the surface’s range', () => {
		for (const id of lossSurfaceIds) {
			const [lo, hi] = presets[id].lrRange;
			for (let i = 1; i <= 3; i++) {
				const ball = newBall(i, null, id);
				expect(ball.lr).toBeGreaterThanOrEqual(lo);
				expect(ball.lr).toBeLessThanOrEqual(hi);
			}
		}
		expect(newBall(1, null, 'bowl').optimizer).toBe('momentum');
		expect(newBall(2, null, 'bowl').optimizer).toBe('adam');
	});
});
