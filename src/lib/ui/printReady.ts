/**
 * Pictures that load lazily wait for the screen to come near; paper has no screen. A browser
 * prints what it has at the moment it is asked, so the lesson's print button (PrintButton.svelte)
 * asks for every picture and waits for them first. The browser's own print command still fires
 * `beforeprint`, and a PDF export or print preview that only switches the media changes the
 * `print` query: both ask for the pictures too, for the next print (they cannot wait).
 */

/** Asks for every lazy picture on the page now; returns those still on their way. */
export function loadAllPictures(): HTMLImageElement[] {
	const images = [...document.querySelectorAll<HTMLImageElement>('img')];
	for (const img of images) if (img.loading === 'lazy') img.loading = 'eager';
	return images.filter((img) => !img.complete);
}

/**
 * Every picture loaded (or failed, or `timeout` ms gone) and every font the page declares: the
 * blocks a lesson has not rendered yet (content-visibility) have not asked for their formulas'
 * fonts, and a print would set those formulas in a fallback face.
 */
export async function picturesLoaded(timeout = 5000): Promise<void> {
	const waiting = loadAllPictures().map((img) => img.decode().catch(() => {}));
	for (const face of document.fonts ?? [])
		if (face.status === 'unloaded')
			waiting.push(
				face.load().then(
					() => {},
					() => {}
				)
			);
	await Promise.race([
		Promise.all([document.fonts?.ready, ...waiting]),
		new Promise((done) => setTimeout(done, timeout))
	]);
}

/** Listens for a print the page did not start; the returned function stops listening. */
export function loadPicturesForPrint(): () => void {
	const eager = () => void loadAllPictures();
	const print = matchMedia('print');
	const changed = (e: MediaQueryListEvent) => e.matches && eager();
	addEventListener('beforeprint', eager);
	print.addEventListener('change', changed);
	return () => {
		removeEventListener('beforeprint', eager);
		print.removeEventListener('change', changed);
	};
}
