// Accessibility (WCAG 2.1 AA is law for Danish public bodies): axe-core on every view, in both languages
// and at phone width, and the whole caseworker flow by keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Guide, checkerRanking, SAMPLE, serveAndLaunch, TREND_FIXTURE } from './guide.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const env = serveAndLaunch(undefined, { '/fixtures/trend.json': TREND_FIXTURE });

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; returns "rule: target" lines. */
async function axe(page) {
  // Evaluated over the DevTools protocol, so the page's own CSP is untouched.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`));
}

test('axe finds no WCAG 2.1 A/AA violation in any view, language or width', async () => {
  // First prove the checker can fail: an unlabelled field and an image without text are violations.
  const canary = await env.browser.context.newPage();
  await canary.setContent('<html lang="da"><title>x</title><main><input type="text"><img src="data:,"></main></html>');
  const caught = (await axe(canary)).join('\n');
  assert.match(caught, /^label /m);
  assert.match(caught, /^image-alt /m);
  await canary.close();

  const found = [];
  for (const [lang, viewport] of [['da', { width: 1280, height: 800 }], ['en', { width: 390, height: 844 }]]) {
    const guide = new Guide(await env.browser.context.newPage());
    await guide.page.setViewportSize(viewport);
    await guide.open(env.server.url, { group: 'dp-match1', age: 34, lang });
    await guide.waitRanked(checkerRanking(SAMPLE, 'dp-match1', 34).ranked);
    const views = {
      main: async () => {},
      'funnel plot and its table': async () => {
        await guide.funnelToggle().click();
        await guide.funnelTable().waitFor();
      },
      'filters, open and hiding offers': async () => {
        await guide.funnelToggle().click();
        await guide.openFilters();
        await guide.filter('hours').fill('15');
        await guide.filtersHidden().filter({ hasText: /\d/ }).waitFor();
      },
      'filters cleared': async () => {
        await guide.clearFilters();
        await guide.page.waitForFunction(() => document.querySelector('[data-testid="filter-hidden"]').textContent.trim() === '');
      },
      'opened row with trends and practical details': () => guide.showDetails(0),
      compare: async () => {
        await guide.pickForCompare(0);
        await guide.pickForCompare(1);
        await guide.compareTable().waitFor();
      },
      'age error': async () => {
        await guide.typeAge(12);
        await guide.ageMessage().filter({ hasText: /15/ }).waitFor();
      },
      citizen: async () => {
        await guide.typeAge(34);
        await guide.toggleCitizenView();
        await guide.citizenView().waitFor();
      },
    };
    for (const [name, open] of Object.entries(views)) {
      await open();
      for (const line of await axe(guide.page)) found.push(`${lang} ${viewport.width}px ${name}: ${line}`);
    }
    assert.deepEqual(guide.errors, []);
    await guide.page.close();
  }
  assert.deepEqual(found, [], found.join('\n'));
});

