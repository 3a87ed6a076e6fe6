// Renders the app icons from static/favicon.svg with Chromium, so the PNGs and favicon.ico never
// drift from the SVG: node scripts/icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.mjs';

const svg = readFileSync('static/favicon.svg', 'utf8');
// Maskable icons are cropped to a circle by some launchers: full-bleed background, and the
// drawing kept inside the middle 60 % (the "safe zone" is the central 80 % circle).
const maskable = svg
	.replace('rx="6"', 'rx="0"')
	.replace(
		/<path[\s\S]*<\/svg>/,
		(inner) =>
			`<g transform="translate(6.4 6.4) scale(0.6)">${inner.replace('</svg>', '')}</g></svg>`
	);

const browser = await chromium.launch({
	executablePath: chromiumPath,
	args: ['--no-sandbox']
});
const page = await browser.newPage();

/** A PNG of the SVG `source`, `size` pixels square. @param {string} source @param {number} size */
async function render(source, size) {
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`
	);
	return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

writeFileSync('static/icon-192.png', await render(svg, 192));
writeFileSync('static/icon-512.png', await render(svg, 512));
writeFileSync('static/icon-maskable-512.png', await render(maskable, 512));
writeFileSync('static/apple-touch-icon.png', await render(maskable, 180));

// favicon.ico: an ICO directory holding 16, 32 and 48 px PNGs (PNG-in-ICO, read everywhere).
const images = [];
for (const size of [16, 32, 48]) images.push({ size, png: await render(svg, size) });
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = 6 + 16 * images.length;
const entries = images.map(({ size, png }) => {
	const e = Buffer.alloc(16);
	e.writeUInt8(size, 0);
	e.writeUInt8(size, 1);
	e.writeUInt16LE(1, 4); // colour planes
	e.writeUInt16LE(32, 6); // bits per pixel
	e.writeUInt32LE(png.length, 8);
	e.writeUInt32LE(offset, 12);
	offset += png.length;
	return e;
});
writeFileSync(
	'static/favicon.ico',
	Buffer.concat([header, ...entries, ...images.map((i) => i.png)])
);

await browser.close();
console.log(
	'wrote static/icon-192.png, icon-512.png, icon-maskable-512.png, apple-touch-icon.png, favicon.ico'
);
