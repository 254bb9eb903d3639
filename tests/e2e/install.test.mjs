// Installable: a web app manifest with name, start URL, theme and icons, which Chromium itself accepts,
// and an installed guide that opens with the network gone (its shell, manifest and icons are precached).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Guide, serveAndLaunch } from './guide.mjs';

const env = serveAndLaunch();

test('the guide is installable: Chromium finds no installability error in its manifest', async () => {
  const guide = new Guide(await env.browser.context.newPage());
  await guide.open(env.server.url);
  await guide.waitStatus('ready');
  const url = await guide.manifestUrl();
  const response = await guide.page.request.get(url);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /application\/manifest\+json/);
  const manifest = await response.json();
  assert.equal(manifest.name, 'Visitationsguide');
  assert.equal(manifest.lang, 'da');
  assert.equal(manifest.display, 'standalone');
  assert.equal(new URL(manifest.start_url, url).href, `${env.server.url}/`, 'it starts at the guide, with no query');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png');
    assert.ok(icon, `a ${size} PNG icon`);
    const image = await guide.page.request.get(new URL(icon.src, url).href);
    assert.equal(image.status(), 200, icon.src);
    const bytes = await image.body();
    // A PNG's width and height are at bytes 16–23 of its IHDR chunk.
    assert.equal(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, size, `${icon.src} is ${size}`);
  }
  // Chromium's own verdict (the check behind "Install app"), once the service worker controls the page.
  await guide.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  const cdp = await guide.page.context().newCDPSession(guide.page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], JSON.stringify(installabilityErrors));
  assert.deepEqual(guide.errors, []);
  await guide.page.close();
});
