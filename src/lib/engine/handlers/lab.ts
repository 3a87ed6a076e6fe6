import type * as v from 'valibot';
import { labSplit, labTooFew, type LabSplit } from '$lib/math/labData';
import { labInputs } from '$lib/math/labImage';
import { countAtThreshold } from '$lib/math/labThreshold';
import { LabTrainer } from '$lib/math/labTraining';
import { argmaxRows, classCounts, classSizes, confusionMatrix } from '$lib/math/metrics';
import {
	LAB_LIMITS,
	labOpenSchema,
	labPredictSchema,
	labRateSchema,
	labRecountSchema,
	labSessionSchema,
	labTrainSchema,
	type LabCheckpoint,
	type LabOpenAnswer,
	type LabSnapshot
} from '../labProtocol';
import type { Result } from '../result';
import { guarded } from '../validate';

interface Session {
	trainer: LabTrainer;
	split: LabSplit;
	/** Labels of the training and validation samples, in split order. */
	trainLabels: Uint8Array;
	valLabels: Uint8Array;
	/** What the last snapshot measured, kept until the weights change (the epoch moves on). */
	measured: { epoch: number; parts: Measured } | null;
	/** The confidence threshold the validation pictures are counted at. */
	threshold: number;
}

type Measured = Pick<LabSnapshot, 'perClass' | 'confusion' | 'valPred' | 'valConfidence'>;

// Runs live here, in the worker, between requests. Few at a time: each holds its pictures as
// network inputs (4 bytes an input, 6.9 kB a picture).
const sessions = new Map<string, Session>();

function remember(id: string, session: Session): void {
	sessions.delete(id);
	sessions.set(id, session);
	while (sessions.size > LAB_LIMITS.sessions) sessions.delete(sessions.keys().next().value!);
}

/** Validates `req` with `schema`, then answers what `handle` answers; a throw is an error. */
function answer<S extends v.GenericSchema, T>(
	schema: S,
	req: unknown,
	handle: (value: v.InferOutput<S>) => Result<T>
): Result<T> {
	const r = guarded(schema, req, handle);
	return r.ok ? r.value : r;
}

/** Runs `handle` on the session `id` names, or answers that the worker does not hold it. */
function withSession<T>(id: string, handle: (s: Session) => T): Result<T> {
	const s = sessions.get(id);
	if (!s) {
		return {
			ok: false,
			error: {
				code: 'lost',
				message: `The worker holds no lab session "${id}" (it may have restarted): open it again.`
			}
		};
	}
	remember(id, s);
	return { ok: true, value: handle(s) };
}

function gather(labels: Uint8Array, indices: Uint32Array): Uint8Array {
	const out = new Uint8Array(indices.length);
	for (let t = 0; t < indices.length; t++) out[t] = labels[indices[t]];
	return out;
}

/** Predictions of the current weights on both sides of the split, and their counts. */
function measure(s: Session): Measured {
	const t = s.trainer;
	const k = t.shape.classes;
	const train = argmaxRows(t.measure(s.split.train).probs, k);
	const val = argmaxRows(t.measure(s.split.val).probs, k);
	return {
		perClass: {
			train: classCounts(s.trainLabels, train.predicted, k),
			val: classCounts(s.valLabels, val.predicted, k)
		},
		confusion: {
			train: confusionMatrix(s.trainLabels, train.predicted, k),
			val: confusionMatrix(s.valLabels, val.predicted, k)
		},
		valPred: val.predicted,
		valConfidence: val.confidence
	};
}

/**
 * The run as the page draws it. Every array is a fresh copy: the worker transfers the answer's
 * buffers, which must not be the session's own.
 */
function snapshot(s: Session, since: number): LabSnapshot {
	const t = s.trainer;
	if (s.measured?.epoch !== t.epoch) s.measured = { epoch: t.epoch, parts: measure(s) };
	const m = s.measured.parts;
	// Cheap enough to count on every answer: a pass over the validation pictures.
	const val = countAtThreshold(
		s.valLabels,
		m.valPred,
		m.valConfidence,
		t.shape.classes,
		s.threshold
	);
	return {
		status: t.status,
		epoch: t.epoch,
		epochs: t.epochs,
		divergedAt: t.divergedAt,
		lr: t.lr,
		history: t.history.slice(since).map((h) => ({ ...h })),
		perClass: {
			train: m.perClass.train.map((c) => ({ ...c })),
			val: val.perClass
		},
		confusion: {
			train: m.confusion.train.map((row) => row.slice()),
			val: val.confusion
		},
		threshold: s.threshold,
		unsure: val.unsure,
		valPred: m.valPred.slice(),
		valConfidence: m.valConfidence.slice()
	};
}

