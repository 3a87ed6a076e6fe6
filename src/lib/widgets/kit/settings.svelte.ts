import { untrack } from 'svelte';
import { settingNoteText, type Codec } from '../codec';
import type { WidgetProps } from '../types';

/** How long the address waits after the last change: a drag writes it once, when it settles. */
export const SETTLE_MS = 250;

export interface SettingsOptions<S> {
	/**
	 * Read new settings over the current state instead of the defaults: a step that names only
	 * the rate keeps the data the reader chose.
	 */
	overCurrent?: boolean;
	/** Called with the parsed state just before it is taken (to rewind a player, say). */
	onapply?: (next: S, before: S) => void;
	/** What the address carries; all of the codec's keys by default. */
	params?: (state: S) => Record<string, string>;
}

/**
 * A widget's settings: parsed through its codec from a link or a scroll step whenever those
 * change, each refused value said in the one shared sentence (ui.badSetting) in `notes`, and
 * the state written back through `onchange` once it has stopped changing for SETTLE_MS (browsers
 * make history.replaceState slow when it is called on every input event of a drag).
 * Made while the component is set up, from its props:
 *
 *   const props: WidgetProps = $props();
 *   const setup = new WidgetSettings(descent1dCodec, () => props, { onapply: () => player.reset() });
 *   <Slider bind:value={setup.s.lr} … />
 */
export class WidgetSettings<S extends object> {
	s: S = $state({} as S);
	notes = $state<string[]>([]);
	readonly #params: (state: S) => Record<string, string>;

	constructor(codec: Codec<S>, props: () => WidgetProps, options: SettingsOptions<S> = {}) {
		this.s = { ...codec.defaults };
		const params = options.params ?? ((state: S) => codec.serialize(state));
		this.#params = params;
		let first = true;
		$effect(() => {
			const input = props().settings;
			untrack(() => {
				const before = this.s;
				const { state, notes } = codec.parse(
					input,
					options.overCurrent ? { ...before } : undefined
				);
				options.onapply?.(state, before);
				this.s = state;
				this.notes = notes.map((n) => settingNoteText(props().lang, n));
				// New settings (a reveal, another window's change) are reported at once, not after
				// SETTLE_MS: a reader's change made within that time must not be taken for theirs
				// (Widget.svelte sends only the reader's own changes to the other slide windows).
				// Not the first: the page's router may not be ready to write the address yet.
				if (!first) props().onchange?.(params(state));
				first = false;
			});
		});
		$effect(() => {
			const out = params(this.s);
			const timer = setTimeout(() => untrack(() => props().onchange?.(out)), SETTLE_MS);
			return () => clearTimeout(timer);
		});
	}

	/** The current settings as a link carries them (the Frame's link to the playground). */
	get params(): Record<string, string> {
		return this.#params(this.s);
	}
}
