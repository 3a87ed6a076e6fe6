import { mkdirSync, writeFileSync } from 'node:fs';

/** One benchmark figure: its samples summarised as median and spread. */
export interface Figure {
	name: string;
	unit: string;
	median: number;
	p5: number;
	p95: number;
	samples: number;
	target?: string;
}

export function quantile(sorted: number[], q: number): number {
	if (sorted.length === 0) return NaN;
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarise(name: string, unit: string, values: number[], target?: string): Figure {
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

/** Times `fn` `runs` times after `warmup` runs; milliseconds per run. */
export function time(fn: () => void, runs = 30, warmup = 5): number[] {
	for (let i = 0; i < warmup; i++) fn();
	const out: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		out.push(performance.now() - t0);
	}
	return out;
}

/** Writes a bench file's figures where bench/run.mjs collects them. */
export function save(file: string, figures: Figure[]): void {
	mkdirSync('bench/results', { recursive: true });
	writeFileSync(`bench/results/${file}.json`, JSON.stringify(figures, null, 2));
}
