import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { test } from 'vitest';
import { api } from '$lib/engine/api';
import { labSplit } from '$lib/math/labData';
import { labInputs } from '$lib/math/labImage';
import { labLayout } from '$lib/math/labNetwork';
import { LAB_DEFAULTS, LabTrainer, type LabSettings } from '$lib/math/labTraining';
import { save, summarise, time, type Figure } from './stats.mjs';
import { labPictures } from '../tests/unit/labPictures';

/** A trainer on `perClass` synthetic pictures a class, with the lab's split. */
function trainer(perClass: number[], patch: Partial<LabSettings> = {}) {
	const settings = { ...LAB_DEFAULTS, ...patch };
	const { pixels, labels } = labPictures(perClass, 1);
	const split = labSplit(labels, perClass.length, settings.valFraction, settings.seed);
	const data = { x: labInputs(pixels), labels, classes: perClass.length };
	return new LabTrainer(data, split, settings);
}

/** A full garbage collection, so the memory figures count what is still referenced. */
function collect(): void {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}

const MB = 1024 * 1024;

test('lab: time per epoch and memory', async () => {
	const figures: Figure[] = [];
	// 200 + 200 pictures: 340 to train (170 + 170) and 60 to validate (30 + 30).
	for (const hidden of [16, 32, 48, 64]) {
		const t = trainer([200, 200], { hidden, epochs: 1_000_000 });
		figures.push(
			summarise(
				`one epoch, 340 train + 60 val, H = ${hidden}, batch 16, Adam`,
				'ms',
				time(() => t.trainEpoch(), 40, 5),
				hidden === 32 ? '≤ 100 ms' : undefined
			)
		);
	}
	figures.push(
		summarise(
			'50 epochs with the defaults (H = 32), 340 + 60, from a new trainer',
			'ms',
			time(() => trainer([200, 200]).run(50), 5, 1),
			'≤ 5000 ms'
		)
	);

	// Through the api, as the page calls it.
	const { pixels, labels } = labPictures([200, 200], 1);
	const settings = { ...LAB_DEFAULTS, epochs: 1000 };
	figures.push(
		summarise(
			'labOpen, 400 pictures (split, inputs, first snapshot)',
			'ms',
			time(
				() => void api.labOpen({ session: 'bench', pixels, labels, classes: 2, settings }),
				10,
				2
			)
		)
	);
	figures.push(
		summarise(
			'labTrain answer: 1 epoch + snapshot, 340 + 60',
			'ms',
			time(
				() => void api.labTrain({ session: 'bench', epochs: 1, budgetMs: 1, since: 1000 }),
				40,
				5
			)
		)
	);
	const one = pixels.slice(0, labPictures([1]).pixels.length);
	figures.push(
		summarise(
			'labPredict, one picture',
			'ms',
			time(() => void api.labPredict({ session: 'bench', pixels: one }), 200, 20)
		)
	);
	await api.labClose({ session: 'bench' });

	// Worker-side memory of a session of 500 pictures a class × 5 classes, H = 32.
	const big = labPictures([500, 500, 500, 500, 500], 2);
	collect();
	const before = process.memoryUsage();
	const opened = await api.labOpen({
		session: 'memory',
		pixels: big.pixels,
		labels: big.labels,
		classes: 5,
		settings: LAB_DEFAULTS
	});
	if (!opened.ok) throw new Error(opened.error.message);
	await api.labTrain({ session: 'memory', epochs: 1, budgetMs: 1, since: 0 });
	collect();
	const after = process.memoryUsage();
	const n = big.labels.length;
	const size = labLayout({ inputs: big.pixels.length / n, hidden: 32, classes: 5 }).size;
	// Inputs (Float32), labels ×3 (all, train, val), split indices, parameters, Adam's g, v, s and
	// look-ahead, the gradient-free validation probabilities.
	const typed = n * (big.pixels.length / n) * 4 + n * 3 + n * 4 + size * 8 * 5 + 375 * 5 * 8;
	figures.push(
		summarise('2500 pictures (5 × 500): heap growth', 'MB', [
			(after.heapUsed - before.heapUsed) / MB
		]),
		summarise('2500 pictures (5 × 500): array buffers growth', 'MB', [
			(after.arrayBuffers - before.arrayBuffers) / MB
		]),
		summarise('2500 pictures (5 × 500): typed arrays the session holds, counted', 'MB', [
			typed / MB
		]),
		summarise('2500 pictures (5 × 500): the request’s pixel bytes (not kept)', 'MB', [
			big.pixels.length / MB
		])
	);
	await api.labClose({ session: 'memory' });
	save('lab', figures);
});
