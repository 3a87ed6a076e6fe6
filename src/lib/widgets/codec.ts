import type { Bilingual, Lang } from '$lib/i18n/lang';
import { ui } from '$lib/i18n/strings';
import type { StepSettings } from './types';

/**
 * Reading and writing a widget's settings as plain key/value pairs: the same codec serves the
 * URL (?lr=0.1), scroll steps ({ lr: 0.1 }) and the presenter's sync. Input is untrusted.
 */
export type Field<T> = {
	parse(raw: string): T | undefined;
	format(value: T): string;
	/** Human description of what is allowed, for the note shown on a bad value. */
	allowed: Allowed;
};

/** What a setting allows: language-neutral (a range, a list of ids) or said in words. */
export type Allowed = string | Bilingual<string>;

/** A number as a range shows it: up to 6 significant digits, never in e-notation above 1e−7, with a real minus sign (U+2212). */
export function showNumber(v: number): string {
	return String(Number(v.toPrecision(6))).replace(/-/g, '−');
}

/** "lo – hi" with real minus signs. */
export function rangeText(lo: number, hi: number): string {
	return `${showNumber(lo)} – ${showNumber(hi)}`;
}

export function numberField(
	min: number,
	max: number,
	opts: { integer?: boolean } = {}
): Field<number> {
	return {
		parse(raw) {
			if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(raw)) return undefined;
			const v = Number(raw);
			if (!Number.isFinite(v) || v < min || v > max) return undefined;
			if (opts.integer && !Number.isInteger(v)) return undefined;
			return v;
		},
		format: (v) => String(Number(v.toPrecision(6))),
		allowed: rangeText(min, max)
	};
}

export function choiceField<T extends string>(choices: readonly T[]): Field<T> {
	return {
		parse: (raw) => ((choices as readonly string[]).includes(raw) ? (raw as T) : undefined),
		format: (v) => v,
		allowed: choices.join(', ')
	};
}

export function booleanField(): Field<boolean> {
	return {
		parse: (raw) =>
			raw === 'true' || raw === '1' ? true : raw === 'false' || raw === '0' ? false : undefined,
		format: (v) => (v ? '1' : '0'),
		allowed: '0, 1'
	};
}

/** A point "w1,w2" inside [min, max]². */
export function pointField(min: number, max: number): Field<[number, number]> {
	const coord = numberField(min, max);
	return {
		parse(raw) {
			const parts = raw.split(',');
			if (parts.length !== 2) return undefined;
			const [a, b] = parts.map((p) => coord.parse(p));
			return a === undefined || b === undefined ? undefined : [a, b];
		},
		format: ([a, b]) => `${coord.format(a)},${coord.format(b)}`,
		allowed: `w₁,w₂ ∈ ${coord.allowed}`
	};
}

export type Schema<S> = { [K in keyof S]: Field<S[K]> };

/**
 * A setting whose allowed values depend on the others (a start inside the chosen curve's range, a
 * rate inside the chosen surface's). It is checked once every setting has been read, and a bad
 * or unreadable value is reported with the range for that context, never the field's widest one.
 */
export interface Dependent<S, T> {
	accepts(value: T, state: S): boolean;
	allowed(state: S): Allowed;
	/** The value used instead of a refused one (`base` is what the input was applied over). */
	fallback(state: S, base: S): T;
	/**
	 * Settings that, given without this one, set it to its fallback: a surface named without a
	 * rate gets that surface's own rate.
	 */
	follows?: readonly (keyof S & string)[];
}

export type Dependents<S> = { [K in keyof S]?: Dependent<S, S[K]> };

/** A setting that could not be read: what was given and what is allowed. */
export interface SettingNote {
	key: string;
	given: string;
	allowed: Allowed;
}

/** Longest given value a note repeats. */
const GIVEN_MAX = 40;

/**
 * The given value as a note repeats it: whole if short, else cut after the last complete item
 * (at a comma, semicolon or space; a colon inside one long item) with an ellipsis, so no number
 * is shown cut in two.
 */
export function shortGiven(raw: string): string {
	if (raw.length <= GIVEN_MAX) return raw;
	const head = raw.slice(0, GIVEN_MAX + 1);
	const last = (seps: string[]) => Math.max(...seps.map((c) => head.lastIndexOf(c)));
	const half = GIVEN_MAX / 2;
	// Between items first, inside an item (optimizer:lr) next, as long as most of the value shows.
	let cut = last([',', ';', ' ']);
	if (cut < half) cut = last([':']);
	if (cut < half) {
		cut = GIVEN_MAX;
		// Text with no separator (markup, one long word): cut at the limit, but never in a number.
		while (cut > half && /[\d.]/.test(raw[cut]) && /[\d.eE+-]/.test(raw[cut - 1])) cut--;
	}
	return `${raw.slice(0, cut)}…`;
}

/** The one sentence every widget shows for a refused setting, in the page's language. */
export function settingNoteText(lang: Lang, note: SettingNote): string {
	const allowed = typeof note.allowed === 'string' ? note.allowed : note.allowed[lang];
	return ui[lang].badSetting(note.key, note.given, allowed);
}

/**
 * A scroll step for the widget whose state is `S`: any of its keys, each a plain value (a point or
 * a race as the text a link carries), so a misspelled key or a wrong choice fails to compile.
 */
export type StepOf<S> = {
	[K in keyof S]?: S[K] extends string | number | boolean ? S[K] : string;
};

export interface Codec<S> {
	defaults: S;
	/** Every key the codec reads, so a caller can tell an unknown key from a dropped one. */
	keys: readonly (keyof S & string)[];
	/**
	 * Applies `input` over `base` (defaults if omitted). Unknown keys are ignored; bad values keep
	 * the base value and come back as notes.
	 */
	parse(
		input: StepSettings | URLSearchParams | undefined,
		base?: S
	): { state: S; notes: SettingNote[] };
	serialize(state: S): Record<string, string>;
}

export function createCodec<S extends object>(
	schema: Schema<S>,
	defaults: S,
	dependents: Dependents<S> = {}
): Codec<S> {
	const keys = Object.keys(schema) as (keyof S & string)[];
	const dependentKeys = Object.keys(dependents) as (keyof S & string)[];
	return {
		defaults,
		keys,
		parse(input, base = defaults) {
			const state = { ...base };
			const notes: SettingNote[] = [];
			if (!input) return { state, notes };
			const get = (k: string): string | undefined => {
				if (input instanceof URLSearchParams) return input.get(k) ?? undefined;
				const v = input[k];
				return v === undefined ? undefined : String(v);
			};
			const refused = new Set<string>();
			for (const key of keys) {
				const raw = get(key);
				if (raw === undefined) continue;
				const value = schema[key].parse(raw);
				if (value !== undefined) state[key] = value;
				else if (key in dependents) refused.add(key);
				else notes.push({ key, given: shortGiven(raw), allowed: schema[key].allowed });
			}
			for (const key of dependentKeys) {
				const rule = dependents[key] as Dependent<S, S[typeof key]>;
				const raw = get(key);
				const followed = raw === undefined && rule.follows?.some((k) => get(k) !== undefined);
				if (followed) state[key] = rule.fallback(state, base);
				if (refused.has(key) || !rule.accepts(state[key], state)) {
					const given = raw ?? schema[key].format(state[key]);
					notes.push({ key, given: shortGiven(given), allowed: rule.allowed(state) });
					state[key] = rule.fallback(state, base);
				}
			}
			return { state, notes };
		},
		serialize(state) {
			const out: Record<string, string> = {};
			for (const key of keys) out[key] = schema[key].format(state[key]);
			return out;
		}
	};
}
