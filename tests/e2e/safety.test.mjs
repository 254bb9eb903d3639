// Strict CSP, privacy of the citizen's inputs, and hostile snapshot files, in real Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { Guide, launch, checkerRanking, waitUntil, DIST, SAMPLE, ARTIFACTS, LAST_GOOD_CACHE, SHELL_CACHE_PREFIX } from './guide.mjs';

let browser;
let server;
const sample = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));

function hostile(edit) {
  const copy = structuredClone(sample);
  edit(copy);
  return Buffer.from(JSON.stringify(copy));
}

const LONG = 'Å'.repeat(10_000);
const HOSTILE = {
  'markup': hostile((s) => {
    s.offers.forEach((o) => { o.name.da = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">${o.name.da}`; });
    s.providers.forEach((p) => { p.name = `<img src=x onerror="window.__pwned=3">${p.name}`; });
  }),
  'bidi-and-zero-width': hostile((s) => {
    s.offers.forEach((o) => { o.name.da = `\u202E${o.name.da}\u200B\u200D\uFEFF`; });
  }),
  'long-names': hostile((s) => {
    s.offers.forEach((o) => { o.name.da = LONG; o.description = { da: LONG }; });
    s.providers.forEach((p) => { p.name = LONG; });
  }),
  'padding-50mb': Buffer.concat([Buffer.from('{"format":"visitationsguide-snapshot","pad":"'), Buffer.alloc(50 * 1024 * 1024, 'x'), Buffer.from('"}')]),
  'deep-nesting': Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)),
};

/** Which hostile files must be refused; the others are valid and must render, as text. */
const REFUSED = new Set(['padding-50mb', 'deep-nesting']);

before(async () => {
  const extras = {};
  for (const [name, body] of Object.entries(HOSTILE)) extras[`/fixtures/${name}.json`] = body;
  server = await serve(DIST, extras);
  browser = await launch();
  await browser.context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a full session raises no CSP violation and sends or stores nothing about the citizen', async () => {
  const page = await browser.context.newPage();
  const guide = new Guide(page);
  const requested = [];
  const consoleCsp = [];
  page.on('request', (r) => requested.push(r.url()));
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text()); });
  await guide.open(server.url);
  await guide.waitStatus('ready');
  assert.match(await guide.contentSecurityPolicy(), /script-src 'self' 'wasm-unsafe-eval'/);
  const first = server.requests.length;
  await guide.chooseGroup('kh-match2');
  await guide.typeAge(34);
  await guide.waitRanked(checkerRanking(SAMPLE, 'kh-match2', 34).ranked);
  await guide.showDetails(0);
  await guide.pickForCompare(0);
  await guide.pickForCompare(1);
  await guide.compareTable().waitFor();
  await guide.languageButton('English').click();
  await guide.languageButton('Dansk').click();
  await guide.toggleCitizenView();
  await guide.citizenView().waitFor();
  await guide.toggleCitizenView();
  await guide.typeAge(61);
  await guide.waitRanked(checkerRanking(SAMPLE, 'kh-match2', 61).ranked);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await guide.waitServiceWorker();
  // So that the storage checks below have the kept snapshot to look at, not an empty cache.
  await guide.waitLastGoodKept();

  assert.deepEqual(await page.evaluate(() => window.__csp), [], 'CSP violations');
  assert.deepEqual(consoleCsp, []);
  const origin = new URL(server.url).origin;
  assert.deepEqual(requested.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), [], 'third-party requests');
  const leaks = /[?&#](age|group)=|kh-match2/;
  const carrying = (r) => leaks.test(r.search) || leaks.test(r.path) || leaks.test(r.referer);
  assert.deepEqual(server.requests.slice(first).filter(carrying), [], 'requests carrying the query');
  assert.ok(!leaks.test(page.url()), `the URL: ${page.url()}`);
  // The page sends no Referer at all (no-referrer); the service worker's own fetches name only sw.js.
  const referers = [...new Set(server.requests.map((r) => r.referer))];
  assert.ok(referers.every((r) => r === '' || r === `${server.url}/sw.js`), `referers: ${referers.join(', ')}`);
  const stored = await page.evaluate(async () => {
    const caches_ = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) caches_.push({ name, url: req.url, body: await (await cache.match(req)).text() });
    }
    return {
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      idb: (await indexedDB.databases()).length,
      caches: caches_,
    };
  });
  assert.equal(stored.local, 0);
  assert.equal(stored.session, 0);
  assert.equal(stored.cookie, '');
  assert.equal(stored.idb, 0);
  assert.deepEqual(await browser.context.cookies(), []);
  const published = fs.readFileSync(SAMPLE, 'utf8');
  assert.equal(stored.caches.filter((e) => e.name === LAST_GOOD_CACHE).length, 1, 'the last good snapshot is kept, once');
  assert.ok(stored.caches.some((e) => e.name.startsWith(SHELL_CACHE_PREFIX)), `the app shell is cached: ${stored.caches.map((e) => e.name).join(', ')}`);
  for (const entry of stored.caches) {
    assert.ok(!/[?&](age|group)=/.test(entry.url), `cache key ${entry.url}`);
    if (entry.name === LAST_GOOD_CACHE) assert.equal(entry.body, published, 'only the published file is kept');
    else assert.ok(!entry.body.includes('"age":34') && !entry.body.includes('kh-match2'), `shell cache entry ${entry.url}`);
  }
  await page.close();
});

