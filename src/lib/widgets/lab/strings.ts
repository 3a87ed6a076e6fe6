import type { Bilingual } from '$lib/i18n/lang';

/** UI strings of the lab. The course's own terms: 代 epoch, 批量 batch size, 學習率 η. */
export interface LabStrings {
	title: string;
	defaultNames: string[];
	/** Between items of a list in a sentence. */
	listSep: string;
	/** Between two sentences: none after a full-width 。, a space in English. */
	sentenceGap: string;
	className: (i: number) => string;
	newClassName: (i: number) => string;
	addClass: string;
	removeClass: (name: string) => string;
	samples: (n: number) => string;
	upload: string;
	uploadHint: string;
	dropHere: string;
	webcam: string;
	draw: string;
	clearClass: string;
	removeSample: (i: number, name: string) => string;
	moreSamples: (n: number) => string;
	pad: string;
	padClear: string;
	padAdd: string;
	camera: string;
	cameraStart: string;
	cameraStop: string;
	hold: string;
	cameraDenied: string;
	cameraAbsent: string;
	cameraOther: string;
	adding: (done: number, total: number) => string;
	notImage: (name: string) => string;
	corrupt: (name: string) => string;
	tooManyFiles: (kept: number, given: number, cap: number) => string;
	classFull: (name: string, cap: number) => string;
	train: string;
	stop: string;
	resume: string;
	trainAgain: string;
	tooFew: (name: string, have: number, need: number) => string;
	changedWhileTraining: string;
	/** In a talk: the other window trains on pictures this window cannot read. */
	notSameProject: string;
	settings: string;
	epochs: string;
	batch: string;
	lr: string;
	split: string;
	splitHint: (trainPct: number, valPct: number) => string;
	hood: string;
	loss: string;
	accuracy: string;
	trainLabel: string;
	valLabel: string;
	lowest: string;
	epochWord: string;
	rateWord: string;
	perClass: string;
	cls: string;
	acc: string;
	n: string;
	nLong: string;
	confusion: string;
	answer: string;
	guess: string;
	cell: (n: number, a: string, g: string) => string;
	cellList: (n: number, a: string, g: string) => string;
	pickCell: string;
	sure: (pct: string, cls: string) => string;
	threshold: string;
	thresholdHint: string;
	/** The heading of the "not sure" column: pictures below the threshold, per class. */
	unsure: string;
	unsureCell: (n: number, a: string) => string;
	/** What the threshold did, in words (already formatted threshold). */
	unsureSummary: (n: number, total: number, threshold: string) => string;
	thresholdOff: string;
	empty: string;
	status: {
		counts: (parts: string) => string;
		notTrained: string;
		epoch: (e: number, total: number, trainAcc: string, valAcc: string) => string;
		stopped: (e: number, total: number) => string;
		done: (valAcc: string, perClass: string) => string;
		diverged: (e: number) => string;
	};
	preview: string;
	previewHint: string;
	previewNeedsModel: string;
	previewUpload: string;
	previewChoose: string;
	previewDraw: string;
	previewCamera: string;
	previewResult: (name: string, pct: string) => string;
	confidence: string;
	project: string;
	exportProject: string;
	importProject: string;
	clearProject: string;
	clearConfirm: string;
	clearYes: string;
	privacy: string;
	notProject: string;
	futureProject: (v: number) => string;
	imported: (n: number) => string;
	storageFull: string;
	storageOff: string;
	restored: (n: number) => string;
	/** The pictures changed after the model was trained on them. */
	staleModel: string;
}

const zhNumber = (n: number) => n.toLocaleString('zh-TW');
const enNumber = (n: number) => n.toLocaleString('en');

