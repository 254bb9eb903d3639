// The publisher page (publish.html, its own bundle) in real Chromium against the built app: the sample
// workbook makes the published snapshot, every bad fixture shows its code and cell, a changed workbook
// shows the CLI's diff and opens in the guide as a preview, hostile files are refused with a message, the
// page works offline after one visit, and axe-core finds nothing in either language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve } from './server.mjs';
import { CHECKER, DIST, Guide, SAMPLE, SHELL_CACHE_PREFIX, launch, serveAndLaunch } from './guide.mjs';
import { BAD_FIXTURES, Publisher, SAMPLE_XLSX } from './publisher.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const env = serveAndLaunch();
const sample = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));

/** A changed half-year, as an analyst would bring it: written as a workbook by `snapshot export`. */
function changedWorkbook() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-publish-'));
  const changed = structuredClone(sample);
  changed.published = '2011-12-01';
  changed.offers.shift();
  for (const result of changed.offers[0].results) {
    if (result.job_or_education?.share !== undefined) result.job_or_education.share = 0.9;
  }
  changed.providers[0].name = `${changed.providers[0].name} (nyt navn)`;
  const json = path.join(dir, 'changed.json');
  fs.writeFileSync(json, JSON.stringify(changed, null, 2));
  const xlsx = path.join(dir, 'halvaar.xlsx');
  execFileSync(CHECKER, ['export', json, '-o', xlsx]);
  return { json, xlsx };
}

/** The CLI's diff text as {heading, sections: [{title, lines}]}. */
function cliDiff(oldFile, newFile, lang) {
  const text = execFileSync(CHECKER, ['diff', oldFile, newFile, '--lang', lang], { encoding: 'utf8' });
  const [heading, ...rest] = text.split('\n');
  const sections = [];
  for (const line of rest) {
    if (line.startsWith('  ')) sections.at(-1).lines.push(line.slice(2));
    else if (line.endsWith(':')) sections.push({ title: line.slice(0, -1), lines: [] });
  }
  return { heading, sections };
}