test('hostile snapshots are shown as text, refused with a message, or bounded — and never hang', async () => {
  const timings = {};
  for (const name of Object.keys(HOSTILE)) {
    const page = await browser.context.newPage();
    const guide = new Guide(page);
    const started = Date.now();
    await guide.open(server.url, { snapshot: `/fixtures/${name}.json`, group: 'kh-match2', age: 34 });
    const refused = (await guide.waitLoadedOrRefused()) === 'refused';
    assert.equal(refused, REFUSED.has(name), `${name}: ${REFUSED.has(name) ? 'refused' : 'rendered'}`);
    if (refused) {
      assert.match(await guide.loadError().innerText(), /\$: /, `${name}: refused with the path`);
    } else {
      await guide.rankedOffer(0).waitFor();
      // The markup check below looks inside the offers actually shown, not at an empty set.
      const shown = await guide.rankedOffers().count();
      assert.equal(await guide.providerLines().count(), shown, `${name}: one provider line per shown offer`);
      assert.equal(await guide.offerMarkup().count(), 0, `${name}: no markup`);
      if (name === 'markup') {
        assert.ok((await guide.offerName(0).innerText()).startsWith('<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'),
          `${name}: the offer's name shows its markup as text`);
        assert.ok((await guide.providerLines().first().innerText()).startsWith('<img src=x onerror="window.__pwned=3">'),
          `${name}: the provider's name shows its markup as text`);
      }
    }
    timings[name] = Date.now() - started;
    assert.equal(await page.evaluate(() => window.__pwned), undefined, `${name}: nothing ran`);
    assert.deepEqual(guide.errors, [], `${name}: no page errors`);
    if (name === 'long-names') {
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(await overflow() <= 0, `long names wrap instead of widening the page (${await overflow()}px)`);
      await guide.showDetails(0);
      await guide.pickForCompare(0);
      await guide.pickForCompare(1);
      await guide.compareTable().waitFor();
      assert.ok(await overflow() <= 0, `details and compare stay within the page (${await overflow()}px)`);
      await guide.toggleCitizenView();
      await guide.citizenView().waitFor();
      assert.ok(await overflow() <= 0, `the citizen view stays within the page (${await overflow()}px)`);
    }
    await page.close();
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, '..', 'hostile-timings.json'), JSON.stringify(timings, null, 2));
  console.log('hostile snapshot load-to-outcome times (ms):', JSON.stringify(timings));
});

test('a session opened from a link forgets the query: not in the address bar, the history or any later request', async () => {
  for (const link of [`${server.url}/?group=kh-match2&age=34`, `${server.url}/#group=kh-match2&age=34`]) {
    const page = await browser.context.newPage();
    const guide = new Guide(page);
    const start = server.requests.length;
    await page.goto(link);
    await guide.waitRanked(checkerRanking(SAMPLE, 'kh-match2', 34).ranked);
    const first = server.requests.length;
    assert.equal(page.url(), `${server.url}/`, `${link}: the address bar forgets the query`);
    await guide.typeAge(35);
    await guide.waitRanked(checkerRanking(SAMPLE, 'kh-match2', 35).ranked);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await guide.waitServiceWorker();
    // The focus makes the guide look for newer figures: wait for that request, so "later requests" is never empty.
    await waitUntil(() => server.requests.slice(first).some((r) => r.path === '/data/snapshot.json'), `${link}: a later request for the figures`);
    const later = server.requests.slice(first);
    assert.deepEqual(later.filter((r) => /(age|group)=|kh-match2/.test(r.search + r.referer)), [], `${link}: later requests`);
    if (link.includes('#')) {
      assert.ok(server.requests.slice(start).every((r) => !/age=|group=/.test(r.search)), 'a fragment never reaches the server');
    }
    await page.close();
  }
});
