import type { CsvProblem } from '$lib/engine/trainerProtocol';
import type { Lang } from '$lib/i18n/lang';

const superscript = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 1e15 as "10¹⁵". */
function power(x: number): string {
	const e = Math.round(Math.log10(x));
	return `10${[...String(e)].map((d) => superscript[Number(d)]).join('')}`;
}

/** A CSV problem said in words, with its line, in either language. */
export function csvProblemText(lang: Lang, p: CsvProblem): string {
	const zh = lang === 'zh-TW';
	switch (p.code) {
		case 'empty':
			return zh ? '檔案是空的。' : 'The file is empty.';
		case 'tooFewColumns':
			return zh
				? `第 ${p.line} 列（欄名）只有 ${p.columns} 欄；至少要兩欄特徵加一欄標籤。`
				: `Line ${p.line} (the header) has ${p.columns} columns; at least two features and a label are needed.`;
		case 'tooManyColumns':
			return zh
				? `第 ${p.line} 列有 ${p.columns} 欄；最多 ${p.max} 欄。`
				: `Line ${p.line} has ${p.columns} columns; at most ${p.max} are allowed.`;
		case 'duplicateHeader':
			return zh
				? `第 ${p.line} 列：欄名「${p.name}」出現了兩次。`
				: `Line ${p.line}: the column name “${p.name}” appears twice.`;
		case 'columnCount':
			return zh
				? `第 ${p.line} 列有 ${p.got} 欄，應該是 ${p.expected} 欄。`
				: `Line ${p.line} has ${p.got} columns; it should have ${p.expected}.`;
		case 'notANumber':
			return zh
				? `第 ${p.line} 列，「${p.column}」欄：「${p.value}」不是數字。`
				: `Line ${p.line}, column “${p.column}”: “${p.value}” is not a number.`;
		case 'tooLarge':
			return zh
				? `第 ${p.line} 列，「${p.column}」欄：「${p.value}」太大；特徵的值要在 ±${power(p.max)} 之內，請先把這一欄縮小（例如換單位或標準化）。`
				: `Line ${p.line}, column “${p.column}”: “${p.value}” is too large; features must lie within ±${power(p.max)}. Scale this column down first (another unit, or standardised).`;
		case 'missingLabel':
			return zh ? `第 ${p.line} 列沒有標籤。` : `Line ${p.line} has no label.`;
		case 'tooManyClasses':
			return zh
				? `第 ${p.line} 列：標籤「${p.value}」是第三種值；只能有兩類（${p.classes.join('、')}）。`
				: `Line ${p.line}: the label “${p.value}” is a third value; only two classes are allowed (${p.classes.join(', ')}).`;
		case 'oneClass':
			return zh
				? `所有標籤都是「${p.value}」；需要兩類。`
				: `Every label is “${p.value}”; two classes are needed.`;
		case 'tooFewRows':
			return zh
				? `只有 ${p.rows} 筆資料；至少要 ${p.min} 筆。`
				: `Only ${p.rows} rows of data; at least ${p.min} are needed.`;
		case 'tooManyRows':
			return zh
				? `第 ${p.line} 列超過上限：最多 ${p.max} 筆資料。`
				: `Line ${p.line} is past the limit of ${p.max} rows of data.`;
	}
}
