import type { Bilingual } from '$lib/i18n/lang';

export const strings: Bilingual<{
	title: string;
	curve: string;
	curves: Record<'parabola' | 'twoWells' | 'wavy', string>;
	lr: string;
	lrHint: (critical: number | null) => string;
	critical: string;
	start: string;
	curvature: string;
	chartLabel: string;
	clickToStart: string;
	status: {
		descending: string;
		oscillating: string;
		converged: (k: number) => string;
		diverged: (k: number) => string;
		ended: string;
	};
	readout: (k: number, w: string, loss: string, slope: string) => string;
	direction: (slope: number) => string;
}> = {
	'zh-TW': {
		title: '沿著曲線下坡',
		curve: '損失曲線',
		curves: { parabola: '碗形 a·w²/2', twoWells: '兩個谷（有局部最小值）', wavy: '波浪起伏' },
		lr: '學習率 η',
		lrHint: (c) =>
			c === null ? '0.001 – 3（對數刻度）' : `0.001 – 3（對數刻度）；超過 2/a = ${c} 會發散`,
		critical: '2/a',
		start: '起點 w₀',
		curvature: '曲率 a',
		chartLabel: '損失 L(w) 對權重 w 的曲線，球在目前的權重上，切線顯示斜率',
		clickToStart: '點一下曲線下方可以設定起點。',
		status: {
			descending: '下降中',
			oscillating: '來回震盪',
			converged: (k) => `第 ${k} 步收斂`,
			diverged: (k) => `第 ${k} 步發散`,
			ended: '已走完'
		},
		readout: (k, w, loss, slope) => `第 ${k} 步：w = ${w}，L(w) = ${loss}，斜率 L′(w) = ${slope}`,
		direction: (s) =>
			s > 0
				? '斜率為正 → 過頭了 → w 減少'
				: s < 0
					? '斜率為負 → 還沒到 → w 增加'
					: '斜率為零 → 停下'
	},
	en: {
		title: 'Walking down a curve',
		curve: 'Loss curve',
		curves: { parabola: 'Bowl a·w²/2', twoWells: 'Two valleys (a local minimum)', wavy: 'Wavy' },
		lr: 'Learning rate η',
		lrHint: (c) =>
			c === null ? '0.001 – 3 (log scale)' : `0.001 – 3 (log scale); above 2/a = ${c} it diverges`,
		critical: '2/a',
		start: 'Start w₀',
		curvature: 'Curvature a',
		chartLabel:
			'The loss L(w) against the weight w; the ball sits at the current weight and the tangent shows the slope',
		clickToStart: 'Click below the curve to set the start.',
		status: {
			descending: 'descending',
			oscillating: 'oscillating',
			converged: (k) => `converged at step ${k}`,
			diverged: (k) => `diverged at step ${k}`,
			ended: 'done'
		},
		readout: (k, w, loss, slope) => `Step ${k}: w = ${w}, L(w) = ${loss}, slope L′(w) = ${slope}`,
		direction: (s) =>
			s > 0
				? 'slope positive → went past → w decreases'
				: s < 0
					? 'slope negative → not there yet → w increases'
					: 'slope zero → stop'
	}
};
