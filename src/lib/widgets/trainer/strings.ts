import type { Bilingual } from '$lib/i18n/lang';
import type { ActivationId, LossId, OptimizerId } from '$lib/math/ids';
import { SMALL_PER_CLASS, type AnimalKind, type DataVariant, type ModelKind } from '$lib/math/ids';

/** UI strings of the trainer. The course's own terms: 代 epoch, 次 iteration, 批量 batch. */
export interface TrainerStrings {
	title: string;
	titleOne: string;
	classes: { cat: string; dog: string };
	features: { ears: string; snout: string };
	kinds: Record<AnimalKind, string>;
	data: string;
	variants: Record<DataVariant, string>;
	variantHints: Record<DataVariant, string>;
	controls: string;
	play: string;
	pause: string;
	oneIteration: string;
	oneEpoch: string;
	reset: string;
	epoch: string;
	iteration: string;
	of: string;
	totalIterations: (n: number) => string;
	progress: string;
	status: { ready: string; training: string; paused: string; done: string; stopped: string };
	diverged: (k: number) => string;
	readout: (r: {
		epoch: number;
		epochs: number;
		iter: number;
		ipe: number;
		trainLoss: string;
		valLoss: string;
		trainAcc: string;
		valAcc: string;
	}) => string;
	bestEpoch: (e: number, loss: string) => string;
	/** After early stopping: where it stopped, why, and the restored weights' numbers. */
	stoppedReadout: (r: {
		at: number;
		epochs: number;
		best: number;
		patience: number | null;
		trainLoss: string;
		valLoss: string;
		trainAcc: string;
		valAcc: string;
	}) => string;
	/** The loss chart's label on the lowest validation loss. */
	lowestAt: (e: number, loss: string) => string;
	early: string;
	earlyHint: (patience: number) => string;
	/** The loss chart's switch and key for each batch's loss. */
	batchesKey: string;
	/** The batch losses in words: how many were drawn and the last epoch's spread. */
	batchesText: (r: { n: number; stride: number; lo: string | null; hi: string | null }) => string;
	/** Between two sentences of the readout: a space in English, none after a full-width 。. */
	sentenceGap: string;
	/** The run's state as the readout's last words, in brackets. */
	stateNote: (state: string) => string;
	/** The rate the run trains at, before any change mid-run. */
	rateNow: (lr: string) => string;
	/** The rate after a change mid-run, with the counters when it came. */
	rateFrom: (r: { lr: string; from: string; epoch: number; iter: number }) => string;
	/** Said once a run has ended, when a new rate would start another. */
	rateRestarts: string;
	/** The chart's key for a rate-change mark. */
	rateChanged: string;
	rateMark: (r: { lr: string; from: string; epoch: number; iter: number }) => string;
	/** Several changes close together (a drag of the slider), told as one. */
	rateBurst: (r: {
		lr: string;
		from: string;
		epoch: number;
		iter: number;
		toEpoch: number;
		toIter: number;
		n: number;
	}) => string;
	rateMarks: (n: number, list: string) => string;
	lossChart: string;
	accuracyChart: string;
	train: string;
	validation: string;
	lowestVal: string;
	epochAxis: string;
	perClass: string;
	classCol: string;
	accuracyCol: string;
	samplesCol: string;
	/** Spelled out where the column head is abbreviated. */
	samplesLong: string;
	confusion: string;
	confusionOf: string;
	answer: string;
	guess: string;
	cell: (n: number, answer: string, guess: string) => string;
	cellList: (n: number, answer: string, guess: string) => string;
	cellEmpty: string;
	pickCell: string;
	/** The classes picture of a lesson's step: its hint (which data it counts), a strip's heading. */
	classesTitle: string;
	pickShort: string;
	cellShort: (n: number, answer: string, guess: string) => string;
	sure: (pct: string, cls: string) => string;
	scatter: string;
	scatterLabel: (boundary: boolean) => string;
	/** The boundary's key, at the decision threshold (already formatted). */
	boundary: (threshold: string) => string;
	heldOut: string;
	settings: string;
	lr: string;
	lrHint: string;
	threshold: string;
	/** What the threshold means, with class 1's name. */
	thresholdHint: (positive: string) => string;
	epochs: string;
	batch: string;
	batchHint: (ipe: number) => string;
	split: string;
	splitHint: (train: number, val: number) => string;
	optimizer: string;
	optimizers: Record<OptimizerId, string>;
	loss: string;
	losses: Record<LossId, string>;
	model: string;
	models: Record<ModelKind, string>;
	hidden: string;
	activation: string;
	activations: Record<ActivationId, string>;
	seed: string;
	speed: string;
	speedHint: string;
	csv: string;
	csvHint: string;
	csvLoaded: (name: string, n: number) => string;
	csvBack: string;
	csvNotInLink: string;
	csvTooLarge: string;
	csvProblemIntro: (name: string) => string;
	one: {
		next: string;
		seen: (n: number) => string;
		before: string;
		label: (cls: string) => string;
		after: string;
		pDog: (cls: string) => string;
		readout: (r: {
			n: number;
			cls: string;
			before: string;
			after: string;
			target: string;
		}) => string;
		start: string;
		recent: string;
	};
}

