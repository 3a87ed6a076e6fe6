import { describe, expect, it } from 'vitest';
import { settingNoteText, type SettingNote } from '../../src/lib/widgets/codec';
import { curveStarts, descent1dCodec } from '../../src/lib/widgets/descent1d/state';
import { losspanelCodec } from '../../src/lib/widgets/losspanel/state';
import { neuronCodec } from '../../src/lib/widgets/neuron/state';
import { surface3dCodec } from '../../src/lib/widgets/surface3d/state';
import { trainerCodec } from '../../src/lib/widgets/trainer/state';
import {
	boundsCases,
	boundsNotes,
	boundsParams,
	past,
	rangeText,
	surfaceBounds,
	type BoundsCase
} from '../shared/settingBounds';

// The whole table of bounds, read as a link is read: every number at its bounds is taken, and
// every number just past them is refused with a note naming the range for its context.
const codecs: Record<BoundsCase['widget'], (link: URLSearchParams) => { notes: SettingNote[] }> = {
	descent1d: (link) => descent1dCodec.parse(link),
	surface3d: (link) => surface3dCodec.parse(link),
	losspanel: (link) => losspanelCodec.parse(link),
	trainer: (link) => trainerCodec.parse(link),
	neuron: (link) => neuronCodec.parse(link)
};

/** The English notes a link's settings get. */
const notesFor = (widget: BoundsCase['widget'], params: Record<string, string>) =>
	codecs[widget](new URLSearchParams(params)).notes.map((n) => settingNoteText('en', n));

describe.each(boundsCases)('$widget $context', (c) => {
	it.each(['lo', 'hi'] as const)('every number at its %s bound is taken', (side) => {
		expect(notesFor(c.widget, boundsParams(c, side, false))).toEqual([]);
	});

	it.each(['lo', 'hi'] as const)('every number just past its %s bound is refused', (side) => {
		const notes = notesFor(c.widget, boundsParams(c, side, true));
		expect(notes.toSorted()).toEqual(boundsNotes(c, side).toSorted());
	});
});

it('a refused start falls back to the curve’s own', () => {
	for (const c of boundsCases.filter((c) => c.widget === 'descent1d')) {
		const { state } = descent1dCodec.parse(new URLSearchParams(boundsParams(c, 'hi', true)));
		expect(state.start).toBe(curveStarts[c.context.curve as keyof typeof curveStarts]);
	}
});

it.each(Object.entries(surfaceBounds))(
	'%s: a race ball’s rate is held to its range',
	(surface, { lr }) => {
		expect(notesFor('surface3d', { surface, race: `adam:${lr.lo},momentum:${lr.hi}` })).toEqual([]);
		const race = `adam:${lr.lo},momentum:${past(lr, 'hi')}`;
		expect(notesFor('surface3d', { surface, race })).toEqual([
			`Setting race=“${race}” is not valid (allowed: up to 3 of optimizer:lr with lr in ${rangeText(lr)}, e.g. momentum:0.1,adam:0.05); ignored.`
		]);
	}
);
