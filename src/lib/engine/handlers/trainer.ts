import { parseCsv } from '$lib/math/csv';
import { trainerData, type Dataset } from '$lib/math/dataset';
import { accuracyPerClass, confusionMatrix, predictedClasses } from '$lib/math/metrics';
import { probabilityGrid, predict } from '$lib/math/model';
import { createRng } from '$lib/math/rng';
import { stratifiedSplit, subset } from '$lib/math/split';
import { isoPolylines } from '$lib/math/levelLines';
import { Trainer } from '$lib/math/training';
import type { Result } from '../result';
import {
	TRAINER_LIMITS,
	trainerCloseSchema,
	trainerOpenSchema,
	trainerRateSchema,
	trainerStepSchema,
	type SampleSet,
	type TrainerDataAnswer,
	type TrainerOpenAnswer,
	type TrainerRateAnswer,
	type TrainerSnapshot,
	type TrainerStepAnswer
} from '../trainerProtocol';
import { guarded } from '../validate';

interface Session {
	source: 'builtin' | 'csv';
	train: Dataset;
	val: Dataset;
	trainer: Trainer;
	gridSize: number;
	/** Feature means of the training data, where the grid holds features beyond the first two. */
	means: Float64Array;
	/** P(class 1) from which the guess is class 1. */
	threshold: number;
}

// Runs live here, in the worker, between requests. Few at a time: a page holds one or two.
const sessions = new Map<string, Session>();

function remember(id: string, session: Session): void {
	sessions.delete(id);
	sessions.set(id, session);
	while (sessions.size > TRAINER_LIMITS.sessions) sessions.delete(sessions.keys().next().value!);
}

function sampleSet(d: Dataset): SampleSet {
	return {
		n: d.n,
		x: d.x.slice(),
		y: d.y.slice(),
		kind: d.kind?.slice() ?? null,
		look: d.look?.slice() ?? null
	};
}

function featureMeans(d: Dataset): Float64Array {
	const m = new Float64Array(d.d);
	for (let i = 0; i < d.n; i++) for (let k = 0; k < d.d; k++) m[k] += d.x[i * d.d + k] / d.n;
	return m;
}

/** The current picture of a run: counters, new metrics, predictions, boundary, confusion. */
export function snapshot(
	s: Session,
	since: number,
	last: TrainerSnapshot['last'] = null,
	batchLosses: number[] = []
): TrainerSnapshot {
	const t = s.trainer;
	const names = s.train.classNames;
	const trainP = predict(t.spec, t.params, s.train.x, new Float64Array(s.train.n));
	const valP = predict(t.spec, t.params, s.val.x, new Float64Array(s.val.n));
	const trainGuess = predictedClasses(trainP, s.threshold);
	const valGuess = predictedClasses(valP, s.threshold);
	const grid = probabilityGrid(t.spec, t.params, s.gridSize, s.means);
	return {
		status: t.status,
		divergedAt: t.divergedAt,
		epoch: t.epoch,
		iterationInEpoch: t.iterationInEpoch,
		iteration: t.iteration,
		iterationsPerEpoch: t.iterationsPerEpoch,
		epochs: t.settings.epochs,
		threshold: s.threshold,
		lr: t.lr,
		rateChanges: t.rateChanges.map((c) => ({ ...c })),
		history: t.history.slice(since),
		batchLosses: Float32Array.from(batchLosses),
		stopped: t.stopped && { at: t.stopped.at, best: { ...t.stopped.best } },
		grid,
		gridSize: s.gridSize,
		// Marching squares here, so that the page only maps the line to pixels.
		boundary: isoPolylines(grid, s.gridSize, s.threshold),
		trainP: Float32Array.from(trainP),
		valP: Float32Array.from(valP),
		perClass: {
			train: accuracyPerClass(s.train.y, trainGuess, names),
			val: accuracyPerClass(s.val.y, valGuess, names)
		},
		confusion: {
			train: confusionMatrix(s.train.y, trainGuess),
			val: confusionMatrix(s.val.y, valGuess)
		},
		last,
		checkpoint: t.checkpoint()
	};
}

