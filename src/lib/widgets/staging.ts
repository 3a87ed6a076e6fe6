import type { ScrollStep, StepSettings } from './types';

/**
 * A scroll step taken apart: the settings its widget's codec reads, and the staging that is the
 * frame's (the controls it names, whether it plays as it comes into view).
 */
export function splitStep(step: ScrollStep): {
	settings: StepSettings;
	controls: readonly string[] | undefined;
	autoplay: boolean;
	picture: string | undefined;
} {
	const { controls, autoplay, picture, ...settings } = step;
	return {
		settings: settings as StepSettings,
		controls: Array.isArray(controls) ? controls : undefined,
		autoplay: autoplay === true,
		picture: typeof picture === 'string' ? picture : undefined
	};
}
