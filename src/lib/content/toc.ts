/** One entry of a lesson's table of contents. */
export interface TocEntry {
	/** Matches the heading's id, given in order by headingIds.js. */
	id: string;
	text: string;
}

/**
 * The `##` headings of a lesson's Markdown, in order, as the reader sees them: inline math and
 * Markdown emphasis are stripped to plain text.
 */
export function tableOfContents(markdown: string): TocEntry[] {
	const body = markdown.replace(/^---[\s\S]*?\n---/, '').replace(/```[\s\S]*?```/g, '');
	const entries: TocEntry[] = [];
	for (const line of body.split('\n')) {
		const m = /^##\s+(.+?)\s*#*\s*$/.exec(line);
		if (!m) continue;
		const text = m[1]
			.replace(/\$([^$]+)\$/g, '$1')
			.replace(/[*_`]/g, '')
			.replace(/\\([{}])/g, '$1');
		entries.push({ id: `s${entries.length + 1}`, text });
	}
	return entries;
}
