/**
 * A rehype plugin giving every `##` heading (h2) of a lesson the id `s1`, `s2`, … in order.
 * Ids by position are the same in both languages, so switching language keeps the section.
 * Plain JS: svelte.config.js runs it at build time.
 */
export function headingIds() {
	/** @param {{ type: string, tagName?: string, properties?: object, children?: any[] }} tree */
	return (tree) => {
		let n = 0;
		/** @param {{ type: string, tagName?: string, properties?: object, children?: any[] }} node */
		const walk = (node) => {
			if (node.type === 'element' && node.tagName === 'h2') {
				n += 1;
				node.properties = { ...node.properties, id: `s${n}` };
			}
			for (const child of node.children ?? []) walk(child);
		};
		walk(tree);
	};
}
