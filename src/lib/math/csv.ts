import type { Dataset } from './dataset';

/**
 * A learner's own data as CSV: a header row, then one sample per row with two or more numeric
 * feature columns and one label column holding exactly two distinct values. The label column
 * is the one headed `label`, `class`, `y`, `標籤` or `類別`, else the last. Separators: comma,
 * semicolon or tab (whichever the header uses). Blank lines and lines starting with # are
 * skipped. Features must be numbers within ±CSV_LIMITS.maxAbs; they are scaled to [0, 1] by
 * their min and max, which are kept for the axes.
 *
 * Problems come back as codes with line numbers (1-based, as an editor shows them), so the
 * page can say them in either language.
 */
export type CsvProblem =
	| { code: 'empty' }
	| { code: 'tooFewColumns'; line: number; columns: number }
	| { code: 'tooManyColumns'; line: number; columns: number; max: number }
	| { code: 'duplicateHeader'; line: number; name: string }
	| { code: 'columnCount'; line: number; expected: number; got: number }
	| { code: 'notANumber'; line: number; column: string; value: string }
	| { code: 'tooLarge'; line: number; column: string; value: string; max: number }
	| { code: 'missingLabel'; line: number }
	| { code: 'tooManyClasses'; line: number; value: string; classes: [string, string] }
	| { code: 'oneClass'; value: string }
	| { code: 'tooFewRows'; rows: number; min: number }
	| { code: 'tooManyRows'; line: number; max: number };

export type CsvResult = { ok: true; data: Dataset } | { ok: false; problem: CsvProblem };

/**
 * maxAbs bounds a feature's size: the scaling divides by max − min, which for ±1e308 overflows
 * to ∞ and turns every feature into NaN. Up to 1e15 the difference stays exact to a quarter, and
 * millisecond timestamps (about 1.7e12) still fit.
 */
export const CSV_LIMITS = { minRows: 4, maxRows: 5000, maxFeatures: 8, maxAbs: 1e15 } as const;

const LABEL_HEADERS = ['label', 'class', 'y', '標籤', '類別'];
/** Label words that fix which class is 0 and which is 1, so cat/dog files match the built-in. */
const CLASS_ORDER: [string, string][] = [
	['0', '1'],
	['cat', 'dog'],
	['貓', '狗'],
	['no', 'yes'],
	['false', 'true']
];

function splitRow(line: string, sep: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (quoted) {
			if (ch === '"' && line[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === sep) {
			cells.push(cell.trim());
			cell = '';
		} else cell += ch;
	}
	cells.push(cell.trim());
	return cells;
}

function detectSeparator(header: string): string {
	for (const sep of ['\t', ';', ',']) if (header.includes(sep)) return sep;
	return ',';
}

/** Orders the two label values: a known pair in its own order, else alphabetical. */
function orderClasses(values: string[]): [string, string] {
	const lower = values.map((v) => v.toLowerCase());
	for (const [a, b] of CLASS_ORDER) {
		const ia = lower.indexOf(a);
		const ib = lower.indexOf(b);
		if (ia >= 0 && ib >= 0) return [values[ia], values[ib]];
	}
	const sorted = [...values].sort();
	return [sorted[0], sorted[1]];
}

/** Parses CSV text into a data set, or names the first problem and its line. */
export function parseCsv(text: string): CsvResult {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
	const rows: { line: number; cells: string[] }[] = [];
	let sep = ',';
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i].trim();
		if (raw === '' || raw.startsWith('#')) continue;
		if (rows.length === 0) sep = detectSeparator(raw);
		rows.push({ line: i + 1, cells: splitRow(raw, sep) });
	}
	if (rows.length === 0) return { ok: false, problem: { code: 'empty' } };

	const header = rows[0];
	const width = header.cells.length;
	if (width < 3) {
		return { ok: false, problem: { code: 'tooFewColumns', line: header.line, columns: width } };
	}
	if (width - 1 > CSV_LIMITS.maxFeatures) {
		const problem = {
			code: 'tooManyColumns' as const,
			line: header.line,
			columns: width,
			max: CSV_LIMITS.maxFeatures + 1
		};
		return { ok: false, problem };
	}
	const seen = new Set<string>();
	for (const name of header.cells) {
		if (seen.has(name.toLowerCase())) {
			return { ok: false, problem: { code: 'duplicateHeader', line: header.line, name } };
		}
		seen.add(name.toLowerCase());
	}
	let labelCol = header.cells.findIndex((h) => LABEL_HEADERS.includes(h.toLowerCase()));
	if (labelCol < 0) labelCol = width - 1;
	const featureCols = header.cells.map((_, j) => j).filter((j) => j !== labelCol);

	const body = rows.slice(1);
	if (body.length > CSV_LIMITS.maxRows) {
		const line = body[CSV_LIMITS.maxRows].line;
		return { ok: false, problem: { code: 'tooManyRows', line, max: CSV_LIMITS.maxRows } };
	}
	const d = featureCols.length;
	const values = new Float64Array(body.length * d);
	const labels: string[] = [];
	const classes: string[] = [];
	for (let r = 0; r < body.length; r++) {
		const { line, cells } = body[r];
		if (cells.length !== width) {
			return {
				ok: false,
				problem: { code: 'columnCount', line, expected: width, got: cells.length }
			};
		}
		for (let k = 0; k < d; k++) {
			const raw = cells[featureCols[k]];
			const v = raw === '' ? NaN : Number(raw);
			const column = header.cells[featureCols[k]];
			if (Number.isNaN(v)) {
				return { ok: false, problem: { code: 'notANumber', line, column, value: raw } };
			}
			if (!(Math.abs(v) <= CSV_LIMITS.maxAbs)) {
				const problem = {
					code: 'tooLarge' as const,
					line,
					column,
					value: raw,
					max: CSV_LIMITS.maxAbs
				};
				return { ok: false, problem };
			}
			values[r * d + k] = v;
		}
		const label = cells[labelCol];
		if (label === '') return { ok: false, problem: { code: 'missingLabel', line } };
		if (!classes.includes(label)) {
			if (classes.length === 2) {
				const problem = {
					code: 'tooManyClasses' as const,
					line,
					value: label,
					classes: [classes[0], classes[1]] as [string, string]
				};
				return { ok: false, problem };
			}
			classes.push(label);
		}
		labels.push(label);
	}
	if (body.length < CSV_LIMITS.minRows) {
		return {
			ok: false,
			problem: { code: 'tooFewRows', rows: body.length, min: CSV_LIMITS.minRows }
		};
	}
	if (classes.length < 2) return { ok: false, problem: { code: 'oneClass', value: classes[0] } };

	const classNames = orderClasses(classes);
	const n = body.length;
	const ranges: [number, number][] = [];
	const x = new Float64Array(n * d);
	for (let k = 0; k < d; k++) {
		let lo = Infinity;
		let hi = -Infinity;
		for (let i = 0; i < n; i++) {
			lo = Math.min(lo, values[i * d + k]);
			hi = Math.max(hi, values[i * d + k]);
		}
		ranges.push([lo, hi]);
		// A constant column carries no information; it sits in the middle.
		for (let i = 0; i < n; i++) x[i * d + k] = hi > lo ? (values[i * d + k] - lo) / (hi - lo) : 0.5;
	}
	const y = Uint8Array.from(labels, (l) => (l === classNames[1] ? 1 : 0));
	const featureNames = featureCols.map((j) => header.cells[j]);
	return {
		ok: true,
		data: { n, d, x, y, featureNames, classNames, ranges, kind: null, look: null }
	};
}
