import { LAB_THRESHOLD_MAX, LAB_THRESHOLD_OFF } from '$lib/math/labThreshold';
import { createCodec, numberField, type Field, type StepOf } from '../codec';
import type { ControlSet, StepStaging } from '../types';

/** The lab's settings as a link or a lesson gives them; the reader's pictures are never in it. */
export interface LabState {
	/** Epochs (代) the Train button runs. */
	epochs: number;
	/** Batch size (批量): samples per weight update. */
	batch: number;
	/** Adam's learning rate η. */
	lr: number;
	/** Share of each class kept aside as validation data. */
	split: number;
	/** Confidence threshold: below it a validation picture counts as "not sure" (0: off). */
	sure: number;
	/** Class names joined by "|" (2 to 5); empty: the reader's language's defaults. */
	names: string;
}

export const MIN_CLASSES = 2;
export const MAX_CLASSES = 5;
export const NAME_MAX = 24;

/** "貓|狗": two to five names, each 1–24 characters after trimming. */
function namesField(): Field<string> {
	return {
		parse(raw) {
			if (raw === '') return '';
			const names = raw.split('|').map((n) => n.trim());
			if (names.length < MIN_CLASSES || names.length > MAX_CLASSES) return undefined;
			if (names.some((n) => n.length === 0 || n.length > NAME_MAX)) return undefined;
			return names.join('|');
		},
		format: (v) => v,
		allowed: {
			'zh-TW': `${MIN_CLASSES} 到 ${MAX_CLASSES} 個名稱，用 | 分隔`,
			en: `${MIN_CLASSES} to ${MAX_CLASSES} names separated by |`
		}
	};
}

/** Teachable Machine's Advanced panel, with its defaults. */
export const labCodec = createCodec<LabState>(
	{
		epochs: numberField(1, 500, { integer: true }),
		batch: numberField(1, 512, { integer: true }),
		lr: numberField(0.00001, 1),
		split: numberField(0.05, 0.5),
		sure: numberField(LAB_THRESHOLD_OFF, LAB_THRESHOLD_MAX),
		names: namesField()
	},
	{ epochs: 50, batch: 16, lr: 0.001, split: 0.15, sure: LAB_THRESHOLD_OFF, names: '' }
);

/**
 * The classes and the Train button are the lab's picture; on a slide (and beside scroll steps)
 * under the hood and the preview show with them, and the settings and the project fold away.
 */
export const labControls = {
	names: ['hood', 'preview', 'settings', 'project'],
	main: ['hood', 'preview']
} as const satisfies ControlSet;

export type LabStep = StepOf<LabState> & StepStaging<(typeof labControls.names)[number]>;

/** The class names a state sets, or null for the language's defaults. */
export function namesOf(s: LabState): string[] | null {
	return s.names ? s.names.split('|') : null;
}
