import { describe, expect, it } from 'vitest';
import { descend } from '../../src/lib/math/descend';
import { sampleGrid } from '../../src/lib/math/grid';
import { getSurface } from '../../src/lib/math/surfaces';
import { createBalls } from '../../src/lib/widgets/surface3d/render/balls';
import type { Grid } from '../../src/lib/widgets/surface3d/render/mesh';
import {
	viewChange,
	type SceneBallView,
	type SceneView
} from '../../src/lib/widgets/surface3d/render/view';

const surface = getSurface('twoWells');
const grid = sampleGrid(surface, 11) as Grid;
const labels = {
	w1: 'w1',
	w2: 'w2',
	L: 'L',
	w1Lo: '-2',
	w1Hi: '2',
	w2Lo: '-2',
	w2Hi: '2',
	lLo: '0',
	lHi: '9'
};
function ball(lr: number, color = '#0072B2'): SceneBallView {
	const run = descend(surface, { id: 'gd', lr }, [1.5, 1.5], 20);
	return { color, path: run.path, loss: run.loss, steps: run.steps };
}
const first: SceneView = {
	grid,
	mode: 'linear',
	labels,
	balls: [ball(0.05), ball(0.1, '#D55E00')],
	step: 0,
	start: [1.5, 1.5],
	tweenMs: 300
};

describe('viewChange: what the renderer is sent', () => {
	it('sends everything, as copies whose buffers are handed over, to a renderer that has nothing', () => {
		const { change, transfer } = viewChange(null, first);
		expect(change.landscape?.grid.values).toBe(grid.values);
		expect(change.landscape?.grid.domain).toEqual(grid.domain);
		expect(change.landscape?.grid.domain).not.toBe(grid.domain);
		expect(change.landscape?.labels).toEqual(labels);
		expect(change.balls).toHaveLength(2);
		expect(change.balls?.[0]?.path).toEqual(first.balls[0].path);
		expect(change.balls?.[0]?.path).not.toBe(first.balls[0].path);
		expect(transfer).toHaveLength(4);
		expect(change.start).toEqual([1.5, 1.5]);
	});

	it('sends only the step while play runs, and only the run that changed while a rate is dragged', () => {
		const step = viewChange(first, { ...first, step: 1 });
		expect(step.change).toEqual({ step: 1, tweenMs: 300 });
		expect(step.transfer).toEqual([]);

		const dragged = { ...first, balls: [first.balls[0], ball(0.2, '#D55E00')] };
		const { change, transfer } = viewChange(first, dragged);
		expect(change.landscape).toBeUndefined();
		expect(change.balls?.[0]).toBeNull();
		expect(change.balls?.[1]?.path).toEqual(dragged.balls[1].path);
		expect(transfer).toHaveLength(2);
		expect(change.start).toBeUndefined();
	});

	it('sends nothing but the step for a new array of the same runs', () => {
		const again = viewChange(first, { ...first, balls: [...first.balls] });
		expect(again.change).toEqual({ step: first.step, tweenMs: first.tweenMs });
		expect(again.transfer).toEqual([]);
		const fewer = viewChange(first, { ...first, balls: [first.balls[0]] });
		expect(fewer.change.balls).toEqual([null]);
	});

	it('sends a moved start alone, and every ball with a new landscape or height mode', () => {
		expect(viewChange(first, { ...first, start: [0, 1] }).change).toEqual({
			step: 0,
			tweenMs: 300,
			start: [0, 1]
		});
		const log = viewChange(first, { ...first, mode: 'log' }).change;
		expect(log.landscape?.mode).toBe('log');
		expect(log.balls?.every((b) => b !== null)).toBe(true);
	});
});

describe('balls: where each ball is shown', () => {
	it('moves to the next step of the same runs over the tween, and jumps otherwise', () => {
		const balls = createBalls();
		const { change } = viewChange(null, first);
		balls.sync(change.balls!, change.landscape!, true);
		balls.show(0, 300, true);
		expect(balls.moving).toBe(false);
		expect(balls.list[0].drawn).toBe(1);

		balls.show(1, 300, false);
		expect(balls.moving).toBe(true);
		expect(balls.advance(performance.now() + 1000)).toBe(false);
		expect(balls.list[0].drawn).toBe(2);
		expect([...balls.list[0].at]).toEqual([...balls.list[0].points.subarray(3, 6)]);

		// A new run, or a jump of more than one step, shows the step at once.
		balls.show(2, 300, true);
		expect(balls.moving).toBe(false);
		balls.show(5, 300, false);
		expect(balls.moving).toBe(false);
		expect(balls.list[1].drawn).toBe(6);
	});

	it('keeps an unchanged run’s points and drops balls beyond the view’s', () => {
		const balls = createBalls();
		const { change } = viewChange(null, first);
		balls.sync(change.balls!, change.landscape!, true);
		const kept = balls.list[0].points;
		balls.sync([null], change.landscape!, false);
		expect(balls.list).toHaveLength(1);
		expect(balls.list[0].points).toBe(kept);
	});
});
