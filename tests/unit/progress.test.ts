import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { challengeIdsIn, lessonsIn, quizIdsIn } from '../../src/lib/content/catalog.server';
import {
	loadProgress,
	loadPrediction,
	markRead,
	recordAnswer,
	recordPrediction,
	markChallengeDone,
	challengeDone,
	SKIPPED,
	validProgress,
	type KnownProgress
} from '../../src/lib/ui/progress';

const known: KnownProgress = {
	slugs: lessonsIn('en').map((l) => l.slug),
	quizIds: quizIdsIn('en'),
	challengeIds: Object.values(challengeIdsIn('en')).flat()
};

/** A localStorage of one key's worth, as the browser's. */
function fakeStorage(initial: string | null) {
	const store = new Map<string, string>();
	if (initial !== null) store.set('descent:progress', initial);
	vi.stubGlobal('localStorage', {
		getItem: (k: string) => store.get(k) ?? null,
		setItem: (k: string, v: string) => void store.set(k, v)
	});
	return store;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('the course’s lists from the build', () => {
	it('hold every lesson and its three self-checks, the same in both languages', () => {
		expect(known.slugs.length).toBeGreaterThanOrEqual(9);
		expect(known.quizIds.length).toBe(3 * known.slugs.length);
		expect(quizIdsIn('zh-TW').sort()).toEqual([...known.quizIds].sort());
		expect(known.quizIds).toContain('gd-sign');
	});
});

describe('validProgress', () => {
	it('keeps the course’s own lessons and answers', () => {
		const p = validProgress(
			{ read: ['neuron', 'loss'], answers: { 'gd-sign': true, 'gd-step': false } },
			known
		);
		expect(p).toEqual({
			read: ['neuron', 'loss'],
			answers: { 'gd-sign': true, 'gd-step': false },
			predictions: {},
			challenges: []
		});
	});

	it('drops nulls, objects, unknown slugs and duplicates', () => {
		const p = validProgress(
			{
				read: [null, { slug: 'neuron' }, 'neuron', 'neuron', 'not-a-lesson', 7, ['loss']],
				answers: { 'gd-sign': 'yes', 'gd-step': null, 'fake-quiz': true, 'bp-sign': true }
			},
			known
		);
		expect(p).toEqual({
			read: ['neuron'],
			answers: { 'bp-sign': true },
			predictions: {},
			challenges: []
		});
	});

	it('turns 50,000 fake slugs into none, and nulls or arrays at the top into empty progress', () => {
		const flood = Array.from({ length: 50_000 }, (_, i) => `fake-${i}`);
		expect(validProgress({ read: flood, answers: {} }, known).read).toEqual([]);
		for (const raw of [null, 42, 'x', [], { read: null, answers: [] }, { answers: 'x' }]) {
			expect(validProgress(raw, known)).toEqual({
				read: [],
				answers: {},
				predictions: {},
				challenges: []
			});
		}
	});

	it('without the course’s lists still bounds what it keeps and never touches a prototype', () => {
		const flood = Array.from({ length: 50_000 }, (_, i) => `fake-${i}`);
		const p = validProgress(
			JSON.parse('{"read": [], "answers": {"__proto__": true, "ok-id": true}}') as unknown
		);
		expect(Object.getPrototypeOf(p.answers)).toBe(Object.prototype);
		expect(validProgress({ read: flood }).read.length).toBeLessThanOrEqual(500);
		expect(validProgress({ read: ['<img src=x>', 'a'.repeat(500), 'neuron'] }).read).toEqual([
			'neuron'
		]);
	});

	it('fuzz: whatever storage holds, only known ids survive, each once', () => {
		const id = fc.oneof(fc.constantFrom(...known.slugs, ...known.quizIds), fc.string());
		const value = fc.oneof(fc.boolean(), fc.constant(null), fc.integer(), fc.string(), fc.object());
		const raw = fc.oneof(
			fc.anything(),
			fc.record(
				{
					read: fc.oneof(fc.array(fc.oneof(id, value)), value),
					answers: fc.oneof(fc.dictionary(id, value), value)
				},
				{ requiredKeys: [] }
			)
		);
		fc.assert(
			fc.property(raw, (r) => {
				const p = validProgress(r, known);
				expect(new Set(p.read).size).toBe(p.read.length);
				expect(p.read.every((s) => known.slugs.includes(s))).toBe(true);
				expect(p.read.length).toBeLessThanOrEqual(known.slugs.length);
				for (const [k, v] of Object.entries(p.answers)) {
					expect(known.quizIds).toContain(k);
					expect(typeof v).toBe('boolean');
				}
			}),
			{ numRuns: 2000 }
		);
	}, 30_000);
});

describe('loadProgress, markRead and recordAnswer', () => {
	it('read corrupt JSON as no progress and never throw', () => {
		for (const text of ['{', 'null', '"x"', '[1,2]', '{"read":{"0":"neuron"}}']) {
			fakeStorage(text);
			expect(loadProgress(known)).toEqual({
				read: [],
				answers: {},
				predictions: {},
				challenges: []
			});
		}
	});

	it('keep a newly read lesson even when storage is full of stale ids', () => {
		const flood = Array.from({ length: 2000 }, (_, i) => `fake-${i}`);
		const store = fakeStorage(JSON.stringify({ read: flood, answers: {} }));
		markRead('neuron');
		recordAnswer('gd-sign', true);
		expect(JSON.parse(store.get('descent:progress')!).read.length).toBeLessThanOrEqual(500);
		expect(loadProgress(known)).toEqual({
			read: ['neuron'],
			answers: { 'gd-sign': true },
			predictions: {},
			challenges: []
		});
	});

	it('keep a prediction beside the answers, and each other entry as it was', () => {
		const store = fakeStorage(JSON.stringify({ read: ['loss'], answers: { 'gd-sign': false } }));
		expect(loadPrediction('lr-valley')).toBeUndefined();
		recordPrediction('lr-valley', 2);
		recordPrediction('gd-bumpy', SKIPPED);
		markRead('neuron');
		recordAnswer('gd-sign', true);
		expect(loadPrediction('lr-valley')).toBe(2);
		expect(loadPrediction('gd-bumpy')).toBe(SKIPPED);
		expect(loadPrediction('toString')).toBeUndefined();
		expect(JSON.parse(store.get('descent:progress')!)).toEqual({
			read: ['neuron', 'loss'],
			answers: { 'gd-sign': true },
			predictions: { 'gd-bumpy': SKIPPED, 'lr-valley': 2 },
			challenges: []
		});
	});
});

describe('stored predictions', () => {
	it('keep an option index (0–3) or "skipped", under an id-shaped key', () => {
		const raw = JSON.parse(
			`{"predictions": {"a": 0, "b": 3, "c": -1, "d": 4, "e": -2, "f": 1.5, "g": "1",
			"h": null, "__proto__": 1, "<x>": 1}}`
		) as unknown;
		const p = validProgress(raw, known);
		expect(p.predictions).toEqual({ a: 0, b: 3, c: SKIPPED });
		expect(Object.getPrototypeOf(p.predictions)).toBe(Object.prototype);
		expect(validProgress({ predictions: [1, 2] }).predictions).toEqual({});
	});
});

describe('challenges done', () => {
	it('the course lists each lesson’s challenges, the same ids in both languages', () => {
		const en = challengeIdsIn('en');
		expect(challengeIdsIn('zh-TW')).toEqual(en);
		expect(known.challengeIds?.length).toBeGreaterThanOrEqual(7);
	});

	it('keep only known challenge ids, each once, and drop what is not a list of ids', () => {
		const p = validProgress(
			{ challenges: ['lr-valley-limit', 'lr-valley-limit', 'fake-one', null, 7, { id: 'x' }] },
			known
		);
		expect(p.challenges).toEqual(['lr-valley-limit']);
		for (const challenges of [null, 'lr-valley-limit', { 0: 'lr-valley-limit' }, 3]) {
			expect(validProgress({ challenges }, known).challenges).toEqual([]);
		}
		const flood = Array.from({ length: 50_000 }, (_, i) => `fake-${i}`);
		expect(validProgress({ challenges: flood }).challenges.length).toBeLessThanOrEqual(500);
	});

	it('are remembered beside the rest, the newest first, and read back', () => {
		const store = fakeStorage(JSON.stringify({ read: ['loss'], answers: { 'gd-sign': true } }));
		expect(challengeDone('neuron-output')).toBe(false);
		markChallengeDone('neuron-output');
		markChallengeDone('lr-valley-limit');
		markChallengeDone('neuron-output');
		expect(challengeDone('neuron-output')).toBe(true);
		const saved = JSON.parse(store.get('descent:progress')!);
		expect(saved.challenges).toEqual(['neuron-output', 'lr-valley-limit']);
		expect(loadProgress(known)).toMatchObject({ read: ['loss'], answers: { 'gd-sign': true } });
	});
});
