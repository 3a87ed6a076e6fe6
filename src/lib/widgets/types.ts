import type { Component } from 'svelte';
import type { Bilingual, Lang } from '$lib/i18n/lang';

/** One scroll step's settings for the widget beside it: plain keys and values. */
export type StepSettings = Record<string, string | number | boolean>;

/** What every widget component takes. */
export interface WidgetProps {
	lang: Lang;
	/**
	 * Settings to apply, as from a URL or a scroll step: plain keys and values that the widget's
	 * codec parses. Applied again whenever this object changes.
	 */
	settings?: StepSettings;
	/** Called with the widget's whole state, serialized, whenever the reader changes it. */
	onchange?: (params: Record<string, string>) => void;
}

/** A widget's entry in the registry (its folder's widget.ts). */
export interface WidgetDescriptor {
	name: string;
	/** Order on the playground. */
	order: number;
	title: Bilingual<string>;
	/** One sentence saying what the widget does, shown beside its still picture. */
	summary: Bilingual<string>;
	/** A still picture under static/, shown without JavaScript and while loading. */
	still: string;
	load: () => Promise<{ default: Component<WidgetProps> }>;
}