/** Handlers for the lab: open a run on the reader's pictures, train it, ask it, save it. */
export const labHandlers = {
	/**
	 * Splits the pictures (or takes the checkpoint's split) and sets up the run. A class with
	 * fewer than LAB_MIN_PER_CLASS pictures is answered as a problem and changes nothing: a run
	 * already open under this name stays as it was.
	 */
	async labOpen(req: unknown): Promise<Result<LabOpenAnswer>> {
		return answer(
			labOpenSchema,
			req,
			({
				session,
				pixels,
				labels,
				classes,
				settings,
				resume,
				threshold
			}): Result<LabOpenAnswer> => {
				const problem = labTooFew(labels, classes);
				if (problem) return { ok: true, value: { kind: 'problem', problem } };
				const own = Uint8Array.from(labels);
				const split: LabSplit = resume
					? {
							train: resume.trainIndex.slice(),
							val: resume.valIndex.slice(),
							perClass: {
								train: classSizes(own, classes, resume.trainIndex),
								val: classSizes(own, classes, resume.valIndex)
							}
						}
					: labSplit(own, classes, settings.valFraction, settings.seed);
				const trainer = new LabTrainer(
					{ x: labInputs(pixels), labels: own, classes },
					split,
					settings
				);
				if (resume) {
					try {
						trainer.resume(resume);
					} catch (err) {
						const message = err instanceof Error ? err.message : String(err);
						return {
							ok: false,
							error: { code: 'invalid-input', message, issues: [`resume: ${message}`] }
						};
					}
				}
				const s: Session = {
					trainer,
					split,
					trainLabels: gather(own, split.train),
					valLabels: gather(own, split.val),
					measured: null,
					threshold
				};
				remember(session, s);
				return {
					ok: true,
					value: {
						kind: 'ready',
						trainIndex: split.train.slice(),
						valIndex: split.val.slice(),
						perClass: { train: [...split.perClass.train], val: [...split.perClass.val] },
						snapshot: snapshot(s, 0)
					}
				};
			}
		);
	},

	/**
	 * Trains up to `epochs` more epochs, stopping after the epoch during which `budgetMs` passed
	 * (at least one epoch a call, unless the run is finished), then answers the snapshot.
	 */
	async labTrain(req: unknown): Promise<Result<LabSnapshot>> {
		return answer(labTrainSchema, req, ({ session, epochs, budgetMs, since, budget }) =>
			withSession(session, (s) => {
				const t = s.trainer;
				if (budget !== undefined) t.setBudget(budget);
				const start = performance.now();
				for (let k = 0; k < epochs && !t.finished; k++) {
					t.trainEpoch();
					if (performance.now() - start > budgetMs) break;
				}
				return snapshot(s, since);
			})
		);
	},

	/**
	 * Counts the validation pictures again at a new confidence threshold, from the probabilities
	 * the current weights already gave: no training, no new forward pass.
	 */
	async labRecount(req: unknown): Promise<Result<LabSnapshot>> {
		return answer(labRecountSchema, req, ({ session, threshold, since }) =>
			withSession(session, (s) => {
				s.threshold = threshold;
				return snapshot(s, since);
			})
		);
	},

	/**
	 * Trains on at rate `lr` from the next update; weights, Adam's memory and the epoch count
	 * stay. A diverged run stays diverged.
	 */
	async labSetRate(req: unknown): Promise<Result<{ lr: number; epoch: number }>> {
		return answer(labRateSchema, req, ({ session, lr }) =>
			withSession(session, (s) => {
				s.trainer.setRate(lr);
				// Epochs train whole: the new rate counts from the next one, which a talk's other
				// window needs to know to train the same way (widgets/lab/follow.svelte.ts).
				return { lr: s.trainer.lr, epoch: s.trainer.epoch };
			})
		);
	},

	async labPredict(req: unknown): Promise<Result<{ probabilities: Float64Array }>> {
		return answer(labPredictSchema, req, ({ session, pixels }) =>
			withSession(session, (s) => ({ probabilities: s.trainer.predict(labInputs(pixels)) }))
		);
	},

	async labCheckpoint(req: unknown): Promise<Result<LabCheckpoint>> {
		return answer(labSessionSchema, req, ({ session }) =>
			withSession(session, (s) => s.trainer.checkpoint())
		);
	},

	async labClose(req: unknown): Promise<Result<{ closed: boolean }>> {
		return guarded(labSessionSchema, req, ({ session }) => ({ closed: sessions.delete(session) }));
	}
};
