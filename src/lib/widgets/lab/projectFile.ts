/**
 * The lab's project as one file (export and import) and as one IndexedDB record. The file is
 * JSON; typed arrays travel as base64 with their kind, so a file imported on another machine
 * gives the same pictures and the same weights, bit for bit.
 */
import { LAB_PIXELS } from '$lib/math/labImage';
import { CLASS_CAP, type SavedProject } from './project.svelte';
import { MAX_CLASSES, MIN_CLASSES, NAME_MAX } from './state';

export const FORMAT = 'descent-lab';
export const VERSION = 1;

/** Everything a project holds: pictures, settings as a link carries them, and a trained model. */
export interface ProjectRecord extends SavedProject {
	format: typeof FORMAT;
	version: number;
	settings: Record<string, string>;
	/** The trained model and its history, as the worker's checkpoint gives them; null: untrained. */
	model: unknown;
}

const kinds = { Uint8Array, Uint32Array, Float32Array, Float64Array } as const;
type Kind = keyof typeof kinds;

function toBase64(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s);
}

function fromBase64(text: string): Uint8Array {
	const s = atob(text);
	const out = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
	return out;
}

/** The record as the text of a file. */
export function encodeProject(record: ProjectRecord): string {
	return JSON.stringify(record, (_key, value) => {
		for (const [kind, Type] of Object.entries(kinds))
			if (value instanceof Type)
				return {
					$typed: kind,
					b64: toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
				};
		return value;
	});
}

export type DecodeResult =
	| { ok: true; record: ProjectRecord }
	| { ok: false; problem: 'not-project' }
	| { ok: false; problem: 'future'; version: number };

/** Reads a file's text; anything that is not a lab project of a version this page knows is refused. */
export function decodeProject(text: string): DecodeResult {
	let raw: unknown;
	try {
		raw = JSON.parse(text, (_key, value) => {
			if (value && typeof value === 'object' && typeof value.$typed === 'string') {
				const Type = kinds[value.$typed as Kind];
				if (!Type || typeof value.b64 !== 'string') throw new Error('bad array');
				const bytes = fromBase64(value.b64);
				if (bytes.length % Type.BYTES_PER_ELEMENT) throw new Error('bad array');
				return new Type(bytes.buffer as ArrayBuffer, 0, bytes.length / Type.BYTES_PER_ELEMENT);
			}
			return value;
		});
	} catch {
		return { ok: false, problem: 'not-project' };
	}
	return checkRecord(raw);
}

/** Checks a record from a file or from storage: shape, sizes and version. */
export function checkRecord(raw: unknown): DecodeResult {
	const r = raw as Partial<ProjectRecord> | null;
	if (!r || typeof r !== 'object' || r.format !== FORMAT || typeof r.version !== 'number')
		return { ok: false, problem: 'not-project' };
	if (r.version > VERSION) return { ok: false, problem: 'future', version: r.version };
	const names = r.names;
	const samples = r.samples;
	const good =
		Array.isArray(names) &&
		names.length >= MIN_CLASSES &&
		names.length <= MAX_CLASSES &&
		names.every((n) => typeof n === 'string' && n.trim().length > 0 && n.length <= NAME_MAX) &&
		Array.isArray(samples) &&
		samples.length === names.length &&
		samples.every(
			(list) =>
				Array.isArray(list) &&
				list.length <= CLASS_CAP &&
				list.every((p) => p instanceof Uint8Array && p.length === LAB_PIXELS)
		) &&
		!!r.settings &&
		typeof r.settings === 'object' &&
		Object.values(r.settings).every((v) => typeof v === 'string');
	if (!good) return { ok: false, problem: 'not-project' };
	return {
		ok: true,
		record: {
			format: FORMAT,
			version: r.version,
			names: names as string[],
			samples: samples as Uint8Array[][],
			settings: r.settings as Record<string, string>,
			model: r.model ?? null
		}
	};
}