test('a caseworker can do everything with the keyboard alone', async () => {
  const guide = new Guide(await env.browser.context.newPage());
  const { page } = guide;
  await guide.open(env.server.url);
  await guide.waitStatus('ready');
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return e?.dataset.testid ?? e?.textContent?.trim() ?? e?.tagName;
  });
  /** Presses Tab until `want` has focus (at most 30 times); fails if it never does. */
  async function tabTo(want) {
    for (let i = 0; i < 30; i++) {
      if ((await focused()) === want) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached ${want}; stuck at ${await focused()}`);
  }
  await tabTo('query-group');
  const target = await guide.groupChoiceIndex('kh-match2');
  assert.ok(target >= 0, 'kh-match2 is one of the choices');
  const current = await guide.chosenGroupIndex();
  for (let i = current; i < target; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await guide.groupField().inputValue(), 'kh-match2');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'query-age');
  await page.keyboard.type('34');
  await guide.waitRanked(checkerRanking(SAMPLE, 'kh-match2', 34).ranked);

  // The repeated buttons are described by their offer's name.
  const described = await guide.offerControlDescriptions(0);
  const firstName = await guide.offerName(0).innerText();
  assert.deepEqual(described, [firstName, firstName]);

  await tabTo('Vis detaljer');
  await page.keyboard.press('Enter');
  await guide.offerDetails(0).waitFor();
  assert.equal(await focused(), 'Skjul detaljer', 'focus stays on the toggle, which now says what it does');
  await page.keyboard.press('Tab');
  assert.ok(await guide.focusIsOnCompareBox(0), 'the next stop is the card\'s "Sammenlign"');
  await page.keyboard.press('Space');
  assert.ok(await guide.compareBox(0).isChecked(), 'Space ticks "Sammenlign"');

  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'Skjul detaljer', 'Shift+Tab goes back to the details toggle');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  assert.notEqual(outline.style, 'none', 'the focused control shows a visible outline');
  assert.ok(parseFloat(outline.width) > 0, `the outline has a width (${outline.width})`);

  await guide.citizenToggle().focus();
  await page.keyboard.press('Enter');
  await guide.citizenView().waitFor();
  assert.equal(await guide.ageField().count(), 0, 'the citizen view replaces the query form');
  await page.keyboard.press('Enter');
  await guide.citizenView().waitFor({ state: 'detached' });
  await guide.ageField().waitFor();
  assert.equal(await guide.ageField().inputValue(), '34', 'the query survives the citizen view');
  assert.deepEqual(guide.errors, []);
  await page.close();
});

test('axe finds no violation on the trend fixture, with changes up, down and not compared opened', async () => {
  const guide = new Guide(await env.browser.context.newPage());
  await guide.open(env.server.url, { snapshot: '/fixtures/trend.json', group: 'kh-match2', age: 34 });
  await guide.rankedOffer(0).waitFor();
  for (const id of ['trend-op', 'trend-ned', 'trend-faa']) await guide.openRow(id);
  await guide.toggleCitizenView();
  await guide.citizenView().waitFor();
  const found = [];
  for (const line of await axe(guide.page)) found.push(`trend citizen: ${line}`);
  await guide.toggleCitizenView();
  await guide.trend('trend-op', 'job_or_education').waitFor();
  for (const line of await axe(guide.page)) found.push(`trend: ${line}`);
  assert.deepEqual(found, [], found.join('\n'));
  await guide.page.close();
});

test('the accessibility statement is linked from the footer in each language, in the public-sector form, and passes axe', async () => {
  const found = [];
  for (const [lang, link, heading, sections] of [
    ['da', 'Tilgængelighedserklæring', /Tilgængelighedserklæring for Visitationsguide/,
      ['Overholdelsesstatus', 'Ikke-tilgængeligt indhold', 'Udarbejdelse af denne erklæring', 'Feedback og kontaktoplysninger', 'Håndhævelsesprocedure']],
    ['en', 'Accessibility statement', /Accessibility statement for Visitationsguide/,
      ['Compliance status', 'Non-accessible content', 'Preparation of this statement', 'Feedback and contact information', 'Enforcement procedure']],
  ]) {
    const guide = new Guide(await env.browser.context.newPage());
    await guide.open(env.server.url, { lang });
    await guide.waitStatus('ready');
    await guide.page.getByRole('link', { name: link }).click();
    await guide.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.equal(await guide.page.evaluate(() => document.documentElement.lang), lang);
    const h2 = await guide.page.locator('h2').allInnerTexts();
    assert.deepEqual(h2.map((t) => t.trim()), sections, `${lang}: the sections of the public-sector form, in order`);
    for (const line of await axe(guide.page)) found.push(`${lang} statement: ${line}`);
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      await guide.page.setViewportSize(viewport);
      await guide.screenshot(`statement-${lang}-${viewport.width}`);
    }
    await guide.page.close();
  }
  assert.deepEqual(found, [], found.join('\n'));
});
