import * as v from 'valibot';
import { optimizerIds } from '$lib/math/ids';
import type { OptimizerSettings } from '$lib/math/optimizers';
import type { Result } from './result';

/** A finite number, the base of every numeric field that crosses the boundary. */
export const finite = v.pipe(v.number(), v.finite());
export const positive = v.pipe(v.number(), v.finite(), v.gtValue(0));
export const unit = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
export const stepCount = (max: number) =>
	v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

// Typed by the math core's settings, so the schema cannot drift from what the optimizers read.
export const optimizerSchema: v.GenericSchema<OptimizerSettings> = v.object({
	id: v.picklist(optimizerIds),
	lr: v.pipe(v.number(), v.finite(), v.gtValue(0), v.maxValue(1000)),
	beta: v.optional(v.pipe(unit, v.ltValue(1))),
	rho: v.optional(v.pipe(unit, v.ltValue(1))),
	beta1: v.optional(v.pipe(unit, v.ltValue(1))),
	beta2: v.optional(v.pipe(unit, v.ltValue(1))),
	eps: v.optional(positive)
});

export const curvatureSchema = v.optional(
	v.pipe(v.number(), v.finite(), v.gtValue(0), v.maxValue(100))
);

/** Largest trajectory the engine computes in one answer. */
export const MAX_STEPS = 100_000;
/** Largest grid side the engine samples. */
export const MAX_GRID = 512;

/**
 * Checks `input` against `schema`, then runs `handle`. Anything wrong with the input, and any
 * exception inside, becomes a typed error answer: the worker never dies of a bad message.
 */
export function guarded<S extends v.GenericSchema, T>(
	schema: S,
	input: unknown,
	handle: (value: v.InferOutput<S>) => T
): Result<T> {
	const parsed = v.safeParse(schema, input);
	if (!parsed.success) {
		const issues = parsed.issues.map((issue) => {
			const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
			return path ? `${path}: ${issue.message}` : issue.message;
		});
		return {
			ok: false,
			error: { code: 'invalid-input', message: `Invalid request: ${issues[0]}`, issues }
		};
	}
	try {
		return { ok: true, value: handle(parsed.output) };
	} catch (err) {
		return {
			ok: false,
			error: { code: 'internal', message: err instanceof Error ? err.message : String(err) }
		};
	}
}
