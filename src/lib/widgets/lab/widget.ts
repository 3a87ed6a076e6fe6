import type { WidgetDescriptor } from '../types';

export const widget: WidgetDescriptor = {
	name: 'lab',
	order: 70,
	title: { 'zh-TW': '實驗室：訓練你自己的影像分類器', en: 'The lab: your own image classifier' },
	summary: {
		'zh-TW':
			'自己決定類別，上傳圖片、用鏡頭錄或直接畫，按下訓練：看每一代的損失與準確率、各類別準確率和混淆矩陣，再拿新的圖片試試模型。圖片只留在你的瀏覽器裡。',
		en: 'Name your classes, give each pictures (upload, webcam or draw), press Train, and read the loss and accuracy per epoch, the accuracy per class and the confusion matrix; then try the model on a new picture. Your pictures stay in your browser.'
	},
	still: '/stills/lab.svg',
	load: () => import('./Lab.svelte')
};
