// Renders public/favicon.svg into the PNG icons the web app manifest names (Chromium draws them, so the
// icons match the SVG exactly). Run after changing the logo:
//   node scripts/make_icons.mjs
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const svg = fs.readFileSync(path.join(root, 'public', 'favicon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // Full-bleed square (the manifest marks it maskable too: the mark stays inside the safe circle).
  const square = svg.replace('rx="6" ', '');
  await page.setContent(`<html><body style="margin:0">${square.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: path.join(root, 'public', `icon-${size}.png`), omitBackground: false });
  await page.close();
}
await browser.close();
console.log('icons written: public/icon-192.png, public/icon-512.png');
