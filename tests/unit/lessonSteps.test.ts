import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs } from '$lib/i18n/lang';
import type { SettingNote } from '$lib/widgets/codec';
import { widgets } from '$lib/widgets/registry';
import { descent1dCodec } from '$lib/widgets/descent1d/state';
import { losspanelCodec } from '$lib/widgets/losspanel/state';
import { neuronCodec } from '$lib/widgets/neuron/state';
import { surface3dCodec } from '$lib/widgets/surface3d/state';
import { trainerCodec } from '$lib/widgets/trainer/state';
import { lessonFolders } from '../../scripts/coursePages.mjs';
import { scrollyBlocks } from './lessonChecks';

const ROOT = 'content/lessons';
const stepModules = import.meta.glob<Record<string, unknown>>('/content/lessons/*/steps.ts', {
	eager: true
});

type Step = Record<string, string | number | boolean>;
/** What of a widget's codec a step is checked against, whatever the widget's state. */
type StepReader = { keys: readonly string[]; parse(step: Step): { notes: SettingNote[] } };

const codecs: Record<string, StepReader> = {
	descent1d: descent1dCodec,
	losspanel: losspanelCodec,
	neuron: neuronCodec,
	surface3d: surface3dCodec,
	trainer: trainerCodec
};

/** What is wrong with one step as its widget's codec reads it: unknown keys and refused values. */
function stepProblems(codec: StepReader, step: Step) {
	const known = new Set<string>(codec.keys);
	const unknown = Object.keys(step).filter((k) => !known.has(k));
	const notes: SettingNote[] = codec.parse(step).notes;
	return [
		...unknown.map((k) => `unknown key "${k}"`),
		...notes.map((n) => `refused ${n.key}=${n.given}`)
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
	it('has a codec here for every registered widget', () => {
		expect(Object.keys(codecs).sort()).toEqual(widgets.map((w) => w.name).sort());
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
			stepProblems(codec, s).map((p) => `step ${i + 1}: ${p}`)
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
});