async function axe(page) {
  // Evaluated over the DevTools protocol, so the page's own CSP is untouched.
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary}`));
}

test('the sample workbook has no problems, and its download is the published snapshot', async () => {
  const publisher = new Publisher(await env.browser.context.newPage());
  await publisher.open(env.server.url);
  assert.equal(await publisher.page.locator('html').getAttribute('lang'), 'da');
  await publisher.choose(SAMPLE_XLSX);
  assert.match(await publisher.waitState('valid'), /snapshot\.xlsx er gyldig: 36 tilbud med 177 resultater/);
  // The empty template is there to download, and is what `snapshot template` writes.
  const [template] = await Promise.all([publisher.page.waitForEvent('download'), publisher.templateLink().click()]);
  const want = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vg-template-')), 'skabelon.xlsx');
  execFileSync(CHECKER, ['template', '-o', want]);
  assert.ok(fs.readFileSync(await template.path()).equals(fs.readFileSync(want)), 'the template download is current');
  assert.equal(await publisher.problemTable().count(), 0);
  assert.deepEqual(JSON.parse(await publisher.download()), sample);
  // Against itself the diff is empty, as the CLI says.
  const diff = await publisher.diff();
  assert.equal(diff.heading, cliDiff(SAMPLE, SAMPLE, 'da').heading);
  assert.match(diff.heading, /Ingen ændringer/);
  // The same from the snapshot file itself.
  await publisher.choose(SAMPLE);
  await publisher.waitState('valid');
  assert.deepEqual(JSON.parse(await publisher.download()), sample);
  assert.deepEqual(publisher.errors, []);
  await publisher.page.close();
});

test('every bad fixture shows its code, sheet and cell in the table, and nothing is offered', async () => {
  const manifest = fs.readFileSync(path.join(BAD_FIXTURES, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1)
    .map((line) => line.split('\t'));
  assert.ok(manifest.length > 40, 'the manifest lists the fixtures');
  const publisher = new Publisher(await env.browser.context.newPage());
  await publisher.open(env.server.url);
  for (const [fixture, code, place] of manifest) {
    const file = path.join(BAD_FIXTURES, fixture);
    if (fs.statSync(file).isDirectory()) await publisher.chooseFolder(file);
    else await publisher.choose(file);
    await publisher.waitState('refused');
    const rows = await publisher.problems();
    const [, sheet, cell] = /^([^!:]+)(?:!([A-Z]+\d+)|:\d+)?$/.exec(place) ?? [];
    const row = place.includes(':') ? place.split(':')[1] : undefined;
    const hit = rows.find((r) => r.code === code && (place === '-' || (r.sheet === sheet
      && (cell === undefined || r.cell === cell) && (row === undefined || r.row === row))));
    assert.ok(hit, `${fixture}: no row with ${code} at ${place} in ${JSON.stringify(rows)}`);
    assert.ok(hit.message.length > 0, `${fixture}: the problem has a message`);
    assert.equal(await publisher.downloadLink().count(), 0, `${fixture}: nothing to download`);
    assert.equal(await publisher.previewLink().count(), 0, `${fixture}: nothing to preview`);
  }
  assert.deepEqual(publisher.errors, []);
  await publisher.page.close();
});

test('a changed workbook shows the diff the CLI prints, and opens in the guide as a preview', async () => {
  const { json, xlsx } = changedWorkbook();
  const publisher = new Publisher(await env.browser.context.newPage());
  await publisher.open(env.server.url);
  await publisher.choose(xlsx);
  await publisher.waitState('valid');
  const diff = await publisher.diff();
  const cli = cliDiff(SAMPLE, json, 'da');
  assert.deepEqual(diff, cli);
  assert.match(diff.sections[0].lines[0], /^Tilbud fjernet: /);
  assert.ok(diff.sections.some((s) => s.title === 'Niveau i forhold til byen'), 'a tier changed');
  await publisher.switchLanguage('English');
  await publisher.page.getByTestId('diff-heading').filter({ hasText: /^From the snapshot published/ }).waitFor();
  assert.deepEqual(await publisher.diff(), cliDiff(SAMPLE, json, 'en'));
  assert.equal(await publisher.page.locator('html').getAttribute('lang'), 'en');

  // The preview: the guide, in a new tab, ranks with the new figures; the published file is untouched.
  await publisher.previewLink().waitFor();
  const [tab] = await Promise.all([env.browser.context.waitForEvent('page'), publisher.previewLink().click()]);
  const guide = new Guide(tab);
  await guide.waitStatusDate('2011-12-01', 'ready');
  // Its footer says it is a preview, in both languages, before the publisher's name.
  await guide.waitReadyPublisher(`FORHÅNDSVISNING, ikke offentliggjort / PREVIEW, not published – ${sample.publisher}`);
  assert.match(tab.url(), /\?lang=en&snapshot=publish-preview\/snapshot\.json$/);
  await guide.snapshotStatus().scrollIntoViewIfNeeded();
  await guide.screenshot('publish-preview-in-guide-1280');
  assert.ok(!env.server.requests.some((r) => r.path.includes('publish-preview')), 'the preview never reached the server');
  assert.deepEqual(guide.errors, []);
  await tab.close();
  assert.deepEqual(publisher.errors, []);
  await publisher.page.close();
});

test('files that are not a snapshot are refused with a message, never a crash', async () => {
  const publisher = new Publisher(await env.browser.context.newPage());
  await publisher.open(env.server.url);
  const refused = async (files, code) => {
    await publisher.drop(files);
    await publisher.waitState('refused');
    const rows = await publisher.problems();
    assert.ok(rows.some((r) => r.code === code), `${files.map((f) => f.name)}: ${JSON.stringify(rows)}`);
    assert.equal(await publisher.downloadLink().count(), 0);
  };
  await refused([{ name: 'rapport.pdf', text: '%PDF-1.4\n%âãÏÓ\n1 0 obj\n' }], 'not-a-workbook');
  await refused([{ name: 'tom.xlsx', text: '' }], 'not-a-workbook');
  await refused([{ name: 'tom.json', text: '' }], 'snapshot-rule');
  await refused([{ name: 'x.json', text: '{"format": ' }], 'snapshot-rule');
  await refused([{ name: 'stor.xlsx', size: 65 * 1024 * 1024 }], 'file-too-large');
  await refused([{ name: 'stor.json', size: 33 * 1024 * 1024 }], 'snapshot-rule');
  await publisher.drop([{ name: 'tilbud.csv', text: 'id;navn\n' }, { name: 'tal.xlsx', text: 'x' }]);
  assert.match(await publisher.waitState('unusable'), /ikke dem blandet/);
  await publisher.drop([{ name: 'a.xlsx', text: 'x' }, { name: 'b.ods', text: 'y' }]);
  assert.match(await publisher.waitState('unusable'), /ad gangen/);
  // The page still works afterwards.
  await publisher.choose(SAMPLE_XLSX);
  await publisher.waitState('valid');
  assert.deepEqual(publisher.errors, []);
  await publisher.page.close();
});

test('after one visit the page opens and checks a workbook with the server stopped', async () => {
  const browser = await launch();
  const server = await serve(DIST);
  try {
    const first = new Publisher(await browser.context.newPage());
    await first.open(server.url);
    await first.waitKeptOffline();
    // The guide's own first load does not fetch the publisher page: it is cached apart.
    const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    const precache = /^const PRECACHE = (\[.*\]);/m.exec(sw)[1];
    assert.doesNotMatch(precache, /publish/);
    assert.ok((await first.page.evaluate(() => caches.keys())).some((k) => k.startsWith(SHELL_CACHE_PREFIX)));
    await server.close();
    const offline = new Publisher(await browser.context.newPage());
    await offline.open(server.url);
    await offline.choose(SAMPLE_XLSX);
    await offline.waitState('valid');
    await offline.page.getByTestId('publish-diff').filter({ hasText: /kunne ikke hentes/ }).waitFor();
    assert.deepEqual([...first.errors, ...offline.errors], []);
  } finally {
    await server.close();
    await browser.close();
  }
});

test('a publisher can do everything with the keyboard, with a visible focus outline', async () => {
  const publisher = new Publisher(await env.browser.context.newPage());
  const { page } = publisher;
  await publisher.open(env.server.url);
  await publisher.choose(SAMPLE_XLSX);
  await publisher.waitState('valid');
  await publisher.previewLink().waitFor();
  await page.evaluate(() => document.activeElement?.blur());
  const reached = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return { what: 'body', outline: true }; // past the last control
      // The file input is hidden inside its label, which draws the outline (:focus-within).
      const drawn = e.type === 'file' ? e.closest('label') : e;
      const outline = getComputedStyle(drawn).outlineStyle !== 'none' && parseFloat(getComputedStyle(drawn).outlineWidth) >= 2;
      return { what: e.dataset.testid ?? e.textContent.trim(), outline };
    }));
  }
  const names = reached.map((r) => r.what);
  for (const want of ['Dansk', 'English', 'publish-file', 'publish-download', 'publish-preview', 'Til guiden']) {
    assert.ok(names.includes(want), `Tab reaches ${want}: ${names.join(', ')}`);
  }
  assert.deepEqual(reached.filter((r) => !r.outline), [], 'every focused control shows an outline');
  // Enter on a language button switches the page.
  await page.getByRole('button', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await publisher.heading().filter({ hasText: 'Check and publish figures' }).waitFor();
  assert.deepEqual(publisher.errors, []);
  await page.close();
});

test('axe finds no WCAG 2.1 A/AA violation in the empty, problems and diff views, in both languages', async () => {
  const { xlsx } = changedWorkbook();
  const found = [];
  for (const [lang, viewport] of [['da', { width: 1280, height: 800 }], ['en', { width: 390, height: 844 }]]) {
    const publisher = new Publisher(await env.browser.context.newPage());
    await publisher.page.setViewportSize(viewport);
    await publisher.open(env.server.url, lang === 'en' ? 'en' : undefined);
    assert.equal(await publisher.page.locator('html').getAttribute('lang'), lang);
    const views = {
      empty: async () => {},
      problems: async () => {
        await publisher.chooseFolder(path.join(BAD_FIXTURES, 'share-above-one-csv'));
        await publisher.waitState('refused');
        await publisher.problemTable().scrollIntoViewIfNeeded();
      },
      diff: async () => {
        await publisher.choose(xlsx);
        await publisher.waitState('valid');
        await publisher.diff();
        // The download and preview, then the diff below them.
        await publisher.page.getByTestId('publish-valid').evaluate((e) => e.scrollIntoView({ block: 'start' }));
      },
    };
    for (const [name, open] of Object.entries(views)) {
      await open();
      await publisher.screenshot(`publish-${name}-${viewport.width}`);
      for (const line of await axe(publisher.page)) found.push(`${lang} ${viewport.width}px ${name}: ${line}`);
    }
    assert.deepEqual(publisher.errors, []);
    await publisher.page.close();
  }
  assert.deepEqual(found, [], found.join('\n'));
});
