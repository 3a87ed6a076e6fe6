import type { WidgetDescriptor } from '../types';

export const widget: WidgetDescriptor = {
	name: 'trainer',
	order: 60,
	title: { 'zh-TW': '訓練一個貓狗分類器', en: 'Training a cat-or-dog classifier' },
	summary: {
		'zh-TW':
			'一個小模型在你眼前學著分辨貓和狗：每一代的損失與準確率（訓練和驗證）、各類別準確率、混淆矩陣和決策邊界都即時更新；也可以換成有偏差的資料或上傳自己的 CSV。',
		en: 'A small model learns to tell cats from dogs as you watch: loss and accuracy per epoch for training and validation data, accuracy per class, the confusion matrix and the decision boundary all update live; switch to biased data or upload your own CSV.'
	},
	still: '/stills/trainer.svg',
	load: () => import('./Trainer.svelte')
};
