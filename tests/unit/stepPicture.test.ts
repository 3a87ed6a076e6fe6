import { describe, expect, it } from 'vitest';
import { splitStep } from '$lib/widgets/staging';
import { stepStillKey } from '$lib/widgets/stepStill';
import { trainerCodec } from '$lib/widgets/trainer/state';

// A step's picture (which of the widget's pictures it reads) is staging: the frame's, never the
// codec's, and a print still of its own, since the picture differs.
describe('a step that names its picture', () => {
	const step = { data: 'biased', lr: 0.5, autoplay: true, picture: 'classes' };

	it('hands the picture to the frame, not to the codec', () => {
		const { settings, picture, autoplay } = splitStep(step);
		expect(picture).toBe('classes');
		expect(autoplay).toBe(true);
		expect(settings).toEqual({ data: 'biased', lr: 0.5 });
		expect(trainerCodec.parse(settings).notes).toEqual([]);
	});

	it('names none when the step gives none, or not as a word', () => {
		expect(splitStep({ lr: 0.5 }).picture).toBeUndefined();
		expect(splitStep({ lr: 0.5, picture: true }).picture).toBeUndefined();
	});

	it('prints a still of its own', () => {
		const charts = { data: 'biased', lr: 0.5, autoplay: true };
		expect(stepStillKey('trainer', step)).not.toBe(stepStillKey('trainer', charts));
	});
});
