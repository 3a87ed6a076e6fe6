/** The reader's progress, kept in this browser only: lessons read and self-check answers. */
export interface Progress {
	read: string[];
	/** Quiz id → whether the last answer was right. */
	answers: Record<string, boolean>;
}

const KEY = 'descent:progress';

export function loadProgress(): Progress {
	try {
		const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Progress>;
		const read = Array.isArray(raw.read) ? raw.read.filter((x) => typeof x === 'string') : [];
		const answers: Record<string, boolean> = {};
		if (raw.answers && typeof raw.answers === 'object') {
			for (const [k, v] of Object.entries(raw.answers)) if (typeof v === 'boolean') answers[k] = v;
		}
		return { read, answers };
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

export function markRead(slug: string): void {
	const p = loadProgress();
	if (!p.read.includes(slug)) p.read.push(slug);
	save(p);
}

export function recordAnswer(id: string, correct: boolean): void {
	const p = loadProgress();
	p.answers[id] = correct;
	save(p);
}
