import { test } from 'vitest';
import { api } from '$lib/engine/api';
import { trainerData } from '$lib/math/dataset';
import { Trainer, type TrainSettings } from '$lib/math/training';
import { save, summarise, time, type Figure } from './stats.mjs';

const base: TrainSettings = {
	model: 'mlp',
	hidden: 8,
	activation: 'tanh',
	loss: 'bce',
	optimizer: 'gd',
	lr: 0.2,
	batchSize: 16,
	epochs: 1_000_000,
	seed: 1
};

// One epoch on the trainer's 340 training samples, with the metrics on training and
// validation data measured after it, as the worker does it between two answers.
test('trainer: time per epoch on 340 samples', async () => {
	const { train, val } = trainerData({ seed: 1 });
	const figures: Figure[] = [];
	const cases: [string, Partial<TrainSettings>][] = [
		['logistic regression, batch 16', { model: 'logistic' }],
		['MLP 8 hidden, batch 16', {}],
		['MLP 8 hidden, batch 1', { batchSize: 1 }],
		['MLP 32 hidden, batch 16', { hidden: 32 }],
		['MLP 8 hidden, batch 16, Adam', { optimizer: 'adam', lr: 0.01 }]
	];
	for (const [name, patch] of cases) {
		const t = new Trainer(train, val, { ...base, ...patch });
		figures.push(
			summarise(
				`one epoch: ${name}`,
				'ms',
				time(() => t.stepEpoch(), 50, 5)
			)
		);
	}
	// What the page waits for: 100 epochs streamed through the api in chunks of 5 epochs,
	// each answer carrying predictions, the 41×41 boundary grid and the confusion matrices.
	const hundred = time(
		() => {
			void api.trainerOpen({
				session: 'bench',
				data: { source: 'builtin', variant: 'fair', valFraction: 0.15, seed: 1 },
				settings: { ...base, epochs: 100 },
				grid: 41
			});
			for (let k = 0; k < 20; k++) {
				void api.trainerStep({
					session: 'bench',
					unit: 'epoch',
					count: 5,
					budgetMs: 1000,
					since: 0,
					detail: false
				});
			}
		},
		10,
		2
	);
	figures.push(summarise('100 epochs (MLP 8) in 20 answers, through the api', 'ms', hundred));
	const oneAnswer = time(() => {
		void api.trainerStep({
			session: 'bench',
			unit: 'iteration',
			count: 1,
			budgetMs: 1000,
			since: 100,
			detail: true
		});
	});
	figures.push(summarise('one answer (1 iteration + snapshot)', 'ms', oneAnswer));
	save('trainer', figures);
});
