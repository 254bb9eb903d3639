import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
const server = await serve('/tmp/profdist', { '/big.json': '/work/main/artifacts/bench/snapshot-10000.json' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${server.url}/?snapshot=/big.json&group=kh-match2&age=34`);
await page.locator('#ranking-summary[data-answers-age="34"]').waitFor({ timeout: 60000 });
await page.getByTestId('ranked-offer').first().waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
for (const age of [24, 34, 24, 34, 24]) {
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.getByTestId('query-age').fill(String(age));
  await page.locator(`#ranking-summary[data-answers-age="${age}"]`).waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const ms = Date.now() - t0;
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)} ${k}`);
  console.log(`age ${age}: ${ms} ms wall`); console.log('  ' + top.join('\n  '));
}
await browser.close(); await server.close();
