import type { WidgetDescriptor } from '../types';

export const widget: WidgetDescriptor = {
	name: 'neuron',
	order: 20,
	title: { 'zh-TW': '一個神經元，一步一步算', en: 'One neuron, step by step' },
	summary: {
		'zh-TW':
			'跟著一個數字從輸入走到損失，再跟著梯度從損失走回權重：每一步標出圖上的位置、寫出公式和數值，更新之後損失變小。',
		en: 'Follow one number from the input to the loss, and the gradient back to the weight: each step lights its part of the diagram and shows its formula with the numbers in; after the update the loss is smaller.'
	},
	still: '/stills/neuron.svg',
	load: () => import('./Neuron.svelte')
};
