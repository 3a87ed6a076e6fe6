import type { Component } from 'svelte';
import type { Bilingual, Lang } from '$lib/i18n/lang';

/** One scroll step's settings for the widget beside it: plain keys and values. */
export type StepSettings = Record<string, string | number | boolean>;

/**
 * What a scroll step says besides the widget's settings: the controls it talks about (shown
 * beside the picture; the rest fold away), whether it describes motion (the player starts
 * when the step comes into view), and which of the widget's pictures it reads, where a widget
 * has more than one (none named: the widget's first).
 */
// A type, not an interface: a step typed with it must still fit ScrollStep's index signature.
export type StepStaging<C extends string = string, P extends string = string> = {
	controls?: readonly C[];
	autoplay?: boolean;
	picture?: P;
};

/** A scroll step as <Scrolly> takes it: settings and staging (see StepStaging). */
export type ScrollStep = {
	[key: string]: string | number | boolean | readonly string[] | undefined;
};

/** A widget's control names as steps name them, and the main ones shown when a step names none. */
export interface ControlSet<C extends string = string> {
	names: readonly C[];
	main: readonly C[];
}

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
