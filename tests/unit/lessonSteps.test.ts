import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langs, type Lang } from '$lib/i18n/lang';
import { ui } from '$lib/i18n/strings';
import type { SettingNote } from '$lib/widgets/codec';
import { widgets } from '$lib/widgets/registry';
import type { ControlSet, StepSettings } from '$lib/widgets/types';
import { descent1dCodec, descent1dControls } from '$lib/widgets/descent1d/state';
import { labCodec, labControls } from '$lib/widgets/lab/state';
import { losspanelCodec, losspanelControls } from '$lib/widgets/losspanel/state';
import { neuronCodec, neuronControls } from '$lib/widgets/neuron/state';
import { surface3dCodec, surface3dControls } from '$lib/widgets/surface3d/state';
import { trainerCodec, trainerControls, trainerPictures } from '$lib/widgets/trainer/state';
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

/** The pictures a step may name, per widget besides its first (none: the widget has one). */
const pictureSets: Record<string, readonly string[]> = { trainer: trainerPictures };

/**
 * What is wrong with one step as its widget reads it: unknown keys, refused values, controls the
 * widget does not have, pictures it does not draw, and staging of the wrong kind (Scrolly takes
 * `controls`, `autoplay` and `picture` off before the codec sees the rest).
 */
function stepProblems(
	codec: StepReader,
	step: Step,
	controls: ControlSet = { names: [], main: [] },
	pictures: readonly string[] = []
) {
	const { controls: named, autoplay, picture, ...settings } = step;
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
			: []),
		...(picture !== undefined && !pictures.includes(picture as string)
			? [`no picture "${picture}"`]
			: [])
	];
}

/**
 * Words in a step's text that point at a part of the widget a lesson folds away, per widget, and
 * the control that shows it: a step that speaks of that part must name the control, show it as
 * its picture (`picture`, where the widget has one that draws it), or tell the reader to open
 * "More settings". Words a step may use of what is always in view are not here.
 */
const pointers: Record<string, { words: RegExp; control: string; picture?: string }[]> = {
	surface3d: [
		// The loss chart of every ball; the valley's two charts of the weights one by one.
		{ words: /chart below|loss against the step|下方的小圖|損失隨步數/i, control: 'chart' },
		{ words: /two small charts|兩張小圖/i, control: 'axes' }
	],
	trainer: [
		// The classes picture draws the table and the matrix; the boundary stays folded.
		{
			words: /confusion matrix|the matrix|table|混淆矩陣|的表/i,
			control: 'details',
			picture: 'classes'
		},
		{ words: /boundary|決策邊界/i, control: 'details' }
	],
	neuron: [
		{
			words: /\b(mak|set|chang|drag|typ)\w*\b[^.]*\bweight|(調|改|拖)[^。]*權重/i,
			control: 'settings'
		}
	]
};

/** What a step's text points at that the step does not show, as sentences. */
function hiddenPointers(
	widget: string,
	text: string,
	named: readonly string[],
	lang: Lang,
	picture?: string
) {
	const unfolds = text.includes(ui[lang].moreSettings);
	return (pointers[widget] ?? [])
		.filter(
			(p) =>
				p.words.test(text) &&
				!named.includes(p.control) &&
				!(p.picture && p.picture === picture) &&
				!unfolds
		)
		.map((p) => `"${p.words.exec(text)![0]}" points at "${p.control}", which the step folds`);
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
			stepProblems(codec, s, controlSets[use.widget], pictureSets[use.widget]).map(
				(p) => `step ${i + 1}: ${p}`
			)
		);
		expect(problems).toEqual([]);
	});

	it.each(uses)('$folder ($lang): $stepsName speaks only of what its steps show', (use) => {
		const steps = stepModules[`/content/lessons/${use.folder}/steps.ts`]?.[use.stepsName] as Step[];
		const problems = use.texts.flatMap((text, i) => {
			const named = steps[i]?.controls;
			const list = Array.isArray(named) ? named : [];
			const picture = typeof steps[i]?.picture === 'string' ? steps[i].picture : undefined;
			return hiddenPointers(use.widget, text, list, use.lang, picture as string | undefined).map(
				(p) => `step ${i + 1}: ${p}`
			);
		});
		expect(problems).toEqual([]);
	});

	it('catches a step that speaks of a folded chart, unless it names it or says where it is', () => {
		const race = 'A race. The small chart below plots each ball’s loss against the step count.';
		expect(hiddenPointers('surface3d', race, [], 'en')).toHaveLength(1);
		expect(hiddenPointers('surface3d', race, ['chart'], 'en')).toEqual([]);
		const table = '訓練結束後，看下方的表：還有混淆矩陣。';
		expect(hiddenPointers('trainer', table, [], 'zh-TW')).toHaveLength(1);
		expect(hiddenPointers('trainer', '打開「更多設定」' + table, [], 'zh-TW')).toEqual([]);
		expect(hiddenPointers('trainer', table, [], 'zh-TW', 'classes')).toEqual([]);
		const boundary = 'The decision boundary moves.';
		expect(hiddenPointers('trainer', boundary, [], 'en', 'classes')).toHaveLength(1);
		expect(
			hiddenPointers('neuron', 'Try making one weight strongly negative.', [], 'en')
		).toHaveLength(1);
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
