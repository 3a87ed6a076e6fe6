import { getContext, setContext, type Snippet } from 'svelte';

/**
 * The presenter's control panel: the widgets of a lesson shown in the presenter's window offer
 * their controls here, at a page's size, beside the notes. What an entry renders is the widget's
 * own controls bound to the widget's own state (see widgets/kit/panelSlot.svelte.ts), never a
 * copy of it, so the small live slide, the panel and (through the deck's sync) the audience
 * window cannot drift apart. The presenter's view sets this context; elsewhere it is absent.
 */
export interface PanelEntry {
	/** The widget's element on the slide: the panel shows the entries of the current slide. */
	readonly host: Element;
	/** Draws the widget's player and settings, where the panel puts them. */
	readonly render: Snippet;
}

export class PresenterPanel {
	entries = $state.raw<PanelEntry[]>([]);

	/** Offers a widget's controls; returns how to withdraw them. */
	add(entry: PanelEntry): () => void {
		this.entries = [...this.entries, entry];
		return () => (this.entries = this.entries.filter((e) => e !== entry));
	}

	/** The entries whose widget is part of one of `nodes` (a slide's top-level elements). */
	on(nodes: readonly Element[]): PanelEntry[] {
		return this.entries.filter((e) => nodes.some((n) => n === e.host || n.contains(e.host)));
	}
}

const key = Symbol('presenter-panel');

export function setPresenterPanel(panel: PresenterPanel): void {
	setContext(key, panel);
}

export function getPresenterPanel(): PresenterPanel | undefined {
	return getContext<PresenterPanel | undefined>(key);
}