export const strings: Bilingual<LabStrings> = {
	'zh-TW': {
		title: '實驗室：訓練你自己的影像分類器',
		defaultNames: ['貓', '狗'],
		listSep: '、',
		sentenceGap: '',
		className: (i) => `第 ${i + 1} 類的名稱`,
		newClassName: (i) => `類別 ${i + 1}`,
		addClass: '＋ 新增類別',
		removeClass: (name) => `刪除類別「${name}」`,
		samples: (n) => `${zhNumber(n)} 張`,
		upload: '上傳',
		uploadHint: '選擇圖片檔，或把檔案、資料夾拖到這張卡片上',
		dropHere: '放開以加入圖片',
		webcam: '網路攝影機',
		draw: '畫板',
		clearClass: '清空',
		removeSample: (i, name) => `移除「${name}」的第 ${i + 1} 張`,
		moreSamples: (n) => `還有 ${zhNumber(n)} 張`,
		pad: '畫板：用滑鼠、手指或觸控筆畫',
		padClear: '擦掉',
		padAdd: '加入這張',
		camera: '鏡頭畫面',
		cameraStart: '開啟鏡頭',
		cameraStop: '關閉鏡頭',
		hold: '按住錄製',
		cameraDenied: '沒有取得鏡頭權限。你仍然可以上傳圖片或畫圖。',
		cameraAbsent: '找不到鏡頭。你仍然可以上傳圖片或畫圖。',
		cameraOther: '鏡頭無法開啟。你仍然可以上傳圖片或畫圖。',
		adding: (d, t) => `正在加入圖片：${zhNumber(d)} / ${zhNumber(t)}`,
		notImage: (name) => `「${name}」不是圖片檔，沒有加入。`,
		corrupt: (name) => `「${name}」無法讀取（檔案可能損壞），沒有加入。`,
		tooManyFiles: (k, g, cap) =>
			`一次最多加入 ${zhNumber(cap)} 張：收到 ${zhNumber(g)} 張，加入了前 ${zhNumber(k)} 張。`,
		classFull: (name, cap) => `「${name}」已經有 ${zhNumber(cap)} 張，這是每一類的上限。`,
		train: '訓練模型',
		stop: '停止',
		resume: '繼續訓練',
		trainAgain: '重新訓練',
		tooFew: (name, have, need) =>
			`「${name}」只有 ${have} 張。每一類至少要 ${need} 張，才能分出訓練和驗證資料。`,
		changedWhileTraining: '訓練中圖片有變動，所以訓練停止了。按「重新訓練」用新的圖片訓練。',
		notSameProject:
			'另一個視窗用來訓練的圖片，這個視窗讀不到：圖片只留在存著它們的瀏覽器裡。這裡顯示的不是那個模型。',
		settings: '進階設定',
		epochs: '代數（epochs）',
		batch: '批量（batch size）',
		lr: '學習率 η',
		split: '驗證資料比例',
		splitHint: (tr, va) => `${tr}% 訓練、${va}% 驗證`,
		hood: 'Under the hood（模型內部）',
		loss: '每一代的損失',
		accuracy: '每一代的準確率',
		trainLabel: '訓練',
		valLabel: '驗證',
		lowest: '驗證損失最低',
		epochWord: '代',
		rateWord: '學習率',
		perClass: '各類別準確率（驗證資料）',
		cls: '類別',
		acc: '準確率',
		n: '張數',
		nLong: '驗證圖片張數',
		confusion: '混淆矩陣（驗證資料）',
		answer: '正確答案',
		guess: '模型猜',
		cell: (n, a, g) => `答案是${a}、模型猜${g}：${n} 張`,
		cellList: (n, a, g) => `答案是${a}、模型猜${g}的 ${n} 張圖片`,
		pickCell: '點一格，看看是哪些圖片。',
		sure: (pct, cls) => `${pct} 確定是${cls}`,
		threshold: '信心門檻',
		thresholdHint:
			'0 – 0.99。最可能那一類的機率不到這個值，模型就回答「不確定」，不算猜對。0 代表永遠回答最可能的那一類。',
		unsure: '不確定',
		unsureCell: (n, a) => `答案是${a}、模型不確定：${n} 張`,
		unsureSummary: (n, total, th) => `門檻 ${th}：${total} 張驗證圖片裡，有 ${n} 張模型不確定。`,
		thresholdOff: '門檻 0：模型永遠回答最可能的那一類。',
		empty: '這一格沒有圖片。',
		status: {
			counts: (parts) => `圖片：${parts}。`,
			notTrained: '還沒訓練。',
			epoch: (e, t, tr, va) => `第 ${e} / ${t} 代：訓練準確率 ${tr}、驗證準確率 ${va}。`,
			stopped: (e, t) => `在第 ${e} / ${t} 代停止了。`,
			done: (va, pc) => `訓練完成。驗證準確率 ${va}；各類別：${pc}。`,
			diverged: (e) => `第 ${e} 代的損失變成無限大或 NaN：訓練發散了。試試小一點的學習率。`
		},
		preview: '預覽（Preview）',
		previewHint: '給模型一張新的圖片：它不會加入訓練資料。',
		previewNeedsModel: '先訓練模型，才能預覽。',
		previewUpload: '上傳一張圖片',
		previewChoose: '選擇圖片檔…',
		previewDraw: '畫一張',
		previewCamera: '用鏡頭',
		previewResult: (name, pct) => `模型猜：${name}（${pct}）`,
		confidence: '各類別的信心',
		project: '專案',
		exportProject: '匯出專案',
		importProject: '匯入專案',
		clearProject: '清除全部',
		clearConfirm: '確定要清除所有類別、圖片和模型嗎？再按一次「確定清除」。',
		clearYes: '確定清除',
		privacy: '你的圖片只留在這個瀏覽器裡，不會上傳到任何地方。分享連結只帶設定，不帶圖片。',
		notProject: '這個檔案不是實驗室的專案檔，沒有匯入，原本的專案不變。',
		futureProject: (v) => `這個專案檔來自較新的版本（第 ${v} 版），這裡讀不了，原本的專案不變。`,
		imported: (n) => `已匯入專案：${zhNumber(n)} 張圖片。`,
		storageFull: '瀏覽器的儲存空間滿了：最新的變動沒有存起來。匯出專案可以保留一份。',
		storageOff: '這個瀏覽器不能儲存專案（可能是無痕模式）：重新整理會失去圖片。',
		restored: (n) => `已從這個瀏覽器取回你的專案：${zhNumber(n)} 張圖片。`,
		staleModel: '訓練之後圖片有變動：重新訓練，模型才會學到現在的圖片。'
	},
	en: {
		title: 'The lab: train your own image classifier',
		defaultNames: ['cat', 'dog'],
		listSep: ', ',
		sentenceGap: ' ',
		className: (i) => `Name of class ${i + 1}`,
		newClassName: (i) => `Class ${i + 1}`,
		addClass: '+ Add a class',
		removeClass: (name) => `Remove class “${name}”`,
		samples: (n) => `${enNumber(n)} ${n === 1 ? 'picture' : 'pictures'}`,
		upload: 'Upload',
		uploadHint: 'Choose image files, or drop files or a folder onto this card',
		dropHere: 'Drop to add pictures',
		webcam: 'Webcam',
		draw: 'Draw',
		clearClass: 'Clear',
		removeSample: (i, name) => `Remove picture ${i + 1} of “${name}”`,
		moreSamples: (n) => `${enNumber(n)} more`,
		pad: 'Drawing pad: draw with a mouse, a finger or a pen',
		padClear: 'Erase',
		padAdd: 'Add this drawing',
		camera: 'Webcam view',
		cameraStart: 'Turn the webcam on',
		cameraStop: 'Turn the webcam off',
		hold: 'Hold to record',
		cameraDenied: 'The webcam was not allowed. You can still upload pictures or draw.',
		cameraAbsent: 'No webcam was found. You can still upload pictures or draw.',
		cameraOther: 'The webcam could not start. You can still upload pictures or draw.',
		adding: (d, t) => `Adding pictures: ${enNumber(d)} / ${enNumber(t)}`,
		notImage: (name) => `“${name}” is not an image file; it was not added.`,
		corrupt: (name) => `“${name}” could not be read (the file may be damaged); it was not added.`,
		tooManyFiles: (k, g, cap) =>
			`At most ${enNumber(cap)} pictures at a time: got ${enNumber(g)}, added the first ${enNumber(k)}.`,
		classFull: (name, cap) =>
			`“${name}” already has ${enNumber(cap)} pictures, the most a class can hold.`,
		train: 'Train model',
		stop: 'Stop',
		resume: 'Continue training',
		trainAgain: 'Train again',
		tooFew: (name, have, need) =>
			`“${name}” has ${have} ${have === 1 ? 'picture' : 'pictures'}. Each class needs at least ${need} to split into training and validation data.`,
		notSameProject:
			'The other window trains on pictures this window cannot read: they stay in the browser that holds them. The model shown here is not that one.',
		changedWhileTraining:
			'The pictures changed during training, so training stopped. Press “Train again” to train on the new pictures.',
		settings: 'Advanced',
		epochs: 'Epochs',
		batch: 'Batch size',
		lr: 'Learning rate η',
		split: 'Validation share',
		splitHint: (tr, va) => `${tr}% training, ${va}% validation`,
		hood: 'Under the hood',
		loss: 'Loss per epoch',
		accuracy: 'Accuracy per epoch',
		trainLabel: 'training',
		valLabel: 'validation',
		lowest: 'lowest validation loss',
		epochWord: 'epoch',
		rateWord: 'learning rate',
		perClass: 'Accuracy per class (validation data)',
		cls: 'Class',
		acc: 'Accuracy',
		n: 'n',
		nLong: 'validation pictures',
		confusion: 'Confusion matrix (validation data)',
		answer: 'Answer',
		guess: 'Model’s guess',
		cell: (n, a, g) => `answer ${a}, guessed ${g}: ${n}`,
		cellList: (n, a, g) => `The ${n} ${n === 1 ? 'picture' : 'pictures'} of ${a} guessed as ${g}`,
		pickCell: 'Pick a cell to see which pictures it holds.',
		sure: (pct, cls) => `${pct} sure it is ${cls}`,
		threshold: 'Confidence threshold',
		thresholdHint:
			'0 – 0.99. When the top class’s probability is below it, the model answers “not sure”, which is never right. 0: it always answers its top class.',
		unsure: 'Not sure',
		unsureCell: (n, a) => `answer ${a}, not sure: ${n}`,
		unsureSummary: (n, total, th) =>
			`Threshold ${th}: the model is not sure of ${n} of ${total} validation pictures.`,
		thresholdOff: 'Threshold 0: the model always answers its top class.',
		empty: 'No pictures in this cell.',
		status: {
			counts: (parts) => `Pictures: ${parts}.`,
			notTrained: 'Not trained yet.',
			epoch: (e, t, tr, va) =>
				`Epoch ${e} / ${t}: training accuracy ${tr}, validation accuracy ${va}.`,
			stopped: (e, t) => `Stopped at epoch ${e} / ${t}.`,
			done: (va, pc) => `Training finished. Validation accuracy ${va}; per class: ${pc}.`,
			diverged: (e) =>
				`At epoch ${e} the loss became infinite or NaN: training diverged. Try a smaller learning rate.`
		},
		preview: 'Preview',
		previewHint: 'Give the model a new picture: it does not join the training data.',
		previewNeedsModel: 'Train the model first, then try it here.',
		previewUpload: 'Upload a picture',
		previewChoose: 'Choose a picture…',
		previewDraw: 'Draw one',
		previewCamera: 'Use the webcam',
		previewResult: (name, pct) => `The model says: ${name} (${pct})`,
		confidence: 'Confidence per class',
		project: 'Project',
		exportProject: 'Export project',
		importProject: 'Import project',
		clearProject: 'Clear everything',
		clearConfirm: 'Clear every class, picture and the model? Press “Yes, clear” to do it.',
		clearYes: 'Yes, clear',
		privacy:
			'Your pictures stay in this browser; nothing is uploaded anywhere. A shared link carries the settings, not the pictures.',
		notProject:
			'This file is not a lab project; nothing was imported and your project is unchanged.',
		futureProject: (v) =>
			`This project file is from a newer version (${v}) that this page cannot read; your project is unchanged.`,
		imported: (n) => `Project imported: ${enNumber(n)} pictures.`,
		storageFull:
			'The browser’s storage is full: your latest change was not saved. Export the project to keep a copy.',
		storageOff:
			'This browser cannot store the project (a private window?): a reload will lose your pictures.',
		restored: (n) => `Your project is back from this browser: ${enNumber(n)} pictures.`,
		staleModel: 'The pictures changed after training: train again for the model to learn from them.'
	}
};
