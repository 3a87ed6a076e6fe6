import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampPosition, type Position } from '../../src/lib/slides/navigation';
import { validStarts } from '../../src/lib/slides/split';
import { SlideSync, type Channel, type SyncHandlers } from '../../src/lib/slides/sync';

/**
 * A deck as deck.svelte.ts keeps one: it applies what the sync hands it through the same
 * clamping and checks, so the fuzz sees whether garbage on the channel can reach its state.
 */
function deck() {
	const reveals = [0, 2, 1, 0, 3];
	const count = 7;
	const state = {
		pos: { slide: 1, step: 1 } as Position,
		black: false,
		starts: [0, 1, 3, 4, 6],
		widgets: {} as Record<string, { params?: Record<string, string>; players: unknown[] }>,
		replies: 0
	};
	const handlers: SyncHandlers = {
		snapshot: () => ({ ...state.pos, black: state.black, starts: state.starts, widgets: {} }),
		apply: (s) => {
			if (validStarts(s.starts, count)) state.starts = s.starts;
			state.pos = clampPosition(s, reveals);
			state.black = s.black;
			state.widgets = s.widgets;
		},
		peer: () => {}
	};
	let onmessage: Channel['onmessage'] = null;
	const channel: Channel = {
		postMessage: () => state.replies++,
		close: () => {},
		get onmessage() {
			return onmessage;
		},
		set onmessage(f) {
			onmessage = f;
		}
	};
	const sync = new SlideSync(channel, handlers);
	return {
		state,
		reveals,
		count,
		sync,
		deliver: (data: unknown) => onmessage?.({ data } as MessageEvent)
	};
}

/** Values a hostile or broken window might put in any field. */
const junk = fc.oneof(
	fc.anything(),
	fc.integer(),
	fc.double(),
	fc.constantFrom(NaN, Infinity, -Infinity, -1, 2 ** 53, 1e308, '', '0', null, undefined),
	fc.string({ maxLength: 300 })
);
const types = fc.constantFrom('hello', 'state', 'x', '');

/** Messages shaped like the protocol's, with any field replaced by junk. */
const shaped = fc.record(
	{
		type: fc.oneof(types, junk),
		from: fc.oneof(fc.string({ maxLength: 60 }), junk),
		to: fc.oneof(fc.string({ maxLength: 60 }), junk),
		clock: fc.oneof(fc.integer({ min: -3, max: 2 ** 40 }), junk),
		slide: fc.oneof(fc.integer({ min: -5, max: 20_000 }), junk),
		step: fc.oneof(fc.integer({ min: -5, max: 20_000 }), junk),
		black: fc.oneof(fc.boolean(), junk),
		on: fc.oneof(fc.boolean(), junk),
		starts: fc.oneof(fc.array(fc.integer({ min: -3, max: 12 }), { maxLength: 8 }), junk),
		widgets: fc.oneof(
			fc.dictionary(
				fc.string({ maxLength: 25 }),
				fc.record(
					{
						params: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.string(), junk)), junk),
						players: fc.oneof(
							fc.array(
								fc.record({
									k: fc.oneof(fc.integer({ min: -2, max: 20_000 }), junk),
									playing: fc.oneof(fc.boolean(), junk)
								}),
								{ maxLength: 10 }
							),
							junk
						)
					},
					{ requiredKeys: [] }
				)
			),
			junk
		)
	},
	{ requiredKeys: [] }
);

describe('slide sync under garbage', () => {
	it('fuzz: no message throws or moves the deck to a place it does not have', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(junk, shaped), { maxLength: 20 }), (messages) => {
				const d = deck();
				for (const m of messages) {
					expect(() => d.deliver(m)).not.toThrow();
					const { pos, black, starts, widgets } = d.state;
					expect(Number.isInteger(pos.slide) && Number.isInteger(pos.step)).toBe(true);
					expect(pos.slide).toBeGreaterThanOrEqual(0);
					expect(pos.slide).toBeLessThan(d.reveals.length);
					expect(pos.step).toBeGreaterThanOrEqual(0);
					expect(pos.step).toBeLessThanOrEqual(d.reveals[pos.slide]);
					expect(typeof black).toBe('boolean');
					expect(validStarts(starts, d.count)).toBe(true);
					for (const { params, players } of Object.values(widgets)) {
						for (const v of Object.values(params ?? {})) expect(typeof v).toBe('string');
						for (const p of players as { k: number; playing: boolean }[]) {
							expect(Number.isInteger(p.k) && p.k >= 0).toBe(true);
							expect(typeof p.playing).toBe('boolean');
						}
					}
				}
			}),
			{ numRuns: 1000 }
		);
		// Some 10,000 messages: seconds on a busy two-core machine.
	}, 30_000);

	it('still follows a well-formed message after garbage', () => {
		const d = deck();
		for (const bad of [null, 'go', { type: 'go', from: 'x', slide: -1, step: 0 }]) d.deliver(bad);
		expect(d.state.pos).toEqual({ slide: 1, step: 1 });
		d.deliver({
			type: 'state',
			from: 'other',
			clock: 0,
			slide: 4,
			step: 99,
			black: false,
			starts: [0, 1, 3, 4, 6],
			widgets: {}
		});
		expect(d.state.pos).toEqual({ slide: 4, step: 3 });
	});
});
