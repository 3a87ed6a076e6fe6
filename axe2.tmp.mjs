import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '/work/main/scripts/chromium.mjs';
import { loadWidgets } from '/work/main/scripts/loadWidgets.mjs';
const src = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: { width: Number(process.env.W ?? 1280), height: Number(process.env.H ?? 900) } });
const page = await ctx.newPage();
for (const path of process.argv.slice(2)) {
await page.goto('http://localhost:4181' + path);
await loadWidgets(page);
await page.evaluate(src);
if (process.env.CV) await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
for (let i = 0; i < 3; i++) {
const t = performance.now();
const v = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ') + ' ' + n.html.slice(0, 120)).join(' | ')));
console.log(path, ((performance.now() - t) / 1000).toFixed(2), v);
}
}
await browser.close();
