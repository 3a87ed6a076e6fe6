import type { Bilingual } from '$lib/i18n/lang';
import type { LossPanelView, PresetId } from './state';

/** One loss's numbers at the marker, already formatted. */
export interface LossNumbers {
	loss: string;
	dYHat: string;
	dZ: string;
}

/** One training run's numbers at the shown epoch, already formatted. */
export interface RunNumbers {
	loss: string;
	accuracy: string;
	grad: string;
}

interface LossPanelStrings {
	title: string;
	viewLabel: string;
	views: Record<LossPanelView, string>;
	mse: string;
	bce: string;
	/** Short series labels drawn on the charts. */
	mseShort: string;
	bceShort: string;
	target: string;
	targetHint: string;
	yhat: string;
	yhatHint: string;
	lossChart: string;
	dYHatChart: string;
	dZChart: string;
	marker: string;
	dragHint: string;
	curvesHead: (y: string, yHat: string, z: string) => string;
	lossLine: (name: string, n: LossNumbers) => string;
	push: (ratio: string) => string;
	bothZero: string;
	stuck: string;
	lr: string;
	epochs: string;
	start: string;
	startHint: string;
	presets: Record<PresetId, string>;
	features: [string, string];
	dog: string;
	cat: string;
	dogSide: string;
	lossAxis: string;
	accuracyAxis: string;
	epochAxis: string;
	scatterLabel: (loss: string) => string;
	lossCurveLabel: (loss: string) => string;
	accuracyCurveLabel: (loss: string) => string;
	epochShown: string;
	trainHead: (k: number, epochs: number) => string;
	runLine: (name: string, n: RunNumbers) => string;
	startBoundary: string;
	verdict: { mseStalled: string; bothLearned: string; neither: string; bceBehind: string };
	classes: [string, string, string];
	logit: (cls: string) => string;
	trueClass: string;
	predicted: string;
	answer: string;
	barsLabel: string;
	lossBadge: (cls: string, loss: string) => string;
	softmaxReadout: (cls: string, q: string, loss: string, grad: string) => string;
	computing: string;
}

