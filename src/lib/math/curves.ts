import type { CurveId } from './ids';
import type { Objective } from './objective';

/**
 * One-weight loss curves L(w) for the one-dimensional descent widget, each with L'(w).
 */

export interface Curve extends Objective {
	readonly id: CurveId;
	readonly dim: 1;
	/** Weights where L' = 0 and L has a minimum. */
	readonly minima: readonly { w: number; f: number; global: boolean }[];
	readonly defaultStart: number;
}

export interface CurveParams {
	/** Curvature a of the parabola a·w²/2; gradient descent on it diverges for η > 2/a. */
	a?: number;
}

function curve(
	id: CurveId,
	fn: (w: number) => number,
	dfn: (w: number) => number,
	domain: [number, number],
	minima: Curve['minima'],
	defaultStart: number
): Curve {
	return {
		id,
		dim: 1,
		domain: [domain],
		minima,
		defaultStart,
		f: (w) => fn(w[0]),
		grad(w, out) {
			out[0] = dfn(w[0]);
		}
	};
}

/** The curve called `id`. */
export function getCurve(id: CurveId, params: CurveParams = {}): Curve {
	switch (id) {
		case 'parabola': {
			const a = params.a ?? 1;
			// L = a·w²/2, L' = a·w
			return curve(
				id,
				(w) => (a * w * w) / 2,
				(w) => a * w,
				[-3, 3],
				[{ w: 0, f: 0, global: true }],
				-2.5
			);
		}
		case 'twoWells':
			// L = (w² − 1)² + 0.4·w, L' = 4w(w² − 1) + 0.4: the 1D slice of the two-wells surface.
			return curve(
				id,
				(w) => (w * w - 1) ** 2 + 0.4 * w,
				(w) => 4 * w * (w * w - 1) + 0.4,
				[-2, 2],
				[
					{ w: -1.046680532, f: -0.409544295, global: true },
					{ w: 0.945649274, f: 0.389442233, global: false }
				],
				1.8
			);
		case 'wavy':
			// L = w²/10 + sin(2w)/2 + 0.5, L' = w/5 + cos(2w): many shallow dips on a wide bowl.
			return curve(
				id,
				(w) => (w * w) / 10 + Math.sin(2 * w) / 2 + 0.5,
				(w) => w / 5 + Math.cos(2 * w),
				[-5, 5],
				wavyMinima(),
				4.5
			);
	}
}

/** The local minima of the wavy curve, found once by Newton's method on L'. */
function wavyMinima(): Curve['minima'] {
	const found: { w: number; f: number; global: boolean }[] = [];
	for (let w0 = -5; w0 <= 5; w0 += 0.25) {
		let w = w0;
		for (let i = 0; i < 50; i++) w -= (w / 5 + Math.cos(2 * w)) / (1 / 5 - 2 * Math.sin(2 * w));
		const second = 1 / 5 - 2 * Math.sin(2 * w);
		if (w < -5 || w > 5 || second <= 0) continue;
		if (found.some((m) => Math.abs(m.w - w) < 1e-6)) continue;
		found.push({ w, f: (w * w) / 10 + Math.sin(2 * w) / 2 + 0.5, global: false });
	}
	found.sort((p, q) => p.w - q.w);
	const lowest = Math.min(...found.map((m) => m.f));
	return found.map((m) => ({ ...m, global: m.f === lowest }));
}
