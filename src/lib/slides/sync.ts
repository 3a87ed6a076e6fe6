import * as v from 'valibot';
import type { ControlAction, WidgetParams } from '$lib/ui/slideMode';
import type { Position } from './navigation';

/**
 * Keeps a presenter window and audience windows of one lesson in step, over a BroadcastChannel
 * (same browser, same site; no server, so it works offline). Every window sends what its reader
 * does (slide changes, widget changes, button presses) and applies what the others send. A
 * window that opens says "hello" and adopts the state the others answer with.
 */
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));
const from = v.pipe(v.string(), v.maxLength(40));
const widgetId = v.pipe(v.string(), v.maxLength(20));
const params = v.record(v.pipe(v.string(), v.maxLength(40)), v.pipe(v.string(), v.maxLength(200)));

const messageSchema = v.variant('type', [
	v.object({ type: v.literal('hello'), from }),
	v.object({
		type: v.literal('state'),
		from,
		to: from,
		slide: count,
		step: count,
		black: v.boolean(),
		starts: v.pipe(v.array(count), v.maxLength(2000)),
		widgets: v.record(widgetId, params)
	}),
	v.object({ type: v.literal('go'), from, slide: count, step: count }),
	v.object({ type: v.literal('black'), from, on: v.boolean() }),
	v.object({ type: v.literal('widget'), from, id: widgetId, params }),
	v.object({
		type: v.literal('control'),
		from,
		id: widgetId,
		action: v.picklist(['play', 'pause', 'step', 'reset'])
	})
]);

export type SyncMessage = v.InferOutput<typeof messageSchema>;

/** What the deck gives the sync: its state to share and how to apply the others'. */
export interface SyncHandlers {
	snapshot(): {
		slide: number;
		step: number;
		black: boolean;
		/** Where the slides start (see split.ts), so every window counts the same slides. */
		starts: number[];
		widgets: Record<string, WidgetParams>;
	};
	/** Takes the slides of the window that answered. */
	pages(starts: number[]): void;
	go(pos: Position): void;
	black(on: boolean): void;
	widget(id: string, params: WidgetParams): void;
	control(id: string, action: ControlAction): void;
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

export class SlideSync {
	readonly id = windowId();
	/** True once another window has been heard from. */
	hasPeer = false;
	private adopted = false;

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
	go(pos: Position): void {
		this.post({ type: 'go', from: this.id, slide: pos.slide, step: pos.step });
	}
	black(on: boolean): void {
		this.post({ type: 'black', from: this.id, on });
	}
	widget(id: string, params: WidgetParams): void {
		this.post({ type: 'widget', from: this.id, id, params });
	}
	control(id: string, action: ControlAction): void {
		this.post({ type: 'control', from: this.id, id, action });
	}
	close(): void {
		this.channel?.close();
		this.channel = null;
	}

	private post(message: SyncMessage): void {
		this.channel?.postMessage(message);
	}

	/** Applies one message from another window; anything malformed is dropped. */
	receive(data: unknown): void {
		const parsed = v.safeParse(messageSchema, data);
		if (!parsed.success) return;
		const m = parsed.output;
		if (m.from === this.id) return;
		if (!this.hasPeer) {
			this.hasPeer = true;
			this.handlers.peer();
		}
		switch (m.type) {
			case 'hello':
				this.post({ type: 'state', from: this.id, to: m.from, ...this.handlers.snapshot() });
				break;
			case 'state':
				// Adopt the first answer only; later ones say the same thing.
				if (m.to !== this.id || this.adopted) return;
				this.adopted = true;
				this.handlers.pages(m.starts);
				this.handlers.go({ slide: m.slide, step: m.step });
				this.handlers.black(m.black);
				for (const [id, p] of Object.entries(m.widgets)) this.handlers.widget(id, p);
				break;
			case 'go':
				this.handlers.go({ slide: m.slide, step: m.step });
				break;
			case 'black':
				this.handlers.black(m.on);
				break;
			case 'widget':
				this.handlers.widget(m.id, m.params);
				break;
			case 'control':
				this.handlers.control(m.id, m.action);
				break;
		}
	}
}
