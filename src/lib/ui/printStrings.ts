import type { Bilingual } from '$lib/i18n/lang';

/**
 * The print buttons' words: a lesson as a handout, a deck as a PDF (one slide a page); and what a
 * scroll step's printed still shows, for a reader who cannot see it.
 */
export const printStrings = {
	'zh-TW': {
		printLesson: '列印講義',
		preparing: '正在載入圖片，準備列印…',
		exportPdf: '匯出 PDF',
		exportHint: '每張投影片印成一頁；在列印視窗選「另存為 PDF」。',
		stepStill: (widget: string, n: number) => `${widget}：第 ${n} 步的畫面`
	},
	en: {
		printLesson: 'Print as a handout',
		preparing: 'Loading the pictures for printing…',
		exportPdf: 'Export to PDF',
		exportHint: 'One slide a page; choose “Save as PDF” in the print dialog.',
		stepStill: (widget: string, n: number) => `${widget}, as step ${n} sets it`
	}
} satisfies Bilingual<Record<string, string | ((widget: string, n: number) => string)>>;
