// Figures for every benchmark: the Node ones (bench/*.bench.ts, through Vitest) and the browser
// ones (bench/*.browser.mjs, plain Node) both summarise and save through this file, so
// bench/run.mjs reads one shape. Plain JavaScript with JSDoc types, so both sides can import it.
import { mkdirSync, writeFileSync } from 'node:fs';

/**
 * One benchmark figure: its samples summarised as median and spread.
 * @typedef {object} Figure
 * @property {string} name
 * @property {string} unit
 * @property {number} median
 * @property {number} p5
 * @property {number} p95
 * @property {number} samples
 * @property {string} [target]
 */

/**
 * The q-quantile (0 ≤ q ≤ 1) of ascending `sorted`, interpolated linearly between neighbours;
 * NaN when there are no samples.
 * @param {number[]} sorted
 * @param {number} q
 * @returns {number}
 */
export function quantile(sorted, q) {
	if (sorted.length === 0) return NaN;
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * @param {string} name
 * @param {string} unit
 * @param {number[]} values
 * @param {string} [target]
 * @returns {Figure}
 */
export function summarise(name, unit, values, target) {
	const sorted = [...values].sort((a, b) => a - b);
	return {
		name,
		unit,
		median: quantile(sorted, 0.5),
		p5: quantile(sorted, 0.05),
		p95: quantile(sorted, 0.95),
		samples: values.length,
		target
	};
}

/**
 * Times `fn` `runs` times after `warmup` runs; milliseconds per run.
 * @param {() => void} fn
 * @returns {number[]}
 */
export function time(fn, runs = 30, warmup = 5) {
	for (let i = 0; i < warmup; i++) fn();
	/** @type {number[]} */
	const out = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		out.push(performance.now() - t0);
	}
	return out;
}

/**
 * Writes a bench file's figures where bench/run.mjs collects them.
 * @param {string} file
 * @param {Figure[]} figures
 */
export function save(file, figures) {
	mkdirSync('bench/results', { recursive: true });
	writeFileSync(`bench/results/${file}.json`, JSON.stringify(figures, null, 2));
}
