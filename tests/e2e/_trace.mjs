import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { serve } from './server.mjs';
const server = await serve('/work/main/dist', { '/big.json': '/work/main/artifacts/bench/snapshot-10000.json' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${server.url}/?snapshot=/big.json&group=kh-match2&age=34`);
await page.locator('#ranking-summary[data-answers-age="34"]').waitFor({ timeout: 60000 });
for (const age of [24, 34, 24]) {
  await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'] });
  const t0 = Date.now();
  await page.getByTestId('query-age').fill(String(age));
  await page.locator(`#ranking-summary[data-answers-age="${age}"]`).waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const ms = Date.now() - t0;
  const buf = await browser.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents;
  const main = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = new Map();
  for (const e of ev) if (e.ph === 'X' && e.tid === main?.tid && e.pid === main?.pid && e.dur) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  console.log(`age ${age}: ${ms} ms`, [...sums].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' | '));
}
await browser.close(); await server.close();
