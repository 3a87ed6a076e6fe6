/**
 * The lab's class colours, in class order: the Okabe–Ito hues the course uses (cat vermillion,
 * dog blue, then bluish green, reddish purple and a dark yellow that holds contrast on white).
 * One list for every part that marks a class (its card, its confidence bar).
 */
const colours = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#8a6d00'] as const;

export function classColour(index: number): string {
	return colours[index % colours.length];
}
