import { test } from 'vitest';
import { api } from '$lib/engine/api';
import { optimizerIds } from '$lib/math/ids';
import { save, summarise, time, type Figure } from './stats.mjs';

// The engine's cost as the worker pays it: through the api, validation included.
test('engine: trajectories and grids', async () => {
	const figures: Figure[] = [];
	for (const id of optimizerIds) {
		const samples = time(() => {
			// Rosenbrock from (−1.2, 1) at a rate that neither converges nor diverges in 1,000 steps.
			api.descendSurface({
				surface: 'rosenbrock',
				optimizer: { id, lr: id === 'adam' || id === 'rmsprop' ? 0.001 : 0.0002 },
				start: [-1.2, 1],
				maxSteps: 1000
			});
		});
		figures.push(summarise(`1,000-step trajectory (${id}, Rosenbrock)`, 'ms', samples));
	}
	figures.push(
		summarise(
			'128×128 surface grid (Himmelblau)',
			'ms',
			time(() => api.sampleSurface({ surface: 'himmelblau', n: 128 }))
		)
	);
	save('engine', figures);
});
