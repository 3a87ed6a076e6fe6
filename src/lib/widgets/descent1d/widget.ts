import type { WidgetDescriptor } from '../types';

export const widget: WidgetDescriptor = {
	name: 'descent1d',
	order: 10,
	title: { 'zh-TW': '沿著曲線下坡', en: 'Walking down a curve' },
	summary: {
		'zh-TW': '一顆球沿著損失曲線往下走：切線的斜率決定方向，學習率決定步伐大小。',
		en: 'A ball walks down a loss curve: the slope of the tangent sets the direction, the learning rate the size of each step.'
	},
	still: '/stills/descent1d.svg',
	load: () => import('./Descent1D.svelte')
};
