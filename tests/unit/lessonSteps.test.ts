import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '$lib/i18n/lang';
import type { SettingNote } from '$lib/widgets/codec';
import { widgets } from '$lib/widgets/registry';
import type { ControlSet, StepSettings } from '$lib/widgets/types';
import { descent1dCodec, descent1dControls } from '$lib/widgets/descent1d/state';
import { labCodec, labControls } from '$lib/widgets/lab/state';
import { losspanelCodec, losspanelControls } from '$lib/widgets/losspanel/state';
import { neuronCodec, neuronControls } from '$lib/widgets/neuron/state';
import { surface3dCodec, surface3dControls } from '$lib/widgets/surface3d/state';
import { trainerCodec, trainerControls } from '$lib/widgets/trainer/state';
import { lessonFolders } from '../../scripts/coursePages.mjs';
import { scrollyBlocks } from './lessonChecks';

const ROOT = 'content/lessons';
const stepModules = import.meta.glob<Record<string, unknown>>('/content/lessons/*/steps.ts', {
	eager: true
});

type Step = Record<string, string | number | boolean | readonly string[]>;
/** What of a widget's codec a step is checked against, whatever the widget's state. */
type StepReader = { keys: readonly string[]; parse(step: StepSettings): { notes: SettingNote[] } };

const codecs: Record<string, StepReader> = {
	descent1d: descent1dCodec,
	lab: labCodec,
	losspanel: losspanelCodec,
	neuron: neuronCodec,
	surface3d: surface3dCodec,
	trainer: trainerCodec
};

/** The controls a step may name, per widget; a widget with none folds nothing. */
const controlSets: Record<string, ControlSet> = {
	descent1d: descent1dControls,
	lab: labControls,
	losspanel: losspanelControls,
	neuron: neuronControls,
	surface3d: surface3dControls,
	trainer: trainerControls
};

/**
 * What is wrong with one step as its widget reads it: unknown keys, refused values, controls the
 * widget does not have, and staging of the wrong kind (Scrolly takes `controls` and `autoplay`
 * off before the codec sees the rest).
 */
function stepProblems(
	codec: StepReader,
	step: Step,
	controls: ControlSet = { names: [], main: [] }
) {
	const { controls: named, autoplay, ...settings } = step;
	const known = new Set<string>(codec.keys);
	const unknown = Object.keys(settings).filter((k) => !known.has(k));
	const notes: SettingNote[] = codec.parse(settings as StepSettings).notes;
	const names = named === undefined ? [] : Array.isArray(named) ? named : [named];
	return [
		...unknown.map((k) => `unknown key "${k}"`),
		...notes.map((n) => `refused ${n.key}=${n.given}`),
		...(named !== undefined && !Array.isArray(named) ? ['controls is not a list'] : []),
		...names.filter((n) => !controls.names.includes(n)).map((n) => `no control "${n}"`),
		...(autoplay !== undefined && typeof autoplay !== 'boolean'
			? ['autoplay is not true/false']
			: [])
	];
}

/** Every (lesson, widget, steps export) a <Scrolly> pairs, in either language. */
const uses = lessonFolders(ROOT).flatMap((folder: string) =>
	langs.flatMap((lang) => {
		const file = join(ROOT, folder, `${lang}.md`);
		if (!existsSync(file)) return [];
		return scrollyBlocks(readFileSync(file, 'utf8')).map((b) => ({ folder, lang, ...b }));
	})
);

describe('scroll steps', () => {
	it('has a codec and a control set here for every registered widget', () => {
		expect(Object.keys(codecs).sort()).toEqual(widgets.map((w) => w.name).sort());
		expect(Object.keys(controlSets).sort()).toEqual(widgets.map((w) => w.name).sort());
	});

	it("marks main controls among each widget's controls", () => {
		for (const set of Object.values(controlSets))
			expect(set.main.filter((m) => !set.names.includes(m))).toEqual([]);
	});

	it('finds the lessons that scroll', () => {
		expect(new Set(uses.map((u) => u.folder)).size).toBeGreaterThanOrEqual(7);
	});

	it.each(uses)('$folder ($lang): $stepsName reads cleanly as $widget', (use) => {
		const codec = codecs[use.widget];
		expect(codec, `no widget "${use.widget}"`).toBeDefined();
		const steps = stepModules[`/content/lessons/${use.folder}/steps.ts`]?.[use.stepsName];
		expect(Array.isArray(steps), `steps.ts exports no array ${use.stepsName}`).toBe(true);
		const problems = (steps as Step[]).flatMap((s, i) =>
			stepProblems(codec, s, controlSets[use.widget]).map((p) => `step ${i + 1}: ${p}`)
		);
		expect(problems).toEqual([]);
	});

	it('catches a misspelled key and a refused value', () => {
		expect(stepProblems(surface3dCodec, { surface: 'bowl', lrr: 0.1 })).toEqual([
			'unknown key "lrr"'
		]);
		expect(stepProblems(neuronCodec, { mode: 'full', act: 'sigmoud' })).toEqual([
			'refused act=sigmoud'
		]);
	});

	it('catches a control the widget does not have, and takes the ones it has', () => {
		expect(
			stepProblems(descent1dCodec, { lr: 0.1, controls: ['lr', 'rate'] }, descent1dControls)
		).toEqual(['no control "rate"']);
		expect(
			stepProblems(
				descent1dCodec,
				{ lr: 0.1, controls: ['start'], autoplay: true },
				descent1dControls
			)
		).toEqual([]);
	});
});
