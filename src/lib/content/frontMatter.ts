/**
 * Reads the simple YAML front matter lessons use: `key: value` lines, values optionally quoted.
 * Returns null when the file has no front matter block.
 */
export function parseFrontMatter(markdown: string): Record<string, string> | null {
	const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown);
	if (!m) return null;
	const fields: Record<string, string> = {};
	for (const line of m[1].split(/\r?\n/)) {
		const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
		if (!kv) continue;
		let value = kv[2].trim();
		if (/^(['"]).*\1$/.test(value)) {
			const quote = value[0];
			value = value.slice(1, -1);
			if (quote === "'") value = value.replace(/''/g, "'");
		}
		fields[kv[1]] = value;
	}
	return fields;
}
