import { getContext, setContext, type Snippet } from 'svelte';
import type { Player } from './player.svelte';

/**
 * What one widget offers the presenter's control panel: its title, its players and its Frame's
 * `controls` snippet, with which of those go up front. The panel renders that same snippet, so
 * its sliders are bound to the widget's own state object; nothing is copied or replayed.
 * <Widget> makes one where a presenter's panel exists; the Frame and the players fill it in.
 */
export class PanelSlot {
	title = $state('');
	controls = $state.raw<Snippet | undefined>(undefined);
	/** Whether a control goes up front in the panel (the slide's step names it, or it is main). */
	front = $state.raw<(name: string) => boolean>(() => true);
	players = $state.raw<Player[]>([]);
	/** Controls a widget draws outside its Frame's `controls` (see PanelShare.svelte). */
	shared = $state.raw<Snippet[]>([]);

	/** A player of the widget joins the panel; returns how it leaves. */
	join(player: Player): () => void {
		this.players = [...this.players, player];
		return () => (this.players = this.players.filter((p) => p !== player));
	}

	/** A control drawn elsewhere in the widget is drawn in the panel too; returns how it leaves. */
	share(control: Snippet): () => void {
		this.shared = [...this.shared, control];
		return () => (this.shared = this.shared.filter((c) => c !== control));
	}
}

const key = Symbol('panel-slot');

export function setPanelSlot(slot: PanelSlot): void {
	setContext(key, slot);
}

export function getPanelSlot(): PanelSlot | undefined {
	return getContext<PanelSlot | undefined>(key);
}
