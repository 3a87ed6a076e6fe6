import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** Room around the plot for ticks and axis names, in pixels. */
export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface PlotScales {
	x: ScaleLinear<number, number>;
	y: ScaleLinear<number, number>;
}

/** Linear scales from data to pixels inside the margins of a width × height chart, y upward. */
export function plotScales(
	width: number,
	height: number,
	margin: Margin,
	xDomain: readonly [number, number],
	yDomain: readonly [number, number]
): PlotScales {
	return {
		x: scaleLinear()
			.domain(xDomain)
			.range([margin.left, Math.max(margin.left, width - margin.right)]),
		y: scaleLinear()
			.domain(yDomain)
			.range([height - margin.bottom, margin.top])
	};
}

/**
 * SVG path through (xᵢ, yᵢ). Values beyond the y-domain are pinned a little outside it (the
 * chart clips them), so a curve that shoots off to ±∞ leaves the plot instead of drawing a line
 * from a pixel a million rows away. Non-finite values break the line.
 */
export function linePath(plot: PlotScales, xs: ArrayLike<number>, ys: ArrayLike<number>): string {
	const [lo, hi] = plot.y.domain();
	const pad = (hi - lo) * 0.5;
	const idx = Array.from({ length: Math.min(xs.length, ys.length) }, (_, i) => i);
	const draw = line<number>()
		.defined((i) => Number.isFinite(xs[i]) && Number.isFinite(ys[i]))
		.x((i) => plot.x(xs[i]))
		.y((i) => plot.y(Math.min(hi + pad, Math.max(lo - pad, ys[i]))));
	return draw(idx) ?? '';
}

/**
 * SVG path of a series drawn at x = 0, 1, 2 … (epochs, steps, cycles) up to index `upTo`.
 * Values above the y-domain are pinned to its top, so a rising or diverging run leaves through
 * the top edge instead of drawing from a pixel a million rows away. A non-finite value breaks
 * the line, or with `offTop` (a run that blew up) stands at the top like one too large.
 */
export function seriesPath(
	scales: PlotScales,
	values: ArrayLike<number>,
	upTo = values.length - 1,
	offTop = false
): string {
	const [lo, hi] = scales.y.domain();
	const top = Math.max(lo, hi);
	const bottom = Math.min(lo, hi);
	const idx = Array.from(
		{ length: Math.max(0, Math.min(values.length - 1, upTo) + 1) },
		(_, i) => i
	);
	const draw = line<number>()
		.defined((i) => offTop || Number.isFinite(values[i]))
		.x((i) => scales.x(i))
		.y((i) => {
			const v = values[i];
			return scales.y(Number.isFinite(v) ? Math.min(top, Math.max(bottom, v)) : top);
		});
	return draw(idx) ?? '';
}

/** One line of a LineChart. */
export interface LineSeries {
	values: ArrayLike<number>;
	/** Class names on the path, for tests and the faint/bold weights of chart.css. */
	class: string;
	/** Last index drawn (all by default). */
	upTo?: number;
	/** A CSS colour, such as 'var(--blue)'. */
	color: string;
	/** A stroke-dasharray, for a second series in the same hue. */
	dash?: string;
	/** Non-finite values stand at the top edge instead of breaking the line. */
	offTop?: boolean;
	testid?: string;
}
