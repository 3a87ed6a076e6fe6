import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
	MAX_RATES,
	SEND_MS,
	SlideSync,
	type Channel,
	type DeckState,
	type SyncHandlers
} from '../../src/lib/slides/sync';

/**
 * Channels that deliver to every other channel of the same bus, like windows do. Messages wait
 * in a queue until `flush`, so a test can deliver them late, in a burst, or twice.
 */
function bus() {
	const channels: Channel[] = [];
	const queue: { to: Channel; data: unknown }[] = [];
	const open = () => {
		const channel: Channel = {
			onmessage: null,
			postMessage(message) {
				for (const other of channels)
					if (other !== channel) queue.push({ to: other, data: structuredClone(message) });
			},
			close() {
				channels.splice(channels.indexOf(channel), 1);
			}
		};
		channels.push(channel);
		return channel;
	};
	const flush = () => {
		while (queue.length) {
			const { to, data } = queue.shift()!;
			to.onmessage?.({ data } as MessageEvent);
		}
	};
	return { open, flush, queue };
}

const start = (): DeckState => ({
	slide: 0,
	step: 0,
	black: false,
	starts: [0, 1, 3],
	widgets: {}
});

/** A window: its state, changed the way a reader changes it, and what the sync applied. */
function windowOf(open: () => Channel, state = start()) {
	const applied: DeckState[] = [];
	const handlers: SyncHandlers = {
		snapshot: () => structuredClone(state),
		apply: (s) => {
			applied.push(s);
			state = structuredClone(s);
		},
		peer: () => {}
	};
	const sync = new SlideSync(open(), handlers);
	return {
		sync,
		applied,
		get state() {
			return state;
		},
		/** The reader acts here: `change` edits the state, as their key or click would. */
		act(change: (s: DeckState) => void) {
			sync.lead();
			change(state);
			sync.changed();
		},
		/** The page changes by itself (a playing widget's next step). */
		drift(change: (s: DeckState) => void) {
			change(state);
			sync.changed();
		}
	};
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Lets the senders' timers run and every message arrive. */
function settle(b: ReturnType<typeof bus>) {
	vi.advanceTimersByTime(SEND_MS);
	b.flush();
}

describe('syncing windows by state', () => {
	test('a new window adopts the state of the one already open', () => {
		const b = bus();
		const presenter = windowOf(b.open, {
			...start(),
			slide: 2,
			step: 1,
			starts: [0, 2, 4, 5],
			widgets: { w0: { params: { lr: '0.5' }, players: [{ k: 3, playing: false }] } }
		});
		const audience = windowOf(b.open);
		audience.sync.hello();
		b.flush();
		expect(audience.state).toEqual(presenter.state);
		expect(presenter.applied).toEqual([]);
		expect(presenter.sync.hasPeer && audience.sync.hasPeer).toBe(true);
		// The presenter's first change after answering is news to the new window.
		presenter.act((s) => (s.slide = 3));
		settle(b);
		expect(audience.state.slide).toBe(3);
	});

	test('what the leading window shows, the others show, one send for a burst of changes', () => {
		const b = bus();
		const presenter = windowOf(b.open);
		const audience = windowOf(b.open);
		presenter.act((s) => (s.slide = 3));
		presenter.act((s) => (s.widgets.w1 = { params: { lr: '2.1' }, players: [] }));
		presenter.act((s) => (s.black = true));
		vi.advanceTimersByTime(SEND_MS - 1);
		expect(b.queue).toEqual([]);
		settle(b);
		expect(audience.applied).toHaveLength(1);
		expect(audience.state).toEqual(presenter.state);
	});

	test('a run’s place travels whole: its update, speed and the course of its rates', () => {
		const b = bus();
		const presenter = windowOf(b.open);
		const audience = windowOf(b.open);
		const rates = [
			{ at: 0, lr: 0.5 },
			{ at: 130, lr: 2 }
		];
		presenter.act(
			(s) => (s.widgets.w0 = { players: [{ k: 70_000, playing: true, speed: 30, rates }] })
		);
		settle(b);
		expect(audience.state.widgets.w0.players).toEqual([
			{ k: 70_000, playing: true, speed: 30, rates }
		]);
		// A course longer than any run records is not a state: it is dropped, not half taken.
		const long = Array.from({ length: MAX_RATES + 1 }, (_, i) => ({ at: i, lr: 1 }));
		presenter.act((s) => (s.widgets.w0 = { players: [{ k: 1, playing: false, rates: long }] }));
		settle(b);
		expect(audience.state.widgets.w0.players[0].k).toBe(70_000);
	});

	test('the drift of issue 24: a rate, then two steps a second later, leave both at step 2', () => {
		const b = bus();
		const presenter = windowOf(b.open);
		const audience = windowOf(b.open);
		const w = () => presenter.state.widgets.w0;
		presenter.act(
			(s) => (s.widgets.w0 = { params: { lr: '0.1' }, players: [{ k: 0, playing: false }] })
		);
		settle(b);
		presenter.act(() => (w().params = { lr: '0.5' }));
		// The second window is slow: the rate arrives after both steps were sent.
		vi.advanceTimersByTime(SEND_MS);
		const late = b.queue.splice(0);
		vi.advanceTimersByTime(1000);
		presenter.act(() => (w().players[0].k = 1));
		settle(b);
		presenter.act(() => (w().players[0].k = 2));
		settle(b);
		b.queue.push(...late);
		b.flush();
		expect(audience.state.widgets.w0).toEqual({
			params: { lr: '0.5' },
			players: [{ k: 2, playing: false }]
		});
	});

	test('a following window sends nothing of its own, even while its page changes', () => {
		const b = bus();
		const presenter = windowOf(b.open);
		const audience = windowOf(b.open);
		presenter.act((s) => (s.widgets.w0 = { players: [{ k: 0, playing: true }] }));
		settle(b);
		audience.drift((s) => (s.widgets.w0.players[0].k = 5));
		settle(b);
		expect(presenter.applied).toEqual([]);
		// The presenter's own next step still reaches it.
		presenter.drift((s) => (s.widgets.w0.players[0].k = 1));
		settle(b);
		expect(audience.state.widgets.w0.players[0].k).toBe(1);
	});

	test('the reader acting in the audience window makes it lead; the presenter follows', () => {
		const b = bus();
		const presenter = windowOf(b.open);
		const audience = windowOf(b.open);
		presenter.act((s) => (s.slide = 2));
		settle(b);
		audience.act((s) => (s.step = 1));
		settle(b);
		expect(presenter.state).toEqual(audience.state);
		expect(presenter.sync.leading).toBe(false);
		// Now the presenter's page drifting sends nothing, and the audience's does.
		presenter.drift((s) => (s.black = true));
		settle(b);
		expect(audience.state.black).toBe(false);
	});

	test('a key that changes nothing sends nothing, so it cannot undo the other reader', () => {
		const b = bus();
		const presenter = windowOf(b.open);
		const audience = windowOf(b.open);
		presenter.act((s) => (s.slide = 5));
		settle(b);
		presenter.sync.lead();
		vi.advanceTimersByTime(SEND_MS);
		expect(b.queue).toEqual([]);
		audience.act((s) => (s.slide = 3));
		settle(b);
		expect(presenter.state.slide).toBe(3);
	});

	test('two readers acting at once end on the same state, whichever it is', () => {
		const b = bus();
		const one = windowOf(b.open);
		const two = windowOf(b.open);
		one.act((s) => (s.slide = 1));
		two.act((s) => (s.slide = 2));
		settle(b);
		settle(b);
		expect(one.state).toEqual(two.state);
	});

	test('an old state delivered again, or twice, changes nothing', () => {
		const b = bus();
		const presenter = windowOf(b.open);
		const audience = windowOf(b.open);
		presenter.act((s) => (s.slide = 1));
		vi.advanceTimersByTime(SEND_MS);
		const first = [...b.queue];
		b.flush();
		presenter.act((s) => (s.slide = 2));
		settle(b);
		b.queue.push(...first, ...first);
		b.flush();
		expect(audience.state.slide).toBe(2);
		expect(audience.applied).toHaveLength(2);
	});

	test('malformed messages and answers meant for another window are dropped', () => {
		const applied: DeckState[] = [];
		const sync = new SlideSync(null, {
			snapshot: start,
			apply: (s) => applied.push(s),
			peer: () => {}
		});
		const good = { type: 'state', from: 'x', clock: 0, ...start() };
		for (const bad of [
			{ ...good, slide: -1 },
			{ ...good, slide: 1.5 },
			{ ...good, clock: -2 },
			{ ...good, widgets: { w0: { params: { lr: 3 }, players: [] } } },
			{ ...good, widgets: { w0: { players: [{ k: -1, playing: false }] } } },
			{ ...good, widgets: { w0: { players: [{ k: 1, playing: 'yes' }] } } },
			{ ...good, to: 'someone-else' },
			{ type: 'control', from: 'x', id: 'w0', action: 'play' },
			{ ...good, from: sync.id },
			'hello',
			null
		])
			sync.receive(bad);
		expect(applied).toEqual([]);
		sync.receive(good);
		expect(applied).toHaveLength(1);
	});
});
