/**
 * One name for each thing in zh-TW: the second names a reader may meet elsewhere, each with the
 * course's own name. Only the glossary may list them, as aliases (GlossaryTerm.aliasesZh).
 */
export interface SecondName {
	/** Matches the second name (and nothing the course rightly says, e.g. 演算法 for 算法). */
	banned: RegExp;
	/** What the course says instead. */
	use: string;
}

export const secondNames: SecondName[] = [
	{ banned: /激勵函數/g, use: '活化函數' },
	{ banned: /折耳貓/g, use: '摺耳貓' },
	{ banned: /鼻子(?:長度|多長|長不長)/g, use: '口鼻長度' },
	{ banned: /拖動/g, use: '拖曳' },
	// "how it is computed"; 演算法 (algorithm) is another word.
	{ banned: /(?<!演)算法/g, use: '計算方式' },
	// The gradient goes back toward earlier layers; 往前 collides with 正向傳播.
	{ banned: /往前(?:傳|送|告訴)/g, use: '往回傳 / 傳回前面的層' },
	{ banned: /偏權值/g, use: '偏置' },
	{ banned: /倒傳遞/g, use: '反向傳播' },
	{ banned: /過度擬合/g, use: '過擬合' },
	{ banned: /批次大小/g, use: '批量' }
];

/** One sentence for each second name in `text`, naming where it is and what to say instead. */
export function secondNameProblems(text: string, where: string): string[] {
	const problems: string[] = [];
	for (const { banned, use } of secondNames)
		for (const m of text.matchAll(banned)) {
			const line = text.slice(0, m.index).split('\n').length;
			problems.push(`${where}:${line}: ${m[0]} (say ${use})`);
		}
	return problems;
}
