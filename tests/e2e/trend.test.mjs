// Change over time (rule 10) and the practical details of format 1.1, on a snapshot with a known
// change each way, none, and changes that cannot be compared (tests/fixtures/trend/snapshot.json,
// made by `cargo run --example make_trend_fixture`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve } from './server.mjs';
import { Guide, launch, checkerRanking, DIST, ROOT, SAMPLE } from './guide.mjs';

const TREND = path.join(ROOT, 'tests', 'fixtures', 'trend', 'snapshot.json');
let server;
let browser;

before(async () => {
  server = await serve(DIST, { '/fixtures/trend.json': TREND });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const JOB = 'job_or_education';

test('each trend says its change in words and as data-change: up, down, none, not compared', async () => {
  const guide = new Guide(await browser.context.newPage());
  await guide.open(server.url, { snapshot: '/fixtures/trend.json', group: 'kh-match2', age: 34 });
  await guide.waitRanked(checkerRanking(TREND, 'kh-match2', 34).ranked);
  const want = {
    'trend-op': ['up', /^op fra 20 % til 40 %$/],
    'trend-ned': ['down', /^ned fra 30 % til 12 %$/],
    'trend-samme': ['none', /^ingen sikker ændring/],
    'trend-faa': ['not-compared', /^ikke sammenlignet: for få i 2\. halvår 2025/],
    'trend-ny': ['not-compared', /^ikke sammenlignet: ingen resultat for aldersgruppen i 2\. halvår 2025/],
  };
  for (const [id, [change, words]] of Object.entries(want)) {
    await guide.openRow(id);
    const trend = guide.trend(id, JOB);
    assert.equal(await trend.getAttribute('data-change'), change, `${id}: data-change`);
    assert.match((await trend.locator('.trend-text').innerText()).trim(), words, `${id}: the words`);
    // The strip is named by each period's figure, so a screen reader hears what the dots show.
    const named = await trend.locator('svg').getAttribute('aria-label');
    assert.match(named, /1\. halvår 2026: /, `${id}: the drawing names the current period (${named})`);
  }
  // All three criteria have a trend in an opened card.
  assert.equal(await guide.page.locator('[data-testid="trend"][data-offer-id="trend-op"]').count(), 3);
  assert.equal(await guide.trend('trend-op', 'satisfaction').getAttribute('data-change'), 'not-compared');
  await guide.trend('trend-ned', JOB).scrollIntoViewIfNeeded();
  await guide.screenshot('trend-desktop');
  await guide.page.setViewportSize({ width: 390, height: 844 });
  await guide.trend('trend-ned', JOB).scrollIntoViewIfNeeded();
  await guide.screenshot('trend-phone');
  assert.deepEqual(guide.errors, []);
  await guide.page.close();
});

test('the citizen view says a change in plain words only where it is certain', async () => {
  const guide = new Guide(await browser.context.newPage());
  await guide.open(server.url, { snapshot: '/fixtures/trend.json', group: 'kh-match2', age: 34 });
  const ranked = checkerRanking(TREND, 'kh-match2', 34).ranked;
  await guide.waitRanked(ranked);
  for (const id of ['trend-op', 'trend-samme', 'trend-ned']) await guide.pickForCompare(ranked.indexOf(id));
  await guide.toggleCitizenView();
  await guide.citizenView().waitFor();
  const changes = async (name) => guide.citizenCard(name).locator('.citizen-change').allInnerTexts();
  assert.deepEqual(await changes('Trend op'), ['Flere end før kom i job eller uddannelse (nu 4 af 10, før 2 af 10)']);
  assert.equal((await changes('Trend ned')).length, 1);
  assert.match((await changes('Trend ned'))[0], /^Færre end før kom i job eller uddannelse/);
  assert.deepEqual(await changes('Trend samme'), [], 'no certain change: nothing is said');
  assert.doesNotMatch(await guide.citizenView().innerText(), /interval|sikker ændring|not-compared/i);
  await guide.page.close();
});

test('the practical details (format 1.1) show in the opened card and, without the referral, to the citizen', async () => {
  const guide = new Guide(await browser.context.newPage());
  await guide.open(server.url, { group: 'kh-match2', age: 34 });
  const ranked = checkerRanking(SAMPLE, 'kh-match2', 34).ranked;
  await guide.waitRanked(ranked);
  const id = 'lev-c-motivation';
  await guide.openRow(id);
  const card = await guide.rowOf(id).getByTestId('practical').innerText();
  for (const label of ['Sådan kommer du i gang', 'Hvor', 'Optag', 'Sådan visiterer du', 'Kontakt', 'Sprog', 'Tilgængelighed']) {
    assert.ok(card.includes(label), `the card has ${label}: ${card}`);
  }
  assert.match(card, /Sprog\s+dansk/);
  assert.match(card, /Eksempel/, 'the sample\'s practical details say they are example data');
  await guide.rowOf(id).getByTestId('practical').scrollIntoViewIfNeeded();
  await guide.screenshot('practical-desktop');
  await guide.pickForCompare(ranked.indexOf(id));
  await guide.toggleCitizenView();
  await guide.citizenView().waitFor();
  const start = await guide.citizenView().getByTestId('citizen-start').innerText();
  assert.match(start, /Hvor/);
  assert.doesNotMatch(start, /Sådan visiterer du/, 'how to refer is for the caseworker');
  await guide.page.close();
});
