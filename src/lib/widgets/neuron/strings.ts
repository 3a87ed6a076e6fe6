import type { Bilingual } from '$lib/i18n/lang';
import type { ActivationId, LossId } from '$lib/math/ids';
import type { NeuronMode } from './state';
import type { CycleStep, StepPhase } from './stepTypes';

/** Subscript digits, so that readouts say x₁ rather than x_1. */
const sub = (n: number) => String(n).replace(/\d/g, (d) => '₀₁₂₃₄₅₆₇₈₉'[Number(d)]);

/** Names of a step's subject: input i, hidden unit j, weight w_{ji}, shown 1-based. */
const names = (s: CycleStep) => {
	const i = sub((s.i ?? 0) + 1);
	const j = sub((s.j ?? 0) + 1);
	return { i, j, x: `x${i}`, w: `w${i}`, h: `h${j}`, v: `v${j}`, wji: `w${j}${i}`, bj: `b${j}` };
};

interface NeuronStrings {
	title: string;
	modes: Record<NeuronMode, string>;
	phases: Record<StepPhase, string>;
	activations: Record<ActivationId, string>;
	losses: Record<LossId, string>;
	/** What a step computes, in words. */
	stepName: (s: CycleStep) => string;
	stepOf: (k: number, total: number) => string;
	previous: string;
	next: string;
	scrubber: string;
	diagramLabel: (mode: NeuronMode) => string;
	inputs: string;
	activation: string;
	hiddenActivation: string;
	outputActivation: string;
	loss: string;
	lr: string;
	target: string;
	numbers: string;
	train: string;
	trainCycles: string;
	trainHint: string;
	nextCycle: string;
	/** The same, where a slide has room for a few words only. */
	nextCycleShort: string;
	restore: string;
	chartLabel: (n: number, first: string, last: string) => string;
	chartAxisX: string;
	bceNeedsSigmoid: string;
	dragHint: string;
	unknownStep: (given: string) => string;
	field: (name: string) => string;
	lossBefore: (l: string) => string;
	/** Punctuation of the status line: ": " and ". " in English, full-width in Chinese. */
	colon: string;
	period: string;
	paren: (s: string) => string;
	mode: string;
	forwardLegend: string;
	backwardLegend: string;
	updateLegend: string;
}

