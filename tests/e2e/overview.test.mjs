// The overview (issue 11): one compact row per ranked offer, grouped by job tier, that fits the
// first screen, updates in place when the age changes, and opens the full card in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Guide, serveAndLaunch, checkerRanking, checkerFigures, danishPercent, danishCount, SAMPLE } from './guide.mjs';

const env = serveAndLaunch();
const CRITERIA = ['job_or_education', 'placements', 'satisfaction'];
const TIER_WORDS = { above: 'over byen', in_line: 'som byen', below: 'under byen', unknown: 'ukendt' };

async function newGuide(viewport = { width: 1280, height: 800 }) {
  const page = await env.browser.context.newPage();
  await page.setViewportSize(viewport);
  return new Guide(page);
}

test('at 1280×800 every ranked offer for kh-match2 / 34 starts on the first screen, its three figures readable', async () => {
  const guide = await newGuide();
  const want = checkerRanking(SAMPLE, 'kh-match2', 34).ranked;
  assert.equal(want.length, 7, 'the sample ranks seven offers for this query');
  await guide.open(env.server.url, { group: 'kh-match2', age: 34 });
  await guide.waitRanked(want);
  const places = await guide.rowPlaces();
  places.forEach((p, i) => {
    assert.equal(p.shares, 3, `row ${i + 1} shows three figures`);
    assert.ok(p.top >= 0 && p.top < 800, `row ${i + 1} starts within the viewport (top ${p.top}px)`);
    assert.ok(p.sharesBottom <= 800, `row ${i + 1}'s figures are on the first screen (bottom ${p.sharesBottom}px)`);
  });
  await guide.screenshot('overview-desktop');
  assert.deepEqual(guide.errors, []);
  await guide.page.close();
});

test('each row shows share, n and tier in words, as the checker computes them', async () => {
  const guide = await newGuide();
  const figures = checkerFigures(SAMPLE, 'kh-match2', 34);
  const want = checkerRanking(SAMPLE, 'kh-match2', 34).ranked;
  await guide.open(env.server.url, { group: 'kh-match2', age: 34 });
  await guide.waitRanked(want);
  for (const [i, id] of want.entries()) {
    for (const criterion of CRITERIA) {
      const shown = await guide.rowFigure(i, criterion);
      const f = figures[id][criterion];
      assert.equal(shown.tier, TIER_WORDS[f.tier], `${id} ${criterion} tier`);
      if (f.share !== null && f.share !== undefined && f.n >= 25) {
        assert.equal(shown.share, danishPercent(f.share), `${id} ${criterion} share`);
        assert.equal(shown.n, `n = ${danishCount(f.n)}`, `${id} ${criterion} n`);
      }
    }
  }
  await guide.page.close();
});

test('at 390×844 the overview reads without sideways scrolling', async () => {
  const guide = await newGuide({ width: 390, height: 844 });
  await guide.open(env.server.url, { group: 'kh-match2', age: 34 });
  await guide.waitRanked(checkerRanking(SAMPLE, 'kh-match2', 34).ranked);
  const overflow = await guide.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  await guide.screenshot('overview-phone');
  await guide.rowToggle(0).click();
  await guide.offerDetails(0).waitFor();
  await guide.screenshot('overview-open-row-phone');
  const open = await guide.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(open <= 0, `an opened row does not scroll sideways either (${open}px)`);
  await guide.page.close();
});

test('an age change keeps the rows: no row of an offer still in its tier is rebuilt, its figures change, an open row stays open', async () => {
  const guide = await newGuide();
  await guide.open(env.server.url, { group: 'kh-match2', age: 34 });
  const before = checkerRanking(SAMPLE, 'kh-match2', 34).ranked;
  await guide.waitRanked(before);
  const open = before[1];
  await guide.rowToggle(1).click();
  await guide.offerDetails(1).waitFor();
  await guide.tagRows();
  await guide.typeAge(24);
  const after = checkerRanking(SAMPLE, 'kh-match2', 24).ranked;
  assert.notDeepEqual(after, before, 'the ages rank differently, so rows move');
  await guide.waitRanked(after);
  const added = after.filter((id) => !before.includes(id));
  // A row may be rebuilt only when its offer moved to another tier group; the rest are the same elements.
  const figures34 = checkerFigures(SAMPLE, 'kh-match2', 34);
  const figures24 = checkerFigures(SAMPLE, 'kh-match2', 24);
  const sameTier = after.filter((id) => !added.includes(id)
    && figures34[id].job_or_education.tier === figures24[id].job_or_education.tier);
  assert.ok(sameTier.length >= 3, `enough offers keep their tier to test (${sameTier})`);
  const rebuilt = await guide.untaggedRows();
  assert.deepEqual(rebuilt.filter((id) => sameTier.includes(id)), [], 'rows of offers in the same tier are updated in place');
  const index = after.indexOf(open);
  assert.equal(await guide.rowToggle(index).getAttribute('aria-expanded'), 'true', 'the open row stays open');
  assert.equal(await guide.offerDetails(index).count(), 1);
  // The figures are the new age's.
  const f = figures24[after[0]].job_or_education;
  assert.equal((await guide.rowFigure(0, 'job_or_education')).share, danishPercent(f.share));
  await guide.page.close();
});

