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

/**
 * A rehype plugin turning a lesson's relative links (`../loss/`, `../glossary/#term`) into
 * absolute ones in the lesson's language (`/en/loss/`), so they still lead to the right page
 * when the lesson is shown elsewhere (its slides and presenter pages sit one folder deeper).
 */
export function lessonLinks() {
	/**
	 * @param {{ type: string, tagName?: string, properties?: Record<string, unknown>, children?: any[] }} tree
	 * @param {{ filename?: string, path?: string, history?: string[] }} file
	 */
	return (tree, file) => {
		const name = file?.filename ?? file?.path ?? file?.history?.[0] ?? '';
		const lang = /(zh-TW|en)\.md$/.exec(name)?.[1];
		if (!lang) return;
		/** @param {{ type: string, tagName?: string, properties?: Record<string, unknown>, children?: any[] }} node */
		const walk = (node) => {
			const href = node.properties?.href;
			if (node.type === 'element' && node.tagName === 'a' && typeof href === 'string') {
				if (href.startsWith('../'))
					node.properties = { ...node.properties, href: `/${lang}/${href.slice(3)}` };
			}
			for (const child of node.children ?? []) walk(child);
		};
		walk(tree);
	};
}
