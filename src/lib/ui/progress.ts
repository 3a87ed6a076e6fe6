/**
 * The reader's progress, kept in this browser only: lessons read, self-check answers and the
 * predictions made before a step (<Predict>), and the challenges done in a widget (<Challenge>).
 */
export interface Progress {
	read: string[];
	/** Quiz id → whether the last answer was right. */
	answers: Record<string, boolean>;
	/** Prediction id → the option chosen, or SKIPPED for "just show me". */
	predictions: Record<string, number>;
	/** Ids of the challenges the reader has completed, the newest first. */
	challenges: string[];
}

/** A prediction the reader skipped ("just show me"): the step opens, no option was chosen. */
export const SKIPPED = -1;
/** A prediction has at most this many options (2–4). */
const MAX_OPTIONS = 4;

/** The lessons and self-checks the course has, from the build (the language layout's data). */
export interface KnownProgress {
	slugs: readonly string[];
	quizIds: readonly string[];
	/** Every <Challenge> id in the course; without it, any id-shaped one is kept. */
	challengeIds?: readonly string[];
}

const KEY = 'descent:progress';

/**
 * The most entries kept of each kind when the course's own list is not at hand (a lesson page
 * saving one more): ten times the course, so a full course fits and a flood never grows.
 */
const MAX_ENTRIES = 500;
/** Slugs and quiz ids are short words with hyphens (content/lessons/NN-slug, <Quiz id="…">). */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/i;

/**
 * What storage held, reduced to what can be progress: strings that look like ids, each once,
 * and answers that are true or false. Given the course's lists, only its own lessons and
 * questions count; anything else (nulls, objects, unknown or fake ids) is dropped.
 */
export function validProgress(raw: unknown, known?: KnownProgress): Progress {
	const record = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
	const slugs = known ? new Set(known.slugs) : null;
	const quizIds = known ? new Set(known.quizIds) : null;
	const challengeIds = known?.challengeIds ? new Set(known.challengeIds) : null;
	const fits = (id: unknown, set: Set<string> | null): id is string =>
		typeof id === 'string' && (set ? set.has(id) : ID.test(id));

	const read = Array.isArray(record.read)
		? [...new Set(record.read.filter((x) => fits(x, slugs)))].slice(0, MAX_ENTRIES)
		: [];
	const pairs =
		record.answers !== null && typeof record.answers === 'object' && !Array.isArray(record.answers)
			? Object.entries(record.answers).filter(
					(p): p is [string, boolean] => fits(p[0], quizIds) && typeof p[1] === 'boolean'
				)
			: [];
	// Predictions are not counted anywhere, so any id-shaped key will do, even with the lists.
	const guesses =
		record.predictions !== null &&
		typeof record.predictions === 'object' &&
		!Array.isArray(record.predictions)
			? Object.entries(record.predictions).filter(
					(p): p is [string, number] =>
						fits(p[0], null) &&
						Number.isInteger(p[1]) &&
						(p[1] as number) >= SKIPPED &&
						(p[1] as number) < MAX_OPTIONS
				)
			: [];
	const challenges = Array.isArray(record.challenges)
		? [...new Set(record.challenges.filter((x) => fits(x, challengeIds)))].slice(0, MAX_ENTRIES)
		: [];
	// fromEntries defines own properties, so an id like "__proto__" cannot reach the prototype.
	return {
		read,
		answers: Object.fromEntries(pairs.slice(0, MAX_ENTRIES)),
		predictions: Object.fromEntries(guesses.slice(0, MAX_ENTRIES)),
		challenges
	};
}

/** The stored progress; with the course's lists, only what belongs to this course. */
export function loadProgress(known?: KnownProgress): Progress {
	try {
		return validProgress(JSON.parse(localStorage.getItem(KEY) ?? '{}'), known);
	} catch {
		return { read: [], answers: {}, predictions: {}, challenges: [] };
	}
}

function save(p: Progress): void {
	try {
		localStorage.setItem(KEY, JSON.stringify(p));
	} catch {
		// Private mode or a full store: progress is a nicety, the lesson goes on.
	}
}

// The newest entry goes first, so a store filled to MAX_ENTRIES with stale ids still keeps it.
export function markRead(slug: string): void {
	const p = loadProgress();
	save({ ...p, read: [slug, ...p.read.filter((s) => s !== slug)] });
}

export function recordAnswer(id: string, correct: boolean): void {
	const p = loadProgress();
	const rest = Object.entries(p.answers).filter(([k]) => k !== id);
	save({ ...p, answers: Object.fromEntries([[id, correct], ...rest]) });
}

/** Keeps the reader's prediction (an option's index, or SKIPPED), the newest first. */
export function recordPrediction(id: string, choice: number): void {
	const p = loadProgress();
	const rest = Object.entries(p.predictions).filter(([k]) => k !== id);
	save({ ...p, predictions: Object.fromEntries([[id, choice], ...rest]) });
}

/** The prediction the reader made here before, if any. */
export function loadPrediction(id: string): number | undefined {
	const { predictions } = loadProgress();
	return Object.hasOwn(predictions, id) ? predictions[id] : undefined;
}

/** Keeps a challenge as done, the newest first. */
export function markChallengeDone(id: string): void {
	const p = loadProgress();
	save({ ...p, challenges: [id, ...p.challenges.filter((c) => c !== id)] });
}

/** Whether the reader completed this challenge before. */
export function challengeDone(id: string): boolean {
	return loadProgress().challenges.includes(id);
}