export const strings: Bilingual<NeuronStrings> = {
	'zh-TW': {
		title: '一個神經元，一步一步算',
		modes: { forward: '正向傳播', full: '完整一輪（含反向傳播）', twolayer: '兩層網路 2→2→1' },
		phases: {
			start: '開始',
			forward: '正向傳播',
			loss: '損失',
			backward: '反向傳播',
			update: '更新權重',
			after: '更新之後'
		},
		activations: { sigmoid: 'Sigmoid σ', tanh: 'tanh', relu: 'ReLU' },
		losses: { mse: '均方誤差 (MSE)', bce: '交叉熵 (cross-entropy)' },
		stepName(s) {
			const n = names(s);
			switch (s.kind) {
				case 'start':
					return '輸入、權重與偏置都已設定，還沒開始計算';
				case 'product':
					return `輸入 ${n.x} 乘上權重 ${n.w}`;
				case 'net':
					return '加權總和 net（加上偏置 b）';
				case 'activation':
					return '活化函數算出輸出 ŷ';
				case 'loss':
					return '損失 L：預測 ŷ 和答案 y 差多少';
				case 'dLossDOut':
					return '∂L/∂ŷ：輸出改變時損失怎麼變';
				case 'dOutDNet':
					return '∂ŷ/∂net：總和改變時輸出怎麼變';
				case 'dNetDW':
					return `∂net/∂${n.w} = ${n.x}：權重 ${n.w} 改變時總和怎麼變`;
				case 'dLossDW':
					return `連鎖律：∂L/∂${n.w}，三個因子相乘`;
				case 'dNetDB':
					return '∂net/∂b = 1';
				case 'dLossDB':
					return '連鎖律：∂L/∂b';
				case 'updateW':
					return `更新 ${n.w} ← ${n.w} − η·∂L/∂${n.w}`;
				case 'updateB':
					return '更新 b ← b − η·∂L/∂b';
				case 'after':
					return '用新的權重再算一次：更新後的損失 L′';
				case 'hiddenNet':
					return `隱藏層第 ${n.j} 個神經元的加權總和 net${n.j}`;
				case 'hiddenAct':
					return `隱藏層輸出 ${n.h}`;
				case 'outputNet':
					return '輸出層的加權總和 netₒ';
				case 'outputDelta':
					return '輸出層的誤差訊號 δₒ = ∂L/∂netₒ';
				case 'dLossDW2':
					return `輸出層權重的梯度 ∂L/∂${n.v}`;
				case 'dLossDB2':
					return '輸出層偏置的梯度 ∂L/∂c';
				case 'dLossDHidden':
					return `誤差沿著 ${n.v} 傳回隱藏層：∂L/∂${n.h}`;
				case 'dHiddenDNet':
					return `∂${n.h}/∂net${n.j}：隱藏層活化函數的斜率`;
				case 'hiddenDelta':
					return `隱藏層第 ${n.j} 個神經元的誤差訊號 δ${n.j}`;
				case 'dLossDW1':
					return `隱藏層權重的梯度 ∂L/∂${n.wji}`;
				case 'dLossDB1':
					return `隱藏層偏置的梯度 ∂L/∂${n.bj}`;
				case 'updateW2':
					return `更新 ${n.v}`;
				case 'updateB2':
					return '更新 c';
				case 'updateW1':
					return `更新 ${n.wji}`;
				case 'updateB1':
					return `更新 ${n.bj}`;
			}
		},
		stepOf: (k, total) => `第 ${k} / ${total} 步`,
		previous: '上一步',
		next: '下一步',
		scrubber: '步驟',
		diagramLabel: (mode) =>
			mode === 'twolayer'
				? '兩層網路圖：兩個輸入、兩個隱藏神經元、一個輸出和損失'
				: '神經元圖：輸入乘上權重、加總、經過活化函數得到輸出，再和答案比較得到損失',
		inputs: '輸入個數',
		activation: '活化函數',
		hiddenActivation: '隱藏層活化函數',
		outputActivation: '輸出層活化函數',
		loss: '損失函數',
		lr: '學習率 η',
		target: '答案 y',
		numbers: '所有數值',
		train: '訓練',
		trainCycles: '訓練輪數',
		trainHint: '重複整個循環（正向、反向、更新），畫出每一輪的損失。',
		nextCycle: '用新權重進入下一輪',
		nextCycleShort: '下一輪',
		restore: '還原範例數值',
		chartLabel: (n, first, last) => `每一輪的損失：共 ${n} 輪，從 ${first} 到 ${last}`,
		chartAxisX: '輪',
		bceNeedsSigmoid: '交叉熵把 ŷ 當成機率，所以輸出要用 Sigmoid，答案 y 要在 0 到 1 之間。',
		dragHint: '圖上的數字可以左右拖曳，或用方向鍵調整。',
		unknownStep: (given) => `找不到步驟「${given}」，從第 0 步開始。`,
		field: (name) => `${name} 的值`,
		lossBefore: (l) => `更新前 L = ${l}`,
		colon: '：',
		period: '。',
		paren: (s) => `（${s}）`,
		mode: '模式',
		forwardLegend: '值 →',
		backwardLegend: '← 梯度',
		updateLegend: '更新後'
	},
	en: {
		title: 'One neuron, step by step',
		modes: {
			forward: 'Forward pass',
			full: 'Full cycle (with backpropagation)',
			twolayer: 'Two layers 2→2→1'
		},
		phases: {
			start: 'Start',
			forward: 'Forward pass',
			loss: 'Loss',
			backward: 'Backward pass',
			update: 'Update',
			after: 'After the update'
		},
		activations: { sigmoid: 'Sigmoid σ', tanh: 'tanh', relu: 'ReLU' },
		losses: { mse: 'Mean squared error (MSE)', bce: 'Cross-entropy' },
		stepName(s) {
			const n = names(s);
			switch (s.kind) {
				case 'start':
					return 'inputs, weights and bias are set, nothing computed yet';
				case 'product':
					return `Input ${n.x} times weight ${n.w}`;
				case 'net':
					return 'Weighted sum net (plus the bias b)';
				case 'activation':
					return 'The activation gives the output ŷ';
				case 'loss':
					return 'Loss L: how far the prediction ŷ is from the answer y';
				case 'dLossDOut':
					return '∂L/∂ŷ: how the loss changes with the output';
				case 'dOutDNet':
					return '∂ŷ/∂net: how the output changes with the sum';
				case 'dNetDW':
					return `∂net/∂${n.w} = ${n.x}: how the sum changes with ${n.w}`;
				case 'dLossDW':
					return `Chain rule: ∂L/∂${n.w}, three factors multiplied`;
				case 'dNetDB':
					return '∂net/∂b = 1';
				case 'dLossDB':
					return 'Chain rule: ∂L/∂b';
				case 'updateW':
					return `Update ${n.w} ← ${n.w} − η·∂L/∂${n.w}`;
				case 'updateB':
					return 'Update b ← b − η·∂L/∂b';
				case 'after':
					return 'The same example with the new weights: the loss after the update L′';
				case 'hiddenNet':
					return `Hidden unit ${n.j}: weighted sum net${n.j}`;
				case 'hiddenAct':
					return `Hidden output ${n.h}`;
				case 'outputNet':
					return 'Output unit: weighted sum netₒ';
				case 'outputDelta':
					return 'Error signal at the output δₒ = ∂L/∂netₒ';
				case 'dLossDW2':
					return `Gradient of the output weight ∂L/∂${n.v}`;
				case 'dLossDB2':
					return 'Gradient of the output bias ∂L/∂c';
				case 'dLossDHidden':
					return `The error travels back along ${n.v} to the hidden layer: ∂L/∂${n.h}`;
				case 'dHiddenDNet':
					return `∂${n.h}/∂net${n.j}: slope of the hidden activation`;
				case 'hiddenDelta':
					return `Error signal at hidden unit ${n.j}: δ${n.j}`;
				case 'dLossDW1':
					return `Gradient of the hidden weight ∂L/∂${n.wji}`;
				case 'dLossDB1':
					return `Gradient of the hidden bias ∂L/∂${n.bj}`;
				case 'updateW2':
					return `Update ${n.v}`;
				case 'updateB2':
					return 'Update c';
				case 'updateW1':
					return `Update ${n.wji}`;
				case 'updateB1':
					return `Update ${n.bj}`;
			}
		},
		stepOf: (k, total) => `Step ${k} of ${total}`,
		previous: 'Previous',
		next: 'Next',
		scrubber: 'Step',
		diagramLabel: (mode) =>
			mode === 'twolayer'
				? 'Two-layer network: two inputs, two hidden units, one output and the loss'
				: 'A neuron: inputs times weights, summed, passed through the activation to the output, compared with the answer to give the loss',
		inputs: 'Inputs',
		activation: 'Activation',
		hiddenActivation: 'Hidden activation',
		outputActivation: 'Output activation',
		loss: 'Loss function',
		lr: 'Learning rate η',
		target: 'Answer y',
		numbers: 'All numbers',
		train: 'Train',
		trainCycles: 'Cycles to train',
		trainHint: 'Repeats the whole cycle (forward, backward, update) and plots the loss of each.',
		nextCycle: 'Next cycle with the new weights',
		nextCycleShort: 'Next cycle',
		restore: 'Restore the example',
		chartLabel: (n, first, last) => `Loss per cycle: ${n} cycles, from ${first} to ${last}`,
		chartAxisX: 'cycle',
		bceNeedsSigmoid:
			'Cross-entropy reads ŷ as a probability, so the output uses a sigmoid and the answer y lies between 0 and 1.',
		dragHint: 'Drag the numbers on the diagram sideways, or use the arrow keys.',
		unknownStep: (given) => `There is no step “${given}”; starting at step 0.`,
		field: (name) => `value of ${name}`,
		lossBefore: (l) => `before the update L = ${l}`,
		colon: ': ',
		period: '. ',
		paren: (s) => ` (${s})`,
		mode: 'Mode',
		forwardLegend: 'values →',
		backwardLegend: '← gradients',
		updateLegend: 'updated'
	}
};
