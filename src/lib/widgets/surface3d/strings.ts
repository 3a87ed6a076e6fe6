import type { Bilingual } from '$lib/i18n/lang';
import type { OptimizerId } from '$lib/math/ids';
import type { LossSurfaceId, RunKind } from '$lib/math/ids';
import type { AxisTrend } from '$lib/math/axisFactors';

/** The facts one ball's readout line states, already formatted. */
export interface BallFacts {
	n: number;
	colour: string;
	optimizer: string;
	lr: string;
	step: number;
	w1: string;
	w2: string;
	loss: string;
	grad: string;
	status: string;
}

interface Strings {
	title: string;
	surface: string;
	surfaces: Record<LossSurfaceId, string>;
	optimizer: string;
	optimizers: Record<OptimizerId, string>;
	lr: string;
	/** `critical` names the limit and gives it, e.g. "2/a₂ = 0.1". */
	lrHint: (lo: string, hi: string, critical: string | null) => string;
	startW1: string;
	startW2: string;
	curvature: string;
	beta: string;
	rho: string;
	beta1: string;
	beta2: string;
	speed: string;
	stepsPerSecond: (n: number) => string;
	race: string;
	raceHint: string;
	addBall: string;
	removeBall: (n: number) => string;
	ball: (n: number) => string;
	colours: string[];
	status: Record<Exclude<RunKind, 'converged' | 'diverged'>, string> & {
		converged: (step: number, local: boolean) => string;
		diverged: (step: number) => string;
	};
	readout: (f: BallFacts) => string;
	/** The legend beside the 3D view: the optimizers' names and the verdicts, in a few words. */
	optimizersShort: Record<OptimizerId, string>;
	statusShort: Record<Exclude<RunKind, 'converged' | 'diverged'>, string> & {
		converged: (step: number, local: boolean) => string;
		diverged: (step: number) => string;
	};
	stepShort: (step: number) => string;
	viewLabel: string;
	viewHint: string;
	mapLabel: string;
	mapHint: string;
	noWebgl: string;
	renderStopped: string;
	/** The same in a few words, over the small map beside a lesson's steps. */
	noWebglShort: string;
	renderStoppedShort: string;
	loading3d: string;
	chartLabel: string;
	chartStep: string;
	/** Ball 1's weight i (0 or 1) against the step, on a surface with a factor per axis. */
	axisChart: (i: number, curvature: string) => string;
	/**
	 * The factor 1 − η·aᵢ, its size against 1 and what it does, in words: pieces to be joined by
	 * spaces, each kept on one line (a narrow column breaks between them, never inside a formula).
	 */
	factor: (i: number, r: string, trend: AxisTrend) => string[];
}

const sub = ['₁', '₂'];
const compare: Record<AxisTrend, string> = { shrinks: '<', holds: '=', grows: '>' };
/** "1 − η·a₂ = −1.2," and "|−1.2| > 1": the same in both languages. */
const factorMath = (i: number, r: string, trend: AxisTrend) => [
	`1 − η·a${sub[i]} = ${r},`,
	`|${r}| ${compare[trend]} 1`
];

