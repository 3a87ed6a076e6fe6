// Pictures for the lab, drawn in the page by its own canvas and returned as PNG files for a file
// picker: even kinds are circles, odd kinds crosses, each in its own hue and a little different
// (place, size, stroke, background), from a seeded generator. The lab's tests and its benchmark
// give the lab these, as a reader's upload would.

/**
 * @param {import('@playwright/test').Page} page
 * @param {number} kind
 * @param {number} n
 * @param {number} [seed]
 * @returns {Promise<{ name: string; mimeType: string; buffer: Buffer }[]>}
 */
export async function labPictures(page, kind, n, seed = 1) {
	const files = await page.evaluate(
		({ kind, n, seed }) => {
			let s = seed * 9973 + kind * 31 + 1;
			const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
			const out = [];
			for (let i = 0; i < n; i++) {
				const c = document.createElement('canvas');
				c.width = 120;
				c.height = 90;
				const g = /** @type {CanvasRenderingContext2D} */ (c.getContext('2d'));
				g.fillStyle = `hsl(${rnd() * 360} 25% ${90 + rnd() * 6}%)`;
				g.fillRect(0, 0, 120, 90);
				g.lineWidth = 8 + rnd() * 4;
				g.strokeStyle = `hsl(${(kind * 150 + 20 + rnd() * 30) % 360} 75% ${32 + rnd() * 12}%)`;
				const x = 60 + (rnd() - 0.5) * 16;
				const y = 45 + (rnd() - 0.5) * 12;
				const r = 22 + rnd() * 8;
				g.beginPath();
				if (kind % 2 === 0) g.arc(x, y, r, 0, 2 * Math.PI);
				else {
					g.moveTo(x - r, y - r);
					g.lineTo(x + r, y + r);
					g.moveTo(x + r, y - r);
					g.lineTo(x - r, y + r);
				}
				g.stroke();
				out.push(c.toDataURL('image/png').slice('data:image/png;base64,'.length));
			}
			return out;
		},
		{ kind, n, seed }
	);
	return files.map((b64, i) => ({
		name: `kind${kind}-${seed}-${i}.png`,
		mimeType: 'image/png',
		buffer: Buffer.from(b64, 'base64')
	}));
}
