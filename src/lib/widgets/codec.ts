import { formatNumber } from '$lib/i18n/lang';
import type { StepSettings } from '$lib/ui/scrolly';

/**
 * Reading and writing a widget's settings as plain key/value pairs: the same codec serves the
 * URL (?lr=0.1), scroll steps ({ lr: 0.1 }) and the presenter's sync. Input is untrusted.
 */
export type Field<T> = {
	parse(raw: string): T | undefined;
	format(value: T): string;
	/** Human description of what is allowed, for the note shown on a bad value. */
	allowed: string;
};

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
		allowed: `${formatNumber(min, 4)} – ${formatNumber(max, 4)}`
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

/** A setting that could not be read: what was given and what is allowed. */
export interface SettingNote {
	key: string;
	given: string;
	allowed: string;
}

export interface Codec<S> {
	defaults: S;
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

export function createCodec<S extends object>(schema: Schema<S>, defaults: S): Codec<S> {
	const keys = Object.keys(schema) as (keyof S & string)[];
	return {
		defaults,
		parse(input, base = defaults) {
			const state = { ...base };
			const notes: SettingNote[] = [];
			if (!input) return { state, notes };
			const get = (k: string): string | undefined => {
				if (input instanceof URLSearchParams) return input.get(k) ?? undefined;
				const v = input[k];
				return v === undefined ? undefined : String(v);
			};
			for (const key of keys) {
				const raw = get(key);
				if (raw === undefined) continue;
				const value = schema[key].parse(raw);
				if (value === undefined)
					notes.push({ key, given: raw.slice(0, 40), allowed: schema[key].allowed });
				else state[key] = value;
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
