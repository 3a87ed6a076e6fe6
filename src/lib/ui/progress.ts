/** The reader's progress, kept in this browser only: lessons read and self-check answers. */
export interface Progress {
	read: string[];
	/** Quiz id → whether the last answer was right. */
	answers: Record<string, boolean>;
}

/** The lessons and self-checks the course has, from the build (the language layout's data). */
export interface KnownProgress {
	slugs: readonly string[];
	quizIds: readonly string[];
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
	// fromEntries defines own properties, so an id like "__proto__" cannot reach the prototype.
	return { read, answers: Object.fromEntries(pairs.slice(0, MAX_ENTRIES)) };
}

/** The stored progress; with the course's lists, only what belongs to this course. */
export function loadProgress(known?: KnownProgress): Progress {
	try {
		return validProgress(JSON.parse(localStorage.getItem(KEY) ?? '{}'), known);
	} catch {
		return { read: [], answers: {} };
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