test('a row opens and closes its full card with the keyboard alone, and its compare box works by keyboard', async () => {
  const guide = await newGuide();
  await guide.open(env.server.url, { group: 'kh-match2', age: 34 });
  await guide.waitRanked(checkerRanking(SAMPLE, 'kh-match2', 34).ranked);
  await guide.rowToggle(0).focus();
  await guide.page.keyboard.press('Enter');
  await guide.offerDetails(0).waitFor();
  assert.equal(await guide.rowToggle(0).getAttribute('aria-expanded'), 'true');
  await guide.screenshot('overview-open-row-desktop');
  await guide.page.keyboard.press('Tab');
  assert.equal(await guide.focusIsOnCompareBox(0), true, 'Tab goes from the row button to its compare box');
  await guide.page.keyboard.press('Space');
  await guide.compareTable().waitFor();
  await guide.rowToggle(0).focus();
  await guide.page.keyboard.press('Enter');
  await guide.offerDetails(0).waitFor({ state: 'detached' });
  assert.equal(await guide.rowToggle(0).getAttribute('aria-expanded'), 'false');
  assert.deepEqual(guide.errors, []);
  await guide.page.close();
});

test('the funnel plot draws one named, keyboard-reachable mark per ranked offer with a job share, and a table of the same figures', async () => {
  for (const [label, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
    const guide = await newGuide(viewport);
    const want = checkerRanking(SAMPLE, 'kh-match2', 34).ranked;
    const figures = checkerFigures(SAMPLE, 'kh-match2', 34);
    const drawn = want.filter((id) => typeof figures[id].job_or_education.share === 'number' && figures[id].job_or_education.n >= 25);
    assert.ok(drawn.length >= 5 && drawn.length < want.length, 'the sample has drawn offers and one without a job share');
    await guide.open(env.server.url, { group: 'kh-match2', age: 34 });
    await guide.waitRanked(want);
    assert.equal(await guide.funnelPlot().count(), 0, 'closed until asked for');
    await guide.funnelToggle().click();
    await guide.funnelPlot().waitFor();
    assert.equal(await guide.funnelToggle().getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await guide.funnelMarkIds(), drawn, 'marks = ranked offers with a job share, in rank order');
    assert.deepEqual(await guide.funnelTableIds(), drawn, 'the table has the same offers');
    assert.match(await guide.page.locator('.funnel').innerText(), /1 tilbud uden tal for job eller uddannelse er ikke med/);
    // Each mark is named with its rank, name, share and n; the table row says the same figures.
    for (const [i, id] of drawn.entries()) {
      const f = figures[id].job_or_education;
      const name = await guide.funnelMarks().nth(i).getAttribute('aria-label');
      assert.ok(name.startsWith(`${want.indexOf(id) + 1}. ${figures[id].name}: ${danishPercent(f.share)} i job eller uddannelse af ${danishCount(f.n)}`), name);
      const row = await guide.funnelTable().locator(`tbody tr[data-offer-id="${id}"]`).innerText();
      assert.ok(row.includes(danishPercent(f.share)) && row.includes(danishCount(f.n)), row);
    }
    if (label === 'desktop') {
      // Keyboard: Tab reaches the marks in order; Enter on a mark moves focus to its row.
      await guide.funnelMarks().first().focus();
      for (let i = 1; i < drawn.length; i++) {
        await guide.page.keyboard.press('Tab');
        assert.equal(await guide.page.evaluate(() => document.activeElement.dataset.offerId), drawn[i]);
      }
      await guide.page.keyboard.press('Enter');
      assert.equal(await guide.focusedId(`offer-${drawn.at(-1)}`), `offer-${drawn.at(-1)}`, 'Enter on a mark goes to its row');
    }
    const overflow = await guide.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${label}: the page does not scroll sideways (${overflow}px)`);
    await guide.funnelPlot().scrollIntoViewIfNeeded();
    await guide.screenshot(`funnel-${label}`);
    await guide.funnelTable().scrollIntoViewIfNeeded();
    await guide.screenshot(`funnel-table-${label}`);
    assert.deepEqual(guide.errors, []);
    await guide.page.close();
  }
});
