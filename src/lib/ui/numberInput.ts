import { formatNumber, type Lang } from '$lib/i18n/lang';
import { ui } from '$lib/i18n/strings';

/** What every number control takes: its name, its value and the range it allows. */
export interface NumberProps {
	label: string;
	value: number;
	min: number;
	max: number;
}

/** The outcome of reading a typed number against its allowed range. */
export type NumberCheck =
	{ ok: true; value: number } | { ok: false; reason: 'nan' | 'range' | 'integer' };

/** A whole part grouped by thousands: 1,000 or 12,345,678 (never 0,500, nor 1,00). */
const THOUSANDS = /^[-+]?[1-9]\d{0,2}(,\d{3})+(?=\.|$)/;

/**
 * Reads what a reader typed: accepts "0.1", " 1e-3 ", "1,000" (thousands), "0,5" (comma as
 * decimal point), the
 * full-width digits and marks a CJK keyboard may produce, and the real minus sign (U+2212) that
 * the fields themselves show; rejects anything else or anything out of range.
 */
export function readNumber(
	text: string,
	min: number,
	max: number,
	opts: { integer?: boolean } = {}
): NumberCheck {
	const normal = text
		.trim()
		.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/[．。]/g, '.')
		.replace(/[－−]/g, '-')
		.replace(/＋/g, '+')
		.replace(/[ｅＥ]/g, 'e')
		.replace(/，/g, ',')
		// Both languages group thousands with commas ("1,000" epochs is a thousand); any other
		// comma is a decimal point ("0,5").
		.replace(THOUSANDS, (n) => n.replaceAll(',', ''))
		.replace(',', '.');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return { ok: false, reason: 'nan' };
	const value = Number(normal);
	if (!Number.isFinite(value)) return { ok: false, reason: 'nan' };
	if (value < min || value > max) return { ok: false, reason: 'range' };
	if (opts.integer && !Number.isInteger(value)) return { ok: false, reason: 'integer' };
	return { ok: true, value };
}

/** The one sentence a number field shows when it refuses what was typed and keeps `kept`. */
export function refusedNumberText(
	lang: Lang,
	given: string,
	range: { min: number; max: number; integer?: boolean },
	kept: number
): string {
	const strings = ui[lang];
	const span = `${formatNumber(range.min, 4)} – ${formatNumber(range.max, 4)}`;
	const allowed = range.integer ? `${strings.wholeNumber} ${span}` : span;
	return strings.refusedNumber(given, allowed, formatNumber(kept, 4));
}
