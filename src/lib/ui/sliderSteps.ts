/**
 * Where a slider's − / + buttons go from `value`: on a log slider the next round value of the
 * 1–2–5 ladder (…, 0.1, 0.2, 0.5, 1, …), on a linear one the next multiple of `step`; never
 * past `min` or `max`. A finger cannot land the thumb on 0.1 exactly; the buttons can.
 */
export function nextValue(
	value: number,
	direction: 1 | -1,
	{ min, max, step, log }: { min: number; max: number; step: number; log: boolean }
): number {
	const clamp = (v: number) => Math.min(max, Math.max(min, v));
	if (!log) {
		const k = value / step;
		// Off the grid (a typed value): to the nearest multiple in that direction first.
		const onGrid = Math.abs(k - Math.round(k)) < 1e-9;
		const next = onGrid ? Math.round(k) + direction : direction > 0 ? Math.ceil(k) : Math.floor(k);
		return clamp(Number((next * step).toPrecision(12)));
	}
	const ladder = [min, max];
	for (let e = Math.floor(Math.log10(min)) - 1; e <= Math.ceil(Math.log10(max)); e++) {
		for (const m of [1, 2, 5]) {
			const v = Number((m * 10 ** e).toPrecision(12));
			if (v > min && v < max) ladder.push(v);
		}
	}
	ladder.sort((a, b) => a - b);
	const tol = Math.abs(value) * 1e-9;
	const found =
		direction > 0 ? ladder.find((v) => v > value + tol) : ladder.findLast((v) => v < value - tol);
	return found ?? (direction > 0 ? max : min);
}