/** Handlers for the trainer widget: open a run, step it in chunks, change its rate, close it. */
export const trainerHandlers = {
	async trainerOpen(req: unknown): Promise<Result<TrainerOpenAnswer>> {
		return guarded(
			trainerOpenSchema,
			req,
			({ session, data, settings, grid, resume, threshold }): TrainerOpenAnswer => {
				const old = sessions.get(session);
				let train: Dataset;
				let val: Dataset;
				let source: 'builtin' | 'csv';
				if (data?.source === 'csv') {
					const parsed = parseCsv(data.text);
					// A bad file changes nothing: the run and its data stay as they were.
					if (!parsed.ok) return { kind: 'problem', problem: parsed.problem };
					const split = stratifiedSplit(parsed.data.y, data.valFraction, createRng(data.seed + 1));
					train = subset(parsed.data, split.train);
					val = subset(parsed.data, split.val);
					source = 'csv';
				} else if (data) {
					({ train, val } = trainerData({
						seed: data.seed,
						variant: data.variant,
						valFraction: data.valFraction
					}));
					source = 'builtin';
				} else if (old) {
					({ train, val, source } = old);
				} else {
					({ train, val } = trainerData({ seed: settings.seed }));
					source = 'builtin';
				}
				const trainer = new Trainer(train, val, settings);
				// Throws (an error answer) when the checkpoint does not fit this data and settings.
				if (resume) trainer.resume(resume.checkpoint, resume.history);
				const s: Session = {
					source,
					train,
					val,
					trainer,
					gridSize: grid,
					means: featureMeans(train),
					threshold: threshold ?? old?.threshold ?? 0.5
				};
				remember(session, s);
				const dataAnswer: TrainerDataAnswer | null =
					data || !old
						? {
								source,
								d: train.d,
								featureNames: train.featureNames,
								classNames: train.classNames,
								ranges: train.ranges,
								train: sampleSet(train),
								val: sampleSet(val)
							}
						: null;
				return { kind: 'ready', data: dataAnswer, snapshot: snapshot(s, 0) };
			}
		);
	},

	async trainerStep(req: unknown): Promise<Result<TrainerStepAnswer>> {
		return guarded(
			trainerStepSchema,
			req,
			({ session, unit, count, budgetMs, since, detail, threshold }) => {
				const s = sessions.get(session);
				if (!s) return { kind: 'lost' as const };
				remember(session, s);
				if (threshold !== undefined) s.threshold = threshold;
				const t = s.trainer;
				const start = performance.now();
				let last: TrainerSnapshot['last'] = null;
				// Every update's batch loss, an epoch's worth too, so the page can draw them all.
				const losses: number[] = [];
				for (let k = 0; k < count && !t.finished; k++) {
					let r;
					do {
						r = t.stepIteration(detail && unit === 'iteration');
						if (r) losses.push(r.batchLoss);
					} while (unit === 'epoch' && r && !r.epochEnded && !t.finished);
					if (r && r.before && r.after) {
						const index = r.batch[0];
						last = { index, label: s.train.y[index], before: r.before[0], after: r.after[0] };
					}
					if (performance.now() - start > budgetMs) break;
				}
				return { kind: 'snapshot' as const, snapshot: snapshot(s, since, last, losses) };
			}
		);
	},

	/**
	 * Trains on at a new rate from the next update: weights, optimizer memory and counters stay.
	 * Messages reach the worker in the order they were sent, so a step asked for after this one
	 * already uses the new rate, and one asked for before it never sees it.
	 */
	async trainerSetRate(req: unknown): Promise<Result<TrainerRateAnswer>> {
		return guarded(trainerRateSchema, req, ({ session, lr }): TrainerRateAnswer => {
			const s = sessions.get(session);
			if (!s) return { kind: 'lost' };
			remember(session, s);
			const t = s.trainer;
			if (t.finished) return { kind: 'finished', status: t.status, lr: t.lr };
			t.setRate(lr);
			return {
				kind: 'rate',
				lr: t.lr,
				epoch: t.epoch,
				iterationInEpoch: t.iterationInEpoch,
				iteration: t.iteration,
				rateChanges: t.rateChanges.map((c) => ({ ...c }))
			};
		});
	},

	async trainerClose(req: unknown): Promise<Result<true>> {
		return guarded(trainerCloseSchema, req, ({ session }) => {
			sessions.delete(session);
			return true as const;
		});
	}
};
