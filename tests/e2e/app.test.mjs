// End-to-end tests of the built release app (dist/) in headless Chromium, served on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { Guide, launch, checkerRanking, DIST, FOCUS_TARGETS, ROOT, SAMPLE } from './guide.mjs';

const BAD = path.join(ROOT, 'tests', 'fixtures', 'bad', 'share-above-one.json');
let server;
let browser;
let hostileFile;

before(async () => {
  // A provider name full of markup must show as text, never run.
  const hostile = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
  const top = checkerRanking(SAMPLE, 'kh-match2', 34).ranked[0];
  const provider = hostile.offers.find((o) => o.id === top).provider;
  hostile.providers.find((p) => p.id === provider).name = '<img src=x onerror="window.__pwned=1"><b>fed</b> & "citat"';
  hostileFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vg-e2e-')), 'hostile.json');
  fs.writeFileSync(hostileFile, JSON.stringify(hostile));
  server = await serve(DIST, { '/fixtures/bad.json': BAD, '/fixtures/hostile.json': hostileFile });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function newGuide() {
  return new Guide(await browser.context.newPage());
}

const QUERIES = [
  ['kh-match2', 34],
  ['dp-match1', 25],
  ['dp-match1', 45],
  ['kh-match1', 52],
  ['udsatte-g1', 40],
];

test('the ranked order equals the checker for several queries', async () => {
  const guide = await newGuide();
  for (const [group, age] of QUERIES) {
    const want = checkerRanking(SAMPLE, group, age);
    assert.ok(want.ranked.length >= 2, `${group}/${age} should rank at least two offers`);
    await guide.open(server.url, { group, age });
    await guide.waitStatus('ready');
    await guide.waitRanked(want.ranked);
    assert.deepEqual(await guide.unrankedIds(), want.unranked, `${group}/${age} unranked`);
  }
  assert.deepEqual(guide.errors, []);
  await guide.page.close();
});

test('changing the age re-ranks without a submit, and never writes the age into the URL', async () => {
  const guide = await newGuide();
  await guide.open(server.url);
  await guide.waitStatus('ready');
  const group = 'kh-match2';
  const young = checkerRanking(SAMPLE, group, 22);
  const old = checkerRanking(SAMPLE, group, 34);
  assert.notDeepEqual(young.ranked, old.ranked, 'the sample should rank ages 22 and 34 differently');
  await guide.chooseGroup(group);
  await guide.typeAge(34);
  await guide.waitRanked(old.ranked);
  await guide.typeAge(22);
  await guide.waitRanked(young.ranked);
  assert.ok(!guide.page.url().includes('age'), `the URL must not carry the age: ${guide.page.url()}`);
  assert.ok(!guide.page.url().includes(group), 'nor the target group');
  await guide.typeAge(12);
  await guide.ageMessage().filter({ hasText: /15/ }).waitFor();
  assert.equal(await guide.ageField().getAttribute('aria-invalid'), 'true');
  await guide.typeAge('34,5');
  await guide.ageMessage().filter({ hasText: 'Skriv alderen som et helt tal' }).waitFor();
  // The list never empties under the caseworker's hands: it keeps answering the last complete query
  // (age 22) and says so, until the age can be read.
  await guide.stillAnswering().filter({ hasText: '22 år' }).waitFor();
  assert.deepEqual(await guide.rankedIds(), young.ranked, 'the last complete answer stays');
  assert.deepEqual(await guide.answers(), { age: '22', group });
  await guide.typeAge(3);
  await guide.stillAnswering().filter({ hasText: '22 år' }).waitFor();
  await guide.typeAge(34);
  await guide.waitRanked(old.ranked);
  assert.equal(await guide.stillAnswering().count(), 0, 'the note goes when the list answers the form again');
  await guide.page.close();
});

test('the figures are requested once per load: the download prefetch.js starts is the one the app reads', async () => {
  const fresh = await launch();
  try {
    for (const [snapshot, file] of [[undefined, '/data/snapshot.json'], ['/fixtures/hostile.json', '/fixtures/hostile.json']]) {
      const start = server.requests.length;
      const guide = new Guide(await fresh.context.newPage());
      // Notes that prefetch.js handed a download over (the app takes it and deletes the property).
      await guide.page.addInitScript(() => {
        let early;
        Object.defineProperty(window, '__vgSnapshotFetch', {
          configurable: true,
          get: () => early,
          set: (value) => { early = value; window.__vgPrefetched = value.path; },
        });
      });
      await guide.open(server.url, { ...(snapshot ? { snapshot } : {}), group: 'kh-match2', age: 34 });
      await guide.waitStatus('ready');
      await guide.rankedOffers().first().waitFor();
      const snapshots = server.requests.slice(start).filter((r) => /^\/(data|fixtures)\//.test(r.path));
      assert.deepEqual(snapshots.map((r) => r.path), [file], `${snapshot ?? 'the default'}: one request, for its file`);
      const handed = await guide.page.evaluate(() => ({ path: window.__vgPrefetched, left: '__vgSnapshotFetch' in window }));
      assert.deepEqual(handed, { path: snapshot ?? 'data/snapshot.json', left: false }, 'prefetch.js started it, and the app took it');
      assert.deepEqual(guide.errors, []);
      await guide.page.close();
    }
  } finally {
    await fresh.close();
  }
});

test('a link with a target group these figures lack says so instead of showing a blank choice', async () => {
  const guide = await newGuide();
  await guide.open(server.url, { group: 'findes-ikke', age: 34 });
  await guide.waitStatus('ready');
  await guide.groupMessage().filter({ hasText: '«findes-ikke» findes ikke i disse tal' }).waitFor();
  assert.equal(await guide.groupField().getAttribute('aria-invalid'), 'true');
  assert.equal(await guide.groupField().inputValue(), '');
  await guide.chooseGroup('kh-match2');
  await guide.waitRanked(checkerRanking(SAMPLE, 'kh-match2', 34).ranked);
  assert.equal((await guide.groupMessage().innerText()).trim(), '');
  await guide.page.close();
});

test('a bad snapshot via ?snapshot= shows every problem with its path and breaks nothing', async () => {
  // A first visit (fresh profile, nothing cached): the problems are listed and nothing is ranked.
  const fresh = await launch();
  const first = new Guide(await fresh.context.newPage());
  await first.open(server.url, { snapshot: '/fixtures/bad.json', group: 'kh-match2', age: 34 });
  await first.loadError().waitFor();
  const text = await first.loadError().innerText();
  assert.match(text, /offers\[0\]\.results\[0\]\.satisfaction\.share/);
  assert.match(text, /er over 1/, 'in Danish by default');
  await first.waitStatus('failed');
  assert.equal(await first.rankedOffers().count(), 0);
  await first.groupField().waitFor();
  assert.deepEqual(first.errors, []);
  await fresh.close();

  // After a good visit, the bad file is refused and the last good figures stay in use.
  const guide = await newGuide();
  const want = checkerRanking(SAMPLE, 'kh-match2', 34).ranked;
  await guide.open(server.url, { group: 'kh-match2', age: 34 });
  await guide.waitRanked(want);
  await guide.open(server.url, { snapshot: '/fixtures/bad.json', group: 'kh-match2', age: 34 });
  await guide.loadError().waitFor();
  assert.match(await guide.loadError().innerText(), /tidligere tal er stadig i brug/);
  await guide.waitStatus('kept');
  await guide.waitRanked(want);

  // A snapshot from another origin is refused and the bundled one is used; nothing is fetched from it.
  const requested = [];
  guide.page.on('request', (r) => requested.push(r.url()));
  await guide.open(server.url, { snapshot: 'https://example.org/x.json', group: 'kh-match2', age: 34 });
  await guide.snapshotRefused().waitFor();
  await guide.waitRanked(want);
  assert.deepEqual(requested.filter((u) => u.includes('example.org') && !u.startsWith(server.url)), []);
  assert.deepEqual(guide.errors, []);
  await guide.page.close();
});

test('HTML in a provider name is shown as text', async () => {
  const guide = await newGuide();
  const want = checkerRanking(hostileFile, 'kh-match2', 34);
  await guide.open(server.url, { snapshot: '/fixtures/hostile.json', group: 'kh-match2', age: 34 });
  await guide.waitStatus('ready');
  await guide.waitRanked(want.ranked);
  const names = await guide.providerLines().allInnerTexts();
  assert.equal(names.length, want.ranked.length, 'one provider line per ranked offer, so the checks below look at real lines');
  assert.ok(names[0].includes('<img src=x onerror="window.__pwned=1"><b>fed</b> & "citat"'), `the markup is visible as text: ${names[0]}`);
  assert.equal(await guide.providerLineMarkup().count(), 0);
  assert.equal(await guide.page.evaluate(() => window.__pwned), undefined);
  await guide.page.close();
});

test('details, compare and the citizen view render, with screenshots at two sizes', async () => {
  for (const [label, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
    const guide = await newGuide();
    await guide.page.setViewportSize(viewport);
    await guide.open(server.url, { group: 'kh-match2', age: 34 });
    await guide.waitStatus('ready');
    await guide.rankedOffer(0).waitFor();
    await guide.screenshot(`main-${label}`);
    // The 2011 sample is years old: the warning says so, with the count formatted in Danish.
    assert.match(await guide.staleWarning().innerText(), /Tallene er \d{1,3}(\.\d{3})+ dage gamle \(offentliggjort 15\. november 2011\)/);
    const overflow = () => guide.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(await overflow() <= 0, `${label}: the page does not scroll sideways (${await overflow()}px)`);
    await guide.showDetails(0);
    await guide.offerDetails(0).scrollIntoViewIfNeeded();
    await guide.screenshot(`details-${label}`);
    await guide.pickForCompare(0);
    await guide.pickForCompare(1);
    await guide.compareTable().waitFor();
    assert.equal(await guide.compareHeadings().count(), 2);
    await guide.compareTable().scrollIntoViewIfNeeded();
    await guide.screenshot(`compare-${label}`);
    await guide.toggleCitizenView();
    await guide.citizenView().waitFor();
    const citizen = await guide.citizenView().innerText();
    assert.match(citizen, /af 10/);
    assert.doesNotMatch(citizen, /interval|niveau|tier|n =/i, 'no jargon for the citizen');
    assert.equal(await guide.citizenCards().count(), 2, 'the two picked offers');
    await guide.screenshot(`citizen-${label}`);
    assert.ok(await overflow() <= 0, `${label}: the citizen view does not scroll sideways (${await overflow()}px)`);
    assert.deepEqual(guide.errors, []);
    await guide.page.close();
  }
});

test('picks for comparison follow the query: offers no longer listed are dropped', async () => {
  const guide = await newGuide();
  await guide.open(server.url, { group: 'kh-match2', age: 34 });
  await guide.waitRanked(checkerRanking(SAMPLE, 'kh-match2', 34).ranked);
  await guide.pickForCompare(0);
  await guide.pickForCompare(1);
  await guide.pickForCompare(2);
  await guide.compareTable().waitFor();
  assert.equal(await guide.compareBox(3).isDisabled(), true, 'at most three');

  // Columns follow the rank, and "Fjern" keeps the keyboard user's place.
  const heads = await guide.compareHeadings().allInnerTexts();
  assert.deepEqual(heads.map((h) => h.trim().slice(0, 2)), ['1.', '2.', '3.']);
  await guide.removeFirstFromCompare();
  assert.equal(await guide.focusedId(FOCUS_TARGETS.compareHeading), FOCUS_TARGETS.compareHeading);
  await guide.removeFirstFromCompare();
  await guide.removeFirstFromCompare();
  await guide.compareTable().waitFor({ state: 'detached' });
  assert.equal(await guide.focusedId(FOCUS_TARGETS.rankingSummary), FOCUS_TARGETS.rankingSummary, 'the last removal keeps focus in the page');
  await guide.pickForCompare(0);
  await guide.pickForCompare(1);
  await guide.pickForCompare(2);

  const other = checkerRanking(SAMPLE, 'dp-match1', 34).ranked;
  await guide.chooseGroup('dp-match1');
  await guide.waitRanked(other);
  await guide.compareTable().waitFor({ state: 'detached' });
  assert.equal((await guide.compareCount().innerText()).trim(), '');
  assert.equal(await guide.compareBox(0).isDisabled(), false);
  await guide.toggleCitizenView();
  await guide.citizenView().waitFor();
  assert.equal(await guide.citizenCards().count(), 3, 'the citizen sees the top three, not nothing');
  assert.deepEqual(guide.errors, []);
  await guide.page.close();
});
