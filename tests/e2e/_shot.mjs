import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
const server = await serve('/work/main/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h] of [[1280, 800], [390, 844]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('pageerror', (e) => console.log('ERR', e.message));
  await page.goto(`${server.url}/?group=${process.argv[2] ?? 'kh-match2'}&age=${process.argv[3] ?? 34}`);
  await page.getByTestId('ranked-offer').first().waitFor();
  await page.getByRole('button', { name: 'Vis som figur' }).click();
  await page.getByTestId(process.argv[4] ?? 'funnel-plot').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/funnel-${w}.png` });
}
await browser.close(); await server.close();