export const strings: Bilingual<Strings> = {
	'zh-TW': {
		title: '3D 損失曲面：球往下滾',
		surface: '曲面',
		surfaces: {
			bowl: '碗形 a·(w₁² + w₂²)/2',
			valley: '狹長的山谷',
			rosenbrock: 'Rosenbrock 彎曲山谷',
			himmelblau: 'Himmelblau（四個最低點）',
			twoWells: '兩個谷（有局部最小值）',
			saddle: '鞍點',
			neuronMse: '神經元的損失：均方誤差（w, b）',
			neuronBce: '神經元的損失：交叉熵（w, b）'
		},
		optimizer: '最佳化方法',
		optimizers: {
			gd: '梯度下降',
			momentum: '動量（Momentum）',
			nesterov: 'Nesterov 動量',
			rmsprop: 'RMSProp',
			adam: 'Adam'
		},
		lr: '學習率 η',
		lrHint: (lo, hi, c) => `${lo} – ${hi}（對數刻度）` + (c ? `；梯度下降超過 ${c} 就會發散` : ''),
		startW1: '起點 w₁',
		startW2: '起點 w₂',
		curvature: '碗的曲率 a',
		beta: '動量 β',
		rho: '衰減 ρ',
		beta1: 'Adam β₁',
		beta2: 'Adam β₂',
		speed: '速度',
		stepsPerSecond: (n) => `每秒 ${n} 步`,
		race: '比賽：同一個起點，最多四顆球',
		raceHint: '每顆球可以有自己的最佳化方法和學習率。',
		addBall: '加一顆球',
		removeBall: (n) => `移除球 ${n}`,
		ball: (n) => `球 ${n}`,
		colours: ['藍', '朱紅', '橙', '綠'],
		status: {
			converging: '正在收斂',
			oscillating: '來回震盪',
			converged: (s, local) => `第 ${s} 步收斂（${local ? '局部' : '全域'}最小值）`,
			diverged: (s) => `第 ${s} 步發散，球飛出曲面`,
			plateau: '卡在平坦的高原上',
			saddle: '卡在鞍點'
		},
		readout: (f) =>
			`球 ${f.n}（${f.colour}，${f.optimizer}，η = ${f.lr}）：第 ${f.step} 步，` +
			`(w₁, w₂) = (${f.w1}, ${f.w2})，L = ${f.loss}，‖∇L‖ = ${f.grad}，${f.status}`,
		optimizersShort: {
			gd: '梯度下降',
			momentum: '動量',
			nesterov: 'Nesterov',
			rmsprop: 'RMSProp',
			adam: 'Adam'
		},
		statusShort: {
			converging: '正在收斂',
			oscillating: '來回震盪',
			converged: (s, local) => `第 ${s} 步收斂（${local ? '局部' : '全域'}）`,
			diverged: (s) => `第 ${s} 步發散`,
			plateau: '卡在高原',
			saddle: '卡在鞍點'
		},
		stepShort: (s) => `第 ${s} 步`,
		viewLabel: '3D 損失曲面',
		viewHint:
			'拖曳或用方向鍵旋轉；+ / −、兩指開合或 Ctrl + 滾輪縮放；點曲面或底下的等高線圖設定起點。',
		mapLabel: '損失的等高線圖',
		mapHint: '點地圖設定起點。',
		noWebgl: '這個瀏覽器無法顯示 3D（沒有 WebGL），改用等高線圖顯示同一個曲面。',
		renderStopped: '3D 畫面一再停止，改用等高線圖顯示同一個曲面。',
		noWebglShort: '俯視圖（無 3D）',
		renderStoppedShort: '俯視圖（3D 停了）',
		loading3d: '3D 畫面載入中…',
		chartLabel: '每顆球的損失 L 隨步數的變化',
		chartStep: '步數',
		axisChart: (i, a) => `球 1 的 w${sub[i]} 隨步數的變化（這個方向的曲率 a${sub[i]} = ${a}）`,
		factor: (i, r, trend) => {
			const [value, size] = factorMath(i, r, trend);
			return [
				value,
				`${size}：${{ shrinks: '每步縮小', holds: '大小不變，來回跳', grows: '每步變大' }[trend]}`
			];
		}
	},
	en: {
		title: 'The 3D loss surface: a ball rolls downhill',
		surface: 'Surface',
		surfaces: {
			bowl: 'Bowl a·(w₁² + w₂²)/2',
			valley: 'Narrow valley',
			rosenbrock: 'Rosenbrock’s curved valley',
			himmelblau: 'Himmelblau (four lowest points)',
			twoWells: 'Two wells (a local minimum)',
			saddle: 'Saddle',
			neuronMse: 'The neuron’s loss: mean squared error (w, b)',
			neuronBce: 'The neuron’s loss: cross-entropy (w, b)'
		},
		optimizer: 'Optimizer',
		optimizers: {
			gd: 'Gradient descent',
			momentum: 'Momentum',
			nesterov: 'Nesterov momentum',
			rmsprop: 'RMSProp',
			adam: 'Adam'
		},
		lr: 'Learning rate η',
		lrHint: (lo, hi, c) =>
			`${lo} – ${hi} (log scale)` + (c ? `; gradient descent diverges above ${c}` : ''),
		startW1: 'Start w₁',
		startW2: 'Start w₂',
		curvature: 'Curvature a of the bowl',
		beta: 'Momentum β',
		rho: 'Decay ρ',
		beta1: 'Adam β₁',
		beta2: 'Adam β₂',
		speed: 'Speed',
		stepsPerSecond: (n) => `${n} steps a second`,
		race: 'Race: one start, up to four balls',
		raceHint: 'Each ball can have its own optimizer and learning rate.',
		addBall: 'Add a ball',
		removeBall: (n) => `Remove ball ${n}`,
		ball: (n) => `Ball ${n}`,
		colours: ['blue', 'vermillion', 'orange', 'green'],
		status: {
			converging: 'converging',
			oscillating: 'oscillating',
			converged: (s, local) =>
				`converged at step ${s} (${local ? 'a local' : 'the global'} minimum)`,
			diverged: (s) => `diverged at step ${s}: the ball flew off the surface`,
			plateau: 'stuck on a plateau',
			saddle: 'stuck at a saddle point'
		},
		readout: (f) =>
			`Ball ${f.n} (${f.colour}, ${f.optimizer}, η = ${f.lr}): step ${f.step}, ` +
			`(w₁, w₂) = (${f.w1}, ${f.w2}), L = ${f.loss}, ‖∇L‖ = ${f.grad}, ${f.status}`,
		optimizersShort: {
			gd: 'GD',
			momentum: 'Momentum',
			nesterov: 'Nesterov',
			rmsprop: 'RMSProp',
			adam: 'Adam'
		},
		statusShort: {
			converging: 'converging',
			oscillating: 'oscillating',
			converged: (s, local) => `${local ? 'local' : 'global'} minimum, step ${s}`,
			diverged: (s) => `diverged, step ${s}`,
			plateau: 'on a plateau',
			saddle: 'at a saddle'
		},
		stepShort: (s) => `step ${s}`,
		viewLabel: '3D loss surface',
		viewHint:
			'Drag or use the arrow keys to turn it; + / −, a pinch or Ctrl + scroll to zoom; click the surface or the map below it to set the start.',
		mapLabel: 'Contour map of the loss',
		mapHint: 'Click the map to set the start.',
		noWebgl:
			'This browser cannot draw 3D (no WebGL), so the same surface is shown as a contour map.',
		renderStopped: 'The 3D view kept stopping, so the same surface is shown as a contour map.',
		noWebglShort: 'From above (no 3D)',
		renderStoppedShort: 'From above (3D stopped)',
		loading3d: 'Loading the 3D view…',
		chartLabel: 'Each ball’s loss L against the step',
		chartStep: 'step',
		axisChart: (i, a) =>
			`Ball 1’s w${sub[i]} against the step (curvature along it a${sub[i]} = ${a})`,
		factor: (i, r, trend) => {
			const [value, size] = factorMath(i, r, trend);
			return [
				value,
				`${size}:`,
				{ shrinks: 'shrinks', holds: 'keeps its size, swinging', grows: 'grows' }[trend]
			];
		}
	}
};
