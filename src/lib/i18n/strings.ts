import type { Bilingual } from './lang';

/** UI strings shared by every page. Widget strings live beside each widget. */
export const ui = {
	'zh-TW': {
		siteName: 'Descent 下坡',
		tagline: '動手看懂類神經網路怎麼學習',
		courseTitle: '初探類神經網路',
		lessons: '課程',
		playground: '遊樂場',
		glossary: '名詞對照',
		language: '語言',
		otherLanguage: 'English',
		previous: '上一課',
		next: '下一課',
		contents: '本課內容',
		lessonN: (n: number) => `第 ${n} 課`,
		skipToContent: '跳到主要內容',
		home: '首頁',
		start: '開始上課',
		chooseLanguage: '選擇語言',
		playgroundIntro:
			'每個互動元件都在這裡。調整設定後，網址會記住它們，分享連結就能重現同一個設定。',
		openAlone: '單獨開啟（可分享網址）',
		backToPlayground: '回到遊樂場',
		widgetHeading: '互動元件',
		noscript: '這個互動元件需要 JavaScript。下圖是它的靜態畫面：',
		widgetLoading: '互動元件載入中…',
		widgetMissing: '這個互動元件還在製作中。',
		engineFailed: '計算引擎沒有回應，互動元件暫停了。課文仍可閱讀。',
		noWorker: '這個瀏覽器不支援 Web Worker，互動元件無法計算。課文仍可閱讀。',
		retry: '重試',
		computing: '計算中…',
		play: '播放',
		pause: '暫停',
		step: '下一步',
		reset: '重設',
		think: '想一想',
		showAnswer: '看答案',
		selfCheck: '自我檢查',
		check: '作答',
		correct: '答對了！',
		incorrect: '再想想。',
		whyNot: '其他選項為什麼不對',
		notFound: '找不到這一頁。',
		notFoundHelp: '網址可能打錯了，或是這一頁已經搬走。課程的每一頁都在這裡：',
		offlineTitle: '目前離線',
		offlineHelp:
			'這一頁還沒有存在這個瀏覽器裡，要連上網路才能開啟。下面這些頁面已經存好，離線也能讀：',
		courseHome: '課程首頁',
		read: '讀過了',
		progress: (read: number, total: number, correct: number, answered: number) =>
			`你讀過 ${read} / ${total} 課，自我檢查答對 ${correct} / ${answered} 題。`,
		badSetting: (key: string, given: string, allowed: string) =>
			`設定 ${key}=「${given}」無效（允許：${allowed}），已略過。`,
		refusedNumber: (given: string, allowed: string, kept: string) =>
			`「${given}」不是允許的數值。範圍：${allowed}；保留 ${kept}。`,
		wholeNumber: '整數',
		moreSettings: '更多設定',
		openFull: '在遊樂場開啟完整元件',
		decrease: '減少',
		increase: '增加'
	},
	en: {
		siteName: 'Descent',
		tagline: 'See how neural networks learn, by changing the math yourself',
		courseTitle: 'A first look at neural networks',
		lessons: 'Lessons',
		playground: 'Playground',
		glossary: 'Glossary',
		language: 'Language',
		otherLanguage: '中文',
		previous: 'Previous',
		next: 'Next',
		contents: 'In this lesson',
		lessonN: (n: number) => `Lesson ${n}`,
		skipToContent: 'Skip to content',
		home: 'Home',
		start: 'Start the course',
		chooseLanguage: 'Choose a language',
		playgroundIntro:
			'Every interactive widget lives here. The address remembers your settings, so a shared link reproduces them.',
		openAlone: 'Open alone (shareable link)',
		backToPlayground: 'Back to the playground',
		widgetHeading: 'The widget',
		noscript: 'This interactive widget needs JavaScript. Here is a still picture of it:',
		widgetLoading: 'Loading the widget…',
		widgetMissing: 'This widget is still being built.',
		engineFailed:
			'The computing engine stopped answering, so the widget is paused. The text still reads.',
		noWorker:
			'This browser has no Web Workers, so the widget cannot compute. The text still reads.',
		retry: 'Retry',
		computing: 'Computing…',
		play: 'Play',
		pause: 'Pause',
		step: 'Step',
		reset: 'Reset',
		think: 'Think about it',
		showAnswer: 'Show the answer',
		selfCheck: 'Self-check',
		check: 'Check',
		correct: 'Correct!',
		incorrect: 'Not quite.',
		whyNot: 'Why the other options are wrong',
		notFound: 'This page does not exist.',
		notFoundHelp:
			'The address may be mistyped, or the page has moved. Every page of the course is here:',
		offlineTitle: 'You are offline',
		offlineHelp:
			'This page is not stored in this browser yet, so it needs the network. These pages are stored and read offline:',
		courseHome: 'Course home',
		read: 'read',
		progress: (read: number, total: number, correct: number, answered: number) =>
			`You have read ${read} of ${total} lessons and answered ${correct} of ${answered} self-check questions correctly.`,
		badSetting: (key: string, given: string, allowed: string) =>
			`Setting ${key}=“${given}” is not valid (allowed: ${allowed}); ignored.`,
		refusedNumber: (given: string, allowed: string, kept: string) =>
			`“${given}” is not allowed. Range: ${allowed}; keeping ${kept}.`,
		wholeNumber: 'whole number',
		moreSettings: 'More settings',
		openFull: 'Open the full widget in the playground',
		decrease: 'Decrease',
		increase: 'Increase'
	}
} satisfies Bilingual<Record<string, string | ((...args: never[]) => string)>>;

export type UiStrings = (typeof ui)['en'];
