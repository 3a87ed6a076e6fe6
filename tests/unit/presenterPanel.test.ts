import { describe, expect, it } from 'vitest';
import type { Snippet } from 'svelte';
import { PresenterPanel } from '../../src/lib/ui/presenterPanel.svelte';
import { PanelSlot } from '../../src/lib/widgets/kit/panelSlot.svelte';
import type { Player } from '../../src/lib/widgets/kit/player.svelte';

/** Just enough of an element for `contains`: a tree of named boxes. */
function box(name: string, children: Element[] = []): Element {
	const el = {
		name,
		contains: (other: Element): boolean =>
			other === self || children.some((c) => c === other || c.contains(other))
	};
	const self = el as unknown as Element;
	return self;
}

const render = (() => {}) as unknown as Snippet;

describe('the presenter panel', () => {
	it('offers the widgets of the slide shown, in the order they were added', () => {
		const a = box('a');
		const b = box('b');
		const scrolly = box('scrolly', [box('sticky', [b])]);
		const other = box('c');
		const panel = new PresenterPanel();
		panel.add({ host: a, render });
		panel.add({ host: b, render });
		panel.add({ host: other, render });
		expect(panel.on([a, scrolly]).map((e) => e.host)).toEqual([a, b]);
		expect(panel.on([box('heading')])).toEqual([]);
	});

	it('withdraws a widget that goes away, and only that one', () => {
		const a = box('a');
		const panel = new PresenterPanel();
		const first = { host: a, render };
		const withdraw = panel.add(first);
		const second = { host: a, render };
		panel.add(second);
		withdraw();
		expect(panel.on([a])).toEqual([second]);
	});
});

describe('a widget’s panel slot', () => {
	it('holds the players and shared controls that joined, until they leave', () => {
		const slot = new PanelSlot();
		const p1 = {} as Player;
		const p2 = {} as Player;
		const leave1 = slot.join(p1);
		slot.join(p2);
		const unshare = slot.share(render);
		expect(slot.players).toEqual([p1, p2]);
		expect(slot.shared).toEqual([render]);
		leave1();
		unshare();
		expect(slot.players).toEqual([p2]);
		expect(slot.shared).toEqual([]);
	});
});