export const strings: Bilingual<LossPanelStrings> = {
	'zh-TW': {
		title: '衡量錯多少：均方誤差與交叉熵',
		viewLabel: '檢視',
		views: { curves: '損失與預測值', train: '各訓練一次', softmax: '三個類別' },
		mse: '均方誤差（MSE）',
		bce: '交叉熵',
		mseShort: 'MSE',
		bceShort: '交叉熵',
		target: '答案 y',
		targetHint: '0 = 貓，1 = 狗；也可以是中間的值',
		yhat: '預測值 ŷ',
		yhatHint: '0.01 – 0.99；也可以拖曳圖上的標記',
		lossChart: '損失 L 對預測值 ŷ：均方誤差為實線，交叉熵為虛線',
		dYHatChart: '對 ŷ 的梯度 ∂L/∂ŷ',
		dZChart: '經過 sigmoid 對 z 的梯度 ∂L/∂z',
		marker: '預測值 ŷ 的標記（方向鍵移動）',
		dragHint: '拖曳圖上的直線，或選取標記後用方向鍵移動 ŷ。',
		curvesHead: (y, yHat, z) => `答案 y = ${y}，預測 ŷ = ${yHat}（z = ${z}）。`,
		lossLine: (name, n) => `${name}：L = ${n.loss}，∂L/∂ŷ = ${n.dYHat}，∂L/∂z = ${n.dZ}。`,
		push: (r) => `經過 sigmoid 之後，交叉熵推動 z 的力道是均方誤差的 ${r} 倍。`,
		bothZero: 'ŷ = y：兩種損失的梯度都是 0。',
		stuck: '預測錯得很有把握，均方誤差的梯度卻幾乎是 0：它推不動。',
		lr: '學習率 η',
		epochs: '訓練代數（epoch）',
		start: '初始權重（兩次訓練相同）',
		startHint: 'z = w₁·體型 + w₂·口鼻長度 + b',
		presets: { wrong: '大權重、站錯邊', small: '小權重' },
		features: ['體型', '口鼻長度'],
		dog: '狗',
		cat: '貓',
		dogSide: '判為狗',
		lossAxis: '損失',
		accuracyAxis: '準確率',
		epochAxis: '代',
		scatterLabel: (l) => `用${l}訓練：貓狗資料點與決策邊界`,
		lossCurveLabel: (l) => `用${l}訓練：每一代的損失`,
		accuracyCurveLabel: (l) => `用${l}訓練：每一代的準確率`,
		epochShown: '顯示第幾代',
		trainHead: (k, e) => `第 ${k} / ${e} 代。`,
		runLine: (name, n) => `${name}：損失 ${n.loss}，準確率 ${n.accuracy}，梯度大小 ${n.grad}。`,
		startBoundary: '起點的決策邊界',
		verdict: {
			mseStalled: '均方誤差卡住了：梯度幾乎消失，邊界轉不過來；交叉熵把邊界轉回來了。',
			bothLearned: '兩種損失都學會了分辨貓狗。',
			neither: '兩種損失都還沒學會：試試更多代或更大的學習率。',
			bceBehind: '這一次交叉熵落後了。'
		},
		classes: ['貓', '狗', '鳥'],
		logit: (c) => `${c}的 logit z`,
		trueClass: '正確答案',
		predicted: '預測 q',
		answer: '答案 p（one-hot）',
		barsLabel: '三個類別的預測機率 q 與答案 p 的長條圖',
		lossBadge: (c, l) => `交叉熵 H(p, q) = −ln q(${c}) = ${l}`,
		softmaxReadout: (c, q, l, g) =>
			`正確答案：${c}。softmax 預測 q = ${q}。交叉熵 H(p, q) = −ln q(${c}) = ${l}。梯度 ∂H/∂z = q − p = ${g}。`,
		computing: '計算中…'
	},
	en: {
		title: 'Measuring how wrong: MSE against cross-entropy',
		viewLabel: 'View',
		views: { curves: 'Loss against ŷ', train: 'Train with each', softmax: 'Three classes' },
		mse: 'Mean squared error',
		bce: 'Cross-entropy',
		mseShort: 'MSE',
		bceShort: 'CE',
		target: 'Answer y',
		targetHint: '0 = cat, 1 = dog; values in between are allowed',
		yhat: 'Prediction ŷ',
		yhatHint: '0.01 – 0.99; or drag the marker on the charts',
		lossChart: 'Loss L against the prediction ŷ: mean squared error solid, cross-entropy dashed',
		dYHatChart: 'Gradient with respect to ŷ, ∂L/∂ŷ',
		dZChart: 'Gradient through the sigmoid, with respect to z, ∂L/∂z',
		marker: 'Prediction ŷ marker (arrow keys move it)',
		dragHint: 'Drag the line on the charts, or focus the marker and use the arrow keys.',
		curvesHead: (y, yHat, z) => `Answer y = ${y}, prediction ŷ = ${yHat} (z = ${z}).`,
		lossLine: (name, n) => `${name}: L = ${n.loss}, ∂L/∂ŷ = ${n.dYHat}, ∂L/∂z = ${n.dZ}.`,
		push: (r) => `Through the sigmoid, cross-entropy pushes z ${r} times as hard as MSE.`,
		bothZero: 'ŷ = y: both gradients are 0.',
		stuck: 'Confidently wrong, yet the MSE gradient is almost 0: it can hardly push.',
		lr: 'Learning rate η',
		epochs: 'Epochs',
		start: 'Initial weights (the same for both runs)',
		startHint: 'z = w₁·size + w₂·snout + b',
		presets: { wrong: 'Large, wrong side', small: 'Small' },
		features: ['body size', 'snout length'],
		dog: 'dog',
		cat: 'cat',
		dogSide: 'says dog',
		lossAxis: 'loss',
		accuracyAxis: 'accuracy',
		epochAxis: 'epoch',
		scatterLabel: (l) => `Trained with ${l}: cats, dogs and the decision boundary`,
		lossCurveLabel: (l) => `Trained with ${l}: loss per epoch`,
		accuracyCurveLabel: (l) => `Trained with ${l}: accuracy per epoch`,
		epochShown: 'Epoch shown',
		trainHead: (k, e) => `Epoch ${k} of ${e}.`,
		runLine: (name, n) =>
			`${name}: loss ${n.loss}, accuracy ${n.accuracy}, gradient size ${n.grad}.`,
		startBoundary: 'boundary at the start',
		verdict: {
			mseStalled:
				'MSE stalled: its gradient all but vanished and the boundary barely turned. Cross-entropy turned it round.',
			bothLearned: 'Both losses learned to tell cats from dogs.',
			neither: 'Neither has learned yet: try more epochs or a larger learning rate.',
			bceBehind: 'This time cross-entropy is behind.'
		},
		classes: ['cat', 'dog', 'bird'],
		logit: (c) => `Logit z for ${c}`,
		trueClass: 'True class',
		predicted: 'predicted q',
		answer: 'answer p (one-hot)',
		barsLabel: 'Bars of the predicted probabilities q and the answer p for three classes',
		lossBadge: (c, l) => `Cross-entropy H(p, q) = −ln q(${c}) = ${l}`,
		softmaxReadout: (c, q, l, g) =>
			`True class: ${c}. Softmax prediction q = ${q}. Cross-entropy H(p, q) = −ln q(${c}) = ${l}. Gradient ∂H/∂z = q − p = ${g}.`,
		computing: 'Computing…'
	}
};
