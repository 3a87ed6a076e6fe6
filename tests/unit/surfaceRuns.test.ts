import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { descend } from '../../src/lib/math/descend';
import { getSurface } from '../../src/lib/math/surfaces';
import { classifyTrajectory } from '../../src/lib/math/runStatus';

/**
 * Whole runs on the math core's surfaces: the facts lessons 4 and 5 state, checked end to end
 * through descend() and the run classifier.
 */

describe('the bowl a·(w₁² + w₂²)/2 under gradient descent', () => {
	// Each step multiplies w by (1 − ηa): |1 − ηa| < 1 exactly when 0 < η < 2/a. At 1 % either
	// side of 2/a the factor is 0.98 or 1.02 in size, so from |w| ≥ 0.1 the run reaches
	// ‖∇L‖ < 1e-6 (a ≤ 10: ≤ 1,750 steps) or leaves the box 10 widths out (≤ 650 steps) well
	// within 3,000 steps.
	const maxSteps = 3000;
	const arbStart = fc
		.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }))
		.filter(([x, y]) => Math.hypot(x, y) >= 0.1);
	const arbA = fc.double({ min: 0.1, max: 10, noNaN: true });

	it('converges at η = 0.99 · 2/a', () => {
		fc.assert(
			fc.property(arbA, arbStart, (a, start) => {
				const bowl = getSurface('bowl', { a });
				const run = descend(bowl, { id: 'gd', lr: (0.99 * 2) / a }, start, maxSteps);
				expect(run.status.kind).toBe('converged');
				const states = classifyTrajectory(run, bowl);
				expect(states[run.steps]).toMatchObject({ kind: 'converged', minimum: 'global' });
			}),
			{ numRuns: 40 }
		);
	});

	it('diverges at η = 1.01 · 2/a, and the classifier names the step', () => {
		fc.assert(
			fc.property(arbA, arbStart, (a, start) => {
				const bowl = getSurface('bowl', { a });
				const run = descend(bowl, { id: 'gd', lr: (1.01 * 2) / a }, start, maxSteps);
				expect(run.status.kind).toBe('diverged');
				const states = classifyTrajectory(run, bowl);
				expect(states[run.steps]).toEqual({ kind: 'diverged', step: run.status.step });
				// Before it blows up, the ball swings from side to side with growing swings.
				expect(states[Math.min(5, run.steps - 1)].kind).toBe('oscillating');
			}),
			{ numRuns: 40 }
		);
	});

	it('flips between the two sides when 1/a < η < 2/a, yet converges', () => {
		const bowl = getSurface('bowl', { a: 2 });
		const run = descend(bowl, { id: 'gd', lr: 0.8 }, bowl.defaultStart, maxSteps);
		expect(run.status.kind).toBe('converged');
		// 1 − ηa = −0.6: w₁ changes sign every step.
		for (let k = 1; k < 10; k++)
			expect(Math.sign(run.path[2 * k])).toBe(-Math.sign(run.path[2 * k - 2]));
	});
});

describe('Himmelblau under gradient descent', () => {
	// The four minima lie one in each quadrant. From these starts the path of steepest descent
	// stays in the start's quadrant (the origin, on no quadrant, is the textbook start that
	// slides to (3, 2)), and at small rates gradient descent follows that path.
	const himmelblau = getSurface('himmelblau');
	const [q1, q2, q3, q4] = himmelblau.minima.map((m) => m.w);
	const cases: [number, number, readonly [number, number]][] = [
		[0, 0, q1],
		[4, 4, q1],
		[0.5, 4.5, q1],
		[-4, 4, q2],
		[-1, 1, q2],
		[-4.5, 0.5, q2],
		[-4, -4, q3],
		[-1, -1, q3],
		[4, -4, q4],
		[1, -1, q4],
		[2, -4, q4],
		[4.5, -0.5, q4]
	];

	it.each(cases)('from (%d, %d) ends at the minimum %j', (x, y, minimum) => {
		for (const lr of [0.001, 0.005, 0.01]) {
			const run = descend(himmelblau, { id: 'gd', lr }, [x, y], 20000);
			expect(run.status.kind).toBe('converged');
			const end = run.path.subarray(2 * run.steps);
			expect(Math.hypot(end[0] - minimum[0], end[1] - minimum[1])).toBeLessThan(1e-5);
			expect(classifyTrajectory(run, himmelblau)[run.steps]).toMatchObject({
				kind: 'converged',
				minimum: 'global'
			});
		}
	});
});

describe('twoWells: a local minimum traps plain gradient descent, momentum escapes', () => {
	// L = (w₁² − 1)² + 0.4·w₁ + w₂²/2. From (1.9, 1.5) the ball starts on the steep outer wall
	// of the right (local, L ≈ 0.389) well; the ridge between the wells is at w₁ ≈ 0.101, 0.65
	// above the local minimum.
	const twoWells = getSurface('twoWells');
	const start = [1.9, 1.5] as const;
	const [global, local] = twoWells.minima;
	const ridge = twoWells.saddles[0][0];
	const endOf = (run: ReturnType<typeof descend>) => run.path.subarray(2 * run.steps);
	const leftmost = (run: ReturnType<typeof descend>) =>
		Math.min(...run.path.filter((_, i) => i % 2 === 0));

	it.each([0.001, 0.01, 0.05])('plain gradient descent at η = %d stays in the right well', (lr) => {
		// At small rates each step is short and goes downhill: the loss never rises, so the
		// ball can never climb the ridge, and it settles in the first well it meets.
		const run = descend(twoWells, { id: 'gd', lr }, start, 20000);
		expect(run.status.kind).toBe('converged');
		for (let k = 1; k <= run.steps; k++) expect(run.loss[k]).toBeLessThanOrEqual(run.loss[k - 1]);
		expect(leftmost(run)).toBeGreaterThan(ridge);
		const end = endOf(run);
		expect(Math.hypot(end[0] - local.w[0], end[1] - local.w[1])).toBeLessThan(1e-5);
		expect(classifyTrajectory(run, twoWells)[run.steps]).toMatchObject({
			kind: 'converged',
			minimum: 'local'
		});
	});

	it.each([0.003, 0.01])('momentum (β = 0.9) at η = %d rolls over the ridge', (lr) => {
		// The wall from w₁ = 1.9 down to 0.95 is steep (slope ≈ 20 at the start), and momentum
		// keeps up to 1/(1 − β) = 10 steps' worth of that slope as velocity; the ball arrives at
		// the local minimum fast, overshoots, and the stored velocity carries it over the low
		// ridge into the deeper left well, where it stays.
		const run = descend(twoWells, { id: 'momentum', lr, beta: 0.9 }, start, 20000);
		expect(run.status.kind).toBe('converged');
		expect(leftmost(run)).toBeLessThan(ridge);
		const end = endOf(run);
		expect(Math.hypot(end[0] - global.w[0], end[1] - global.w[1])).toBeLessThan(1e-5);
		expect(classifyTrajectory(run, twoWells)[run.steps]).toMatchObject({
			kind: 'converged',
			minimum: 'global'
		});
	});
});
