import type { WidgetDescriptor } from '../types';

export const widget: WidgetDescriptor = {
	name: 'losspanel',
	order: 30,
	title: {
		'zh-TW': '衡量錯多少：均方誤差與交叉熵',
		en: 'Measuring how wrong: MSE against cross-entropy'
	},
	summary: {
		'zh-TW':
			'拖曳預測值，比較均方誤差與交叉熵的損失和梯度；再用兩種損失各訓練同一個分類器一次，看哪一個從錯誤的起點救得回來。',
		en: 'Drag a prediction to compare the loss and gradient of mean squared error and cross-entropy, then train the same classifier once with each and see which recovers from a wrong start.'
	},
	still: '/stills/losspanel.svg',
	load: () => import('./LossPanel.svelte')
};
