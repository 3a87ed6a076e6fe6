import type { WidgetDescriptor } from '../types';

export const widget: WidgetDescriptor = {
	name: 'surface3d',
	order: 20,
	title: { 'zh-TW': '3D 損失曲面', en: 'The 3D loss surface' },
	summary: {
		'zh-TW':
			'球沿著兩個權重的損失曲面往下滾：選一個起點、拖曳學習率，看它收斂、來回震盪，或飛出曲面。',
		en: 'Balls roll down a loss surface of two weights: pick a start, drag the learning rate, and watch them converge, oscillate or fly off.'
	},
	still: '/stills/surface3d.svg',
	load: () => import('./Surface3D.svelte')
};