export const strings: Bilingual<TrainerStrings> = {
	'zh-TW': {
		title: '訓練一個分類器：貓還是狗？',
		titleOne: '一次看一張：從答案中學習',
		classes: { cat: '貓', dog: '狗' },
		features: { ears: '耳朵尖度', snout: '口鼻長度' },
		kinds: {
			shorthair: '短毛貓',
			fold: '摺耳貓',
			oriental: '長臉的東方貓',
			floppy: '垂耳狗',
			pointy: '立耳狗'
		},
		data: '訓練資料',
		variants: { fair: '公平的樣本', biased: '有偏差的樣本', small: '很小的樣本' },
		variantHints: {
			fair: '每一種貓狗都照平常的比例出現。',
			biased: '訓練照片幾乎都是尖耳貓和垂耳狗，沒有摺耳貓；驗證資料仍然公平。',
			small: `訓練照片只有貓狗各 ${SMALL_PER_CLASS} 張，各種貓狗照平常的比例；驗證資料還是同樣的 60 張。`
		},
		controls: '訓練控制',
		play: '開始',
		pause: '暫停',
		oneIteration: '走一次',
		oneEpoch: '走一代',
		reset: '重設',
		epoch: '代（epoch）',
		iteration: '次（iteration）',
		of: '/',
		totalIterations: (n) => `共更新 ${n} 次`,
		progress: '訓練進度',
		status: {
			ready: '尚未開始',
			training: '訓練中',
			paused: '已暫停',
			done: '訓練完成',
			stopped: '已提早停止'
		},
		diverged: (k) => `第 ${k} 次更新後發散（損失不再是有限的數）`,
		readout: (r) =>
			`第 ${r.epoch} / ${r.epochs} 代，本代第 ${r.iter} / ${r.ipe} 次。損失：訓練 ${r.trainLoss}、驗證 ${r.valLoss}；準確率：訓練 ${r.trainAcc}、驗證 ${r.valAcc}。`,
		bestEpoch: (e, loss) => `驗證損失最低在第 ${e} 代（${loss}）。`,
		stoppedReadout: (r) =>
			`在第 ${r.at} / ${r.epochs} 代停止${r.patience === null ? '' : `：驗證損失已經 ${r.patience} 代沒有再降低`}。權重回到第 ${r.best} 代的樣子。損失：訓練 ${r.trainLoss}、驗證 ${r.valLoss}；準確率：訓練 ${r.trainAcc}、驗證 ${r.valAcc}。`,
		lowestAt: (e, loss) => `最低 ${loss}（第 ${e} 代）`,
		early: '提早停止（early stopping）',
		earlyHint: (p) =>
			`驗證損失連續 ${p} 代沒有再降低就停下來，並把權重換回驗證損失最低那一代的權重。改變這個設定會重新開始訓練。`,
		batchesKey: '每個批量的損失',
		batchesText: (r) =>
			`細線是每個批量在更新前的損失${r.stride > 1 ? `（${r.n} 次更新中，每 ${r.stride} 次畫一點）` : `（${r.n} 次更新）`}${r.lo === null ? '' : `；上一代各批量的損失介於 ${r.lo} 到 ${r.hi}`}。`,
		sentenceGap: '',
		stateNote: (state) => `（${state}）`,
		rateNow: (lr) => `學習率 η = ${lr}。`,
		rateFrom: (r) =>
			`學習率 η = ${r.lr}（從第 ${r.epoch} 代、本代第 ${r.iter} 次起；原本是 ${r.from}）。`,
		rateRestarts: '這次訓練已經結束：再改學習率，會從頭開始新的一次訓練。',
		rateChanged: '學習率改變處',
		rateMark: (r) => `第 ${r.epoch} 代第 ${r.iter} 次：η 由 ${r.from} 改為 ${r.lr}`,
		rateBurst: (r) =>
			`第 ${r.epoch} 代第 ${r.iter} 次到第 ${r.toEpoch} 代第 ${r.toIter} 次：η 由 ${r.from} 逐步改為 ${r.lr}（調整 ${r.n} 次）`,
		rateMarks: (n, list) =>
			n <= 3 ? `學習率改過 ${n} 次：${list}` : `學習率改過 ${n} 次，最近幾次：${list}`,
		lossChart: '每一代的損失',
		accuracyChart: '每一代的準確率',
		train: '訓練',
		validation: '驗證',
		lowestVal: '驗證損失最低',
		epochAxis: '代',
		perClass: '各類別的準確率',
		classCol: '類別',
		accuracyCol: '準確率',
		samplesCol: '樣本數',
		samplesLong: '樣本數',
		confusion: '混淆矩陣',
		confusionOf: '計算的資料',
		answer: '答案',
		guess: '模型猜',
		cell: (n, a, g) => `答案是${a}、模型猜${g}：${n} 個樣本`,
		cellList: (n, a, g) => `答案是${a}、模型猜${g}的 ${n} 個樣本`,
		cellEmpty: '這一格沒有樣本。',
		pickCell: '點選混淆矩陣的一格，看看裡面是哪些樣本。',
		classesTitle: '混淆矩陣與各類別的準確率',
		pickShort: '驗證資料。點一格，列出裡面的照片。',
		cellShort: (n, a, g) => `答案${a}、猜${g}：${n} 個`,
		sure: (pct, cls) => `${pct} ${cls}`,
		scatter: '資料與決策邊界',
		scatterLabel: (b) =>
			b
				? '散布圖：橫軸耳朵尖度、縱軸口鼻長度；實心是訓練資料、空心是驗證資料，三角形是貓、圓形是狗；虛線是模型的決策邊界（P(狗) = 0.5）'
				: '散布圖：實心是訓練資料、空心是驗證資料，三角形是第一類、圓形是第二類',
		boundary: (th) => `決策邊界 P = ${th}`,
		heldOut: '空心：驗證資料',
		settings: '設定',
		lr: '學習率 η',
		lrHint: '0.001 – 30（對數刻度）；太大時損失會往上爬。訓練途中調整，從下一次更新起生效',
		threshold: '決策門檻',
		thresholdHint: (p) =>
			`模型認為是${p}的機率到了這個值，就猜「${p}」。調高它，猜${p}要更有把握；混淆矩陣、各類別準確率和決策邊界都跟著變。`,
		epochs: '代數（epochs）',
		batch: '批量（batch size）',
		batchHint: (ipe) => `每一代更新 ⌈訓練樣本數 / 批量⌉ = ${ipe} 次`,
		split: '驗證比例',
		splitHint: (t, v) => `每一類留 ${v} 個驗證、${t} 個訓練`,
		optimizer: '最佳化方法',
		optimizers: {
			gd: '梯度下降（SGD）',
			momentum: '動量',
			nesterov: 'Nesterov 動量',
			rmsprop: 'RMSprop',
			adam: 'Adam'
		},
		loss: '損失函數',
		losses: { mse: '均方誤差（MSE）', bce: '交叉熵' },
		model: '模型',
		models: { logistic: '邏輯斯迴歸（一個神經元）', mlp: '一層隱藏層的神經網路' },
		hidden: '隱藏層神經元數',
		activation: '隱藏層活化函數',
		activations: { sigmoid: 'Sigmoid', tanh: 'tanh', relu: 'ReLU' },
		seed: '亂數種子',
		speed: '速度（每秒幾代）',
		speedHint: '0.5 – 100（對數刻度）',
		csv: '上傳自己的資料（CSV）',
		csvHint: '第一列是欄名；兩欄以上的數字特徵，加一欄只有兩種值的標籤（欄名 label，或最後一欄）。',
		csvLoaded: (name, n) => `正在使用「${name}」的 ${n} 筆資料。`,
		csvBack: '改回內建的貓狗資料',
		csvNotInLink: '上傳的檔案不會放進分享連結。',
		csvTooLarge: '檔案太大（上限 1 MB），目前的資料保持不變。',
		csvProblemIntro: (name) => `「${name}」沒有載入，目前的資料保持不變：`,
		one: {
			next: '看下一張並修正',
			seen: (n) => `已經看過 ${n} 張`,
			before: '更新前',
			label: (cls) => `答案：${cls}`,
			after: '更新後',
			pDog: (cls) => `P(${cls})`,
			readout: (r) =>
				`第 ${r.n} 張是${r.cls}。模型原本說「${r.before} 是狗」；答案要它往 ${r.target} 靠近；權重更新後它說「${r.after} 是狗」。`,
			start: '按「看下一張並修正」：模型先猜，答案再糾正它。',
			recent: '最近看過的'
		}
	},
	en: {
		title: 'Train a classifier: cat or dog?',
		titleOne: 'One picture at a time: learning from answers',
		classes: { cat: 'cat', dog: 'dog' },
		features: { ears: 'ear pointiness', snout: 'snout length' },
		kinds: {
			shorthair: 'shorthair cat',
			fold: 'folded-ear cat',
			oriental: 'long-faced oriental cat',
			floppy: 'floppy-eared dog',
			pointy: 'pointy-eared dog'
		},
		data: 'Training data',
		variants: { fair: 'Fair sample', biased: 'Biased sample', small: 'Small sample' },
		variantHints: {
			fair: 'Every kind of cat and dog appears in its usual share.',
			biased:
				'The training photos are nearly all pointy-eared cats and floppy-eared dogs, with no folded-ear cats; the validation data stays fair.',
			small: `Only ${SMALL_PER_CLASS} cats and ${SMALL_PER_CLASS} dogs to train on, every kind in its usual share; the validation data is the same 60 photos.`
		},
		controls: 'Training controls',
		play: 'Train',
		pause: 'Pause',
		oneIteration: 'One iteration',
		oneEpoch: 'One epoch',
		reset: 'Reset',
		epoch: 'Epoch',
		iteration: 'Iteration',
		of: '/',
		totalIterations: (n) => `${n} updates in all`,
		progress: 'Training progress',
		status: {
			ready: 'not started',
			training: 'training',
			paused: 'paused',
			done: 'finished',
			stopped: 'stopped early'
		},
		diverged: (k) => `diverged after update ${k} (the loss is no longer a finite number)`,
		readout: (r) =>
			`Epoch ${r.epoch} of ${r.epochs}, iteration ${r.iter} of ${r.ipe} in this epoch. Loss: training ${r.trainLoss}, validation ${r.valLoss}; accuracy: training ${r.trainAcc}, validation ${r.valAcc}.`,
		bestEpoch: (e, loss) => `Lowest validation loss at epoch ${e} (${loss}).`,
		stoppedReadout: (r) =>
			`Stopped at epoch ${r.at} of ${r.epochs}${r.patience === null ? '' : `: no lower validation loss for ${r.patience} epochs`}. The weights are back to those of epoch ${r.best}. Loss: training ${r.trainLoss}, validation ${r.valLoss}; accuracy: training ${r.trainAcc}, validation ${r.valAcc}.`,
		lowestAt: (e, loss) => `lowest ${loss}, epoch ${e}`,
		early: 'Early stopping',
		earlyHint: (p) =>
			`Stops once validation loss has not fallen for ${p} epochs, and goes back to the weights of the epoch where it was lowest. Changing this starts the run again.`,
		batchesKey: 'loss of each batch',
		batchesText: (r) =>
			`The thin line is each batch's loss before its update${r.stride > 1 ? ` (1 in ${r.stride} of ${r.n} updates drawn)` : ` (${r.n} updates)`}${r.lo === null ? '' : `; in the last epoch, batch losses ranged from ${r.lo} to ${r.hi}`}.`,
		sentenceGap: ' ',
		stateNote: (state) => `(${state})`,
		rateNow: (lr) => `Learning rate η = ${lr}.`,
		rateFrom: (r) =>
			`Learning rate η = ${r.lr} from epoch ${r.epoch}, iteration ${r.iter} on (was ${r.from}).`,
		rateRestarts: 'This run has ended: a new learning rate starts a new run from the beginning.',
		rateChanged: 'learning rate changed',
		rateMark: (r) => `epoch ${r.epoch}, iteration ${r.iter}: η ${r.from} → ${r.lr}`,
		rateBurst: (r) =>
			`epoch ${r.epoch}, iteration ${r.iter} to epoch ${r.toEpoch}, iteration ${r.toIter}: η ${r.from} → ${r.lr} in ${r.n} steps`,
		rateMarks: (n, list) =>
			n <= 3
				? `the learning rate changed ${n === 1 ? 'once' : n === 2 ? 'twice' : 'three times'}: ${list}`
				: `the learning rate changed ${n} times, most recently ${list}`,
		lossChart: 'Loss per epoch',
		accuracyChart: 'Accuracy per epoch',
		train: 'training',
		validation: 'validation',
		lowestVal: 'lowest validation loss',
		epochAxis: 'epoch',
		perClass: 'Accuracy per class',
		classCol: 'Class',
		accuracyCol: 'Accuracy',
		samplesCol: 'n',
		samplesLong: 'number of samples',
		confusion: 'Confusion matrix',
		confusionOf: 'Counted on',
		answer: 'Answer',
		guess: 'Guess',
		cell: (n, a, g) => `answer ${a}, guessed ${g}: ${n} samples`,
		cellList: (n, a, g) => `The ${n} samples whose answer is ${a} and that the model called ${g}`,
		cellEmpty: 'No samples in this cell.',
		pickCell: 'Select a cell of the confusion matrix to see its samples.',
		classesTitle: 'Confusion matrix, accuracy per class',
		pickShort: 'Validation data. Select a cell to list its photos.',
		cellShort: (n, a, g) => `Answer ${a}, guessed ${g}: ${n}`,
		sure: (pct, cls) => `${pct} ${cls}`,
		scatter: 'The data and the decision boundary',
		scatterLabel: (b) =>
			b
				? 'Scatter plot: ear pointiness across, snout length up; filled marks are training data, hollow ones validation, triangles cats, circles dogs; the dashed line is the decision boundary P(dog) = 0.5'
				: 'Scatter plot: filled marks are training data, hollow ones validation, triangles the first class, circles the second',
		boundary: (th) => `decision boundary P = ${th}`,
		heldOut: 'hollow: validation',
		settings: 'Settings',
		lr: 'Learning rate η',
		lrHint:
			'0.001 – 30 (log scale); too large and the loss climbs. Changed while training, it applies from the next update',
		threshold: 'Decision threshold',
		thresholdHint: (p) =>
			`The model guesses “${p}” once its probability of ${p} reaches this. Raise it and a ${p} guess needs more confidence; the confusion matrix, the accuracy per class and the boundary follow.`,
		epochs: 'Epochs',
		batch: 'Batch size',
		batchHint: (ipe) => `each epoch makes ⌈training samples / batch size⌉ = ${ipe} updates`,
		split: 'Validation share',
		splitHint: (t, v) => `${v} per class validate, ${t} train`,
		optimizer: 'Optimizer',
		optimizers: {
			gd: 'Gradient descent (SGD)',
			momentum: 'Momentum',
			nesterov: 'Nesterov momentum',
			rmsprop: 'RMSprop',
			adam: 'Adam'
		},
		loss: 'Loss function',
		losses: { mse: 'Mean squared error', bce: 'Cross-entropy' },
		model: 'Model',
		models: { logistic: 'Logistic regression (one neuron)', mlp: 'Network with one hidden layer' },
		hidden: 'Hidden neurons',
		activation: 'Hidden activation',
		activations: { sigmoid: 'Sigmoid', tanh: 'tanh', relu: 'ReLU' },
		seed: 'Random seed',
		speed: 'Speed (epochs per second)',
		speedHint: '0.5 – 100 (log scale)',
		csv: 'Upload your own data (CSV)',
		csvHint:
			'A header row; two or more numeric feature columns and one label column with exactly two values (headed label, or the last column).',
		csvLoaded: (name, n) => `Using the ${n} rows of “${name}”.`,
		csvBack: 'Back to the built-in cats and dogs',
		csvNotInLink: 'An uploaded file is not part of a shared link.',
		csvTooLarge: 'The file is too large (at most 1 MB); the current data stays.',
		csvProblemIntro: (name) => `“${name}” was not loaded; the current data stays:`,
		one: {
			next: 'Show the next picture and correct',
			seen: (n) => `${n} ${n === 1 ? 'picture' : 'pictures'} seen`,
			before: 'before',
			label: (cls) => `answer: ${cls}`,
			after: 'after',
			pDog: (cls) => `P(${cls})`,
			readout: (r) =>
				`Picture ${r.n} is a ${r.cls}. The model said “${r.before} dog”; the answer pulls it toward ${r.target}; after the weights move it says “${r.after} dog”.`,
			start:
				'Press “Show the next picture and correct”: the model guesses first, then the answer corrects it.',
			recent: 'Recently seen'
		}
	}
};
