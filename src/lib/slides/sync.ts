import * as v from 'valibot';
import type { PlayerState, WidgetParams } from '$lib/ui/slideMode';

/**
 * Keeps a presenter window and audience windows of one lesson in step, over a BroadcastChannel
 * (same browser, same site; no server, so it works offline).
 *
 * Windows share their whole *state* (slide, reveal, black screen, each widget's settings and
 * where its players are), never the reader's inputs: a state applied twice, or late, or after
 * another, still leaves every window showing the same thing, which replayed button presses
 * cannot promise. The window whose reader acted last leads: it sends its state after each
 * change (at most `SEND_MS` later), numbered by a clock that only grows; every other window
 * takes the newest state it has heard and sends nothing of its own until its reader acts.
 * A window that opens says "hello" and the others answer it with their state.
 */
export const SEND_MS = 50;
/** The most rate changes a player's state carries (a long drag makes one per update). */
export const MAX_RATES = 200;

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));
const clock = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const from = v.pipe(v.string(), v.maxLength(40));
const widgetId = v.pipe(v.string(), v.maxLength(20));
const params = v.record(v.pipe(v.string(), v.maxLength(40)), v.pipe(v.string(), v.maxLength(200)));
/** A player's step: a trainer counts updates, up to epochs × iterations an epoch. */
const playerStep = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000_000));
const player = v.object({
	k: playerStep,
	playing: v.boolean(),
	speed: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10_000))),
	data: v.optional(v.pipe(v.string(), v.maxLength(40))),
	rates: v.optional(
		v.pipe(
			v.array(v.object({ at: playerStep, lr: v.pipe(v.number(), v.finite()) })),
			v.maxLength(MAX_RATES)
		)
	)
});
const widget = v.object({
	params: v.optional(params),
	players: v.pipe(v.array(player), v.maxLength(8))
});

const messageSchema = v.variant('type', [
	v.object({ type: v.literal('hello'), from }),
	v.object({
		type: v.literal('state'),
		from,
		/** Only this window takes it (an answer to its hello); absent: every window does. */
		to: v.optional(from),
		clock,
		slide: count,
		step: count,
		black: v.boolean(),
		starts: v.pipe(v.array(count), v.maxLength(2000)),
		widgets: v.record(widgetId, widget)
	})
]);

export type SyncMessage = v.InferOutput<typeof messageSchema>;

/** One widget's shared state: its settings as its URL codec writes them, and its players. */
export interface WidgetState {
	params?: WidgetParams;
	players: PlayerState[];
}

/** Everything windows share. */
export interface DeckState {
	slide: number;
	step: number;
	black: boolean;
	/** Where the slides start (see split.ts), so every window counts the same slides. */
	starts: number[];
	widgets: Record<string, WidgetState>;
}

/** What the deck gives the sync: its state to share and how to take another window's. */
export interface SyncHandlers {
	snapshot(): DeckState;
	/** Makes this window show `state`; called again with a newer state at any time. */
	apply(state: DeckState): void;
	/** Another window answered or spoke: there is someone to sync with. */
	peer(): void;
}

/** The part of BroadcastChannel the sync uses (a fake one in unit tests). */
export interface Channel {
	postMessage(message: unknown): void;
	close(): void;
	onmessage: ((event: MessageEvent) => void) | null;
}

export function channelName(lang: string, slug: string): string {
	return `descent-slides:${lang}:${slug}`;
}

function windowId(): string {
	const bytes = new Uint8Array(8);
	crypto.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A state's place in time: the larger clock is newer; on a tie, the larger window id. */
interface Stamp {
	clock: number;
	from: string;
}

function newer(a: Stamp, b: Stamp): boolean {
	return a.clock > b.clock || (a.clock === b.clock && a.from > b.from);
}

export class SlideSync {
	readonly id = windowId();
	/** True once another window has been heard from. */
	hasPeer = false;
	/** This window's reader acted last, so its changes go to the others. */
	leading = false;
	/** The newest state this window shows: its own or one it took. Before any: nothing. */
	private shown: Stamp = { clock: -1, from: '' };
	private timer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private channel: Channel | null,
		private handlers: SyncHandlers
	) {
		if (channel) channel.onmessage = (event) => this.receive(event.data);
	}

	/** Opens the channel for a lesson, or a silent sync where BroadcastChannel is missing. */
	static open(name: string, handlers: SyncHandlers): SlideSync {
		const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
		return new SlideSync(channel, handlers);
	}

	hello(): void {
		this.post({ type: 'hello', from: this.id });
	}

	/**
	 * The reader acted in this window: from now on what it shows is what the others show. Nothing
	 * is sent until something changes, so a key that changes nothing does not outrank a change
	 * another window's reader made at the same moment.
	 */
	lead(): void {
		this.leading = true;
	}

	/** Something this window shows changed; a leading window sends its state soon after. */
	changed(): void {
		if (!this.leading || this.timer !== null) return;
		// One send for a burst of changes (a drag, a reveal that resets a widget), taken once the
		// page has settled, and never later than SEND_MS after the first.
		this.timer = setTimeout(() => {
			this.timer = null;
			this.send();
		}, SEND_MS);
	}

	close(): void {
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
		this.channel?.close();
		this.channel = null;
	}

	private send(to?: string): void {
		if (!to) this.shown = { clock: this.shown.clock + 1, from: this.id };
		this.post({
			type: 'state',
			from: this.id,
			to,
			clock: this.shown.clock,
			...this.handlers.snapshot()
		});
	}

	private post(message: SyncMessage): void {
		this.channel?.postMessage(message);
	}

	/** Takes one message from another window; anything malformed is dropped. */
	receive(data: unknown): void {
		const parsed = v.safeParse(messageSchema, data);
		if (!parsed.success) return;
		const m = parsed.output;
		if (m.from === this.id) return;
		if (!this.hasPeer) {
			this.hasPeer = true;
			this.handlers.peer();
		}
		if (m.type === 'hello') {
			// Answered with what this window shows, stamped as it is (an answer is not news). A
			// window that has shown no stamp yet takes the first, so that its next change, one
			// later, is news to the window it answered.
			if (this.shown.clock < 0) this.shown = { clock: 0, from: this.id };
			this.post({
				type: 'state',
				from: this.id,
				to: m.from,
				clock: this.shown.clock,
				...this.handlers.snapshot()
			});
			return;
		}
		if (m.to !== undefined && m.to !== this.id) return;
		if (!newer(m, this.shown)) return;
		this.shown = { clock: m.clock, from: m.from };
		this.leading = false;
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
		const { slide, step, black, starts, widgets } = m;
		this.handlers.apply({ slide, step, black, starts, widgets });
	}
}
