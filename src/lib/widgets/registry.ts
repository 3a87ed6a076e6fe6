import type { WidgetDescriptor } from './types';

// Every widget folder registers itself through its widget.ts: no central list to edit.
const modules = import.meta.glob<{ widget: WidgetDescriptor }>('./*/widget.ts', { eager: true });

export const widgets: WidgetDescriptor[] = Object.values(modules)
	.map((m) => m.widget)
	.sort((a, b) => a.order - b.order);

export function findWidget(name: string): WidgetDescriptor | undefined {
	return widgets.find((w) => w.name === name);
}
