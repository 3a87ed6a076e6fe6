import { test } from 'vitest';
import { api } from '$lib/engine/api';
import { optimizerIds } from '$lib/math/ids';
import { save, summarise, time, type Figure } from './stats.mjs';

// The engine's cost as the worker pays it for the 3D surface: through the api, validation and
// the per-step verdicts included.
test('engine: trajectories and grids', async () => {
	const figures: Figure[] = [];
	for (const id of optimizerIds) {
		const samples = time(() => {
			// Rosenbrock from (−1.2, 1) at a rate that neither converges nor diverges in 1,000 steps.
			api.descendLandscape({
				surface: 'rosenbrock',
				optimizer: { id, lr: id === 'adam' || id === 'rmsprop' ? 0.001 : 0.0002 },
				start: [-1.2, 1],
				maxSteps: 1000
			});
		});
		figures.push(summarise(`1,000-step run (${id}, Rosenbrock)`, 'ms', samples));
	}
	figures.push(
		summarise(
			'128×128 surface grid (Himmelblau)',
			'ms',
			time(() => api.sampleLandscape({ surface: 'himmelblau', n: 128 }))
		),
		summarise(
			'128×128 surface grid (neuron, cross-entropy)',
			'ms',
			time(() => api.sampleLandscape({ surface: 'neuronBce', n: 128 }))
		)
	);
	save('engine', figures);
});
