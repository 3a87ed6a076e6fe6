/** The outcome of reading a typed number against its allowed range. */
export type NumberCheck = { ok: true; value: number } | { ok: false; reason: 'nan' | 'range' };

/**
 * Reads what a reader typed: accepts "0.1", " 1e-3 ", "0,5" (comma as decimal point) and the
 * full-width digits a CJK keyboard may produce; rejects anything else or anything out of range.
 */
export function readNumber(text: string, min: number, max: number): NumberCheck {
	const normal = text
		.trim()
		.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/[．。]/g, '.')
		.replace(/[－−]/g, '-')
		.replace(',', '.');
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return { ok: false, reason: 'nan' };
	const value = Number(normal);
	if (!Number.isFinite(value)) return { ok: false, reason: 'nan' };
	if (value < min || value > max) return { ok: false, reason: 'range' };
	return { ok: true, value };
}
