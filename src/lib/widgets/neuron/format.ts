/**
 * Numbers for the neuron stepper, as text and as TeX. Three significant digits, as the
 * readouts of every widget show; exponent form only for very small or very large numbers.
 */

const MINUS = '\u2212';

function parts(v: number, digits: number): { mantissa: string; exponent: number | null } {
	const a = Math.abs(v);
	// Whole numbers (an input of 1, ∂net/∂b = 1) are exact: no "1.00".
	if (Number.isInteger(v) && a < 1e4) return { mantissa: String(v), exponent: null };
	if (a >= 1e-3 && a < 1e4) {
		// As every readout on the site: significant digits without trailing zeros (0.4, not 0.400).
		const s = a >= 10 ** digits ? Math.round(a).toString() : String(Number(a.toPrecision(digits)));
		return { mantissa: (v < 0 ? '-' : '') + s, exponent: null };
	}
	const [m, e] = v.toExponential(digits - 1).split('e');
	return { mantissa: m, exponent: Number(e) };
}

/** Plain text, with a true minus sign: "−0.851", "1.23×10⁻⁵" as "1.23e−5". */
export function formatNumber(v: number, digits = 3): string {
	if (Number.isNaN(v)) return 'NaN';
	if (!Number.isFinite(v)) return v > 0 ? '∞' : `${MINUS}∞`;
	const { mantissa, exponent } = parts(v, digits);
	const text = exponent === null ? mantissa : `${mantissa}e${exponent}`;
	return text.replaceAll('-', MINUS);
}

/** TeX for a number: -0.851, 1.23 \times 10^{-5}. */
export function texNumber(v: number, digits = 3): string {
	if (Number.isNaN(v)) return '\\text{NaN}';
	if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
	const { mantissa, exponent } = parts(v, digits);
	return exponent === null ? mantissa : `${mantissa} \\times 10^{${exponent}}`;
}

/** TeX for a number used as a factor or a term: negatives get parentheses, (-0.851). */
export function texFactor(v: number, digits = 3): string {
	const t = texNumber(v, digits);
	return v < 0 || t.includes('\\times') ? `(${t})` : t;
}

/** Subscript digits for plain-text symbols: sub(12) = "₁₂". */
export function sub(n: number | string): string {
	return String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);
}
