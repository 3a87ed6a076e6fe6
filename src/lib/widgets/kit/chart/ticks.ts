import { ticks } from 'd3-array';
import type { ScaleLinear } from 'd3-scale';

/**
 * Round tick values across a scale's domain: about `count` steps of 1, 2 or 5 × 10ᵏ (d3-array's
 * `ticks`). With `integer`, fractional ticks are dropped: epochs, steps and cycles are counted.
 */
export function axisTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	integer = false
): number[] {
	const [lo, hi] = scale.domain();
	const all = ticks(Math.min(lo, hi), Math.max(lo, hi), Math.max(1, count));
	return integer ? all.filter(Number.isInteger) : all;
}

/**
 * A tick's label: the round value as written, with a real minus sign (U+2212), the exponent's
 * too. zh-TW and en write these numbers alike (a point, no grouping at axis sizes), so one
 * formatter serves both languages.
 */
export function formatTick(v: number): string {
	if (!Number.isFinite(v)) return '';
	// toPrecision(12) drops float noise such as 0.30000000000000004; +0 also turns −0 into 0.
	const text = String(Number(v.toPrecision(12)) + 0);
	return text.replace(/-/g, '\u2212');
}

/**
 * The ticks whose labels have room: every k-th, with the smallest k that leaves `gap` pixels
 * between neighbours (`at` places a tick), counted from 0 when 0 is a tick, so that zero keeps
 * its label. A short chart on a slide had six labels stacked into each other.
 */
export function roomyTicks(
	ticks: readonly number[],
	at: (v: number) => number,
	gap: number
): number[] {
	if (ticks.length < 2) return [...ticks];
	const step = Math.abs(at(ticks[1]) - at(ticks[0]));
	const k = step > 0 ? Math.max(1, Math.ceil(gap / step)) : ticks.length;
	const from = Math.max(0, ticks.indexOf(0));
	return ticks.filter((_, i) => (i - from) % k === 0);
}
