// Filters (rule 9): they only hide offers. The order of the offers still shown, their rank numbers and
// tiers are the ranking's; the view says how many suitable offers are hidden; one button clears them.
// What each filter should hide is computed here from the sample file, independently of the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { Guide, serveAndLaunch, checkerRanking, checkerFigures, SAMPLE } from './guide.mjs';

const env = serveAndLaunch();
const DATA = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
const offerById = Object.fromEntries(DATA.offers.map((o) => [o.id, o]));
const providerById = Object.fromEntries(DATA.providers.map((p) => [p.id, p]));

const hides = {
  category: (value) => (o) => o.category !== value,
  kind: (value) => (o) => providerById[o.provider].kind !== value,
  hours: (value) => (o) => typeof o.hours_per_week !== 'number' || o.hours_per_week > Number(value),
  text: (value) => (o) => {
    const hay = [o.name.da, o.name.en ?? o.name.da, providerById[o.provider].name].join('\n').toLowerCase();
    return !value.toLowerCase().split(/\s+/).filter(Boolean).every((w) => hay.includes(w));
  },
  language: (value) => (o) => !(o.languages ?? []).includes(value),
};

async function setFilter(guide, kind, value) {
  if (['category', 'kind', 'language'].includes(kind)) await guide.filter(kind).selectOption(value);
  else await guide.filter(kind).fill(String(value));
}

test('every filter hides exactly the offers it should, and never moves, renumbers or re-tiers the rest', async () => {
  const guide = new Guide(await env.browser.context.newPage());
  const bit = new Set();
  for (const [group, age] of [['kh-match2', 34], ['dp-match1', 34]]) {
  const { ranked, unranked } = checkerRanking(SAMPLE, group, age);
  const figures = checkerFigures(SAMPLE, group, age);
  await guide.open(env.server.url, { group, age });
  await guide.waitRanked(ranked);
  await guide.openFilters();
  const cases = [
    ['category', offerById[ranked[0]].category],
    ['kind', 'internal'],
    ['hours', 15],
    ['text', 'leverandør c'],
    ['language', 'en'],
  ];
  for (const [kind, value] of cases) {
    await setFilter(guide, kind, value);
    const hide = hides[kind](value);
    const shown = ranked.filter((id) => !hide(offerById[id]));
    const hidden = [...ranked, ...unranked].filter((id) => hide(offerById[id])).length;
    if (hidden > 0 && shown.length > 0) bit.add(kind);
    if (shown.length === 0) {
      await guide.page.locator('[data-testid="ranked-offer"]').first().waitFor({ state: 'detached' });
    } else {
      await guide.waitRanked(shown);
    }
    assert.deepEqual(await guide.rowRanks(), shown.map((id) => ranked.indexOf(id) + 1), `${kind}: the rank numbers are the ranking's`);
    for (const [i, id] of shown.entries()) {
      const tier = await guide.rowOf(id).locator('.cell[data-criterion="job_or_education"] .tier').getAttribute('class');
      assert.ok(tier.includes(figures[id].job_or_education.tier.replace('_', '-')), `${kind}: ${id} keeps its tier (${tier})`);
      assert.ok(i === 0 || ranked.indexOf(shown[i - 1]) < ranked.indexOf(id));
    }
    const words = { 0: '', 1: 'Filtrene skjuler 1 egnet tilbud' }[hidden] ?? `Filtrene skjuler ${hidden} egnede tilbud`;
    assert.equal((await guide.filtersHidden().innerText()).trim(), words, `${group} ${kind}=${value}`);
    if (kind === 'hours' && group === 'kh-match2') await guide.screenshot('filters-desktop');
    await guide.clearFilters();
    await guide.waitRanked(ranked);
    assert.equal((await guide.filtersHidden().innerText()).trim(), '', 'cleared: nothing is hidden');
    assert.equal(await guide.filter('category').inputValue(), '', 'cleared: the fields are empty again');
  }
  }
  assert.deepEqual([...bit].sort(), ['category', 'hours', 'kind', 'language', 'text'], 'each filter was seen hiding some offers and keeping others');
  assert.deepEqual(guide.errors, []);
  await guide.page.close();
});

test('filters are set with the keyboard alone, fit a phone, and never reach the address or a request', async () => {
  const guide = new Guide(await env.browser.context.newPage());
  await guide.page.setViewportSize({ width: 390, height: 844 });
  const sent = [];
  guide.page.on('request', (r) => sent.push(r.url()));
  await guide.open(env.server.url, { group: 'kh-match2', age: 34 });
  const ranked = checkerRanking(SAMPLE, 'kh-match2', 34).ranked;
  await guide.waitRanked(ranked);
  await guide.page.getByTestId('filter-toggle').focus();
  await guide.page.keyboard.press('Enter');
  await guide.filter('category').waitFor();
  for (let i = 0; i < 5 && (await guide.page.evaluate(() => document.activeElement.dataset.testid)) !== 'filter-category'; i++) {
    await guide.page.keyboard.press('Tab');
  }
  assert.equal(await guide.page.evaluate(() => document.activeElement.dataset.testid), 'filter-category');
  for (let i = 0; i < 3; i++) await guide.page.keyboard.press('Tab');
  assert.equal(await guide.page.evaluate(() => document.activeElement.dataset.testid), 'filter-text');
  await guide.page.keyboard.type('mentor');
  await guide.waitRanked(ranked.filter((id) => !hides.text('mentor')(offerById[id])));
  const overflow = await guide.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
  await guide.screenshot('filters-phone');
  assert.doesNotMatch(guide.page.url(), /mentor/);
  assert.deepEqual(sent.filter((u) => /mentor/.test(u)), [], 'the filter text is never sent');
  assert.equal(await guide.page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage)).then((s) => /mentor/.test(s)), false);
  await guide.page.close();
});
