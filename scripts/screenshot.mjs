// Screenshots of built pages for a person to look at:
//   node scripts/screenshot.mjs http://localhost:4173/en/gradient-descent/ out.png [width] [height] [--full]
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.mjs';

const [url, out, width = '1280', height = '900', ...flags] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: chromiumPath,
	args: [
		'--no-sandbox',
		'--disable-background-networking',
		'--enable-unsafe-swiftshader',
		...(flags.includes('--no-webgl') ? ['--disable-webgl', '--disable-3d-apis'] : [])
	]
});
const page = await browser.newPage({
	viewport: { width: Number(width), height: Number(height) },
	colorScheme: flags.includes('--dark') ? 'dark' : 'light',
	javaScriptEnabled: !flags.includes('--no-js')
});
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
const scrollTo = flags.find((f) => f.startsWith('--scroll='));
if (scrollTo)
	await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView(), scrollTo.slice(9));
await page.waitForTimeout(Number(process.env.WAIT ?? 1500));
await page.screenshot({ path: out, fullPage: flags.includes('--full') });
await browser.close();
console.log('wrote', out);
