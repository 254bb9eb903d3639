// Copy link, copy journal note, English on load, and previewing a local snapshot file (picker and drop).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Guide, launch, checkerRanking, ROOT, SAMPLE, serveAndLaunch } from './guide.mjs';

const BAD = path.join(ROOT, 'tests', 'fixtures', 'bad', 'share-above-one.json');
const sample = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
const env = serveAndLaunch(async ({ server, browser }) => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
});

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

test('"Copy link" puts the query in a link on request only, and the journal note says what was shown', async () => {
  const guide = new Guide(await env.browser.context.newPage());
  await guide.open(env.server.url);
  await guide.waitStatus('ready');
  await guide.chooseGroup('kh-match2');
  await guide.typeAge(34);
  const want = checkerRanking(SAMPLE, 'kh-match2', 34).ranked;
  await guide.waitRanked(want);

  await guide.toolButton('Kopiér link').click();
  await guide.statusMessage('Link kopieret.').waitFor();
  const link = await clipboard(guide.page);
  assert.equal(link, `${env.server.url}/#group=kh-match2&age=34`, 'the query rides in the fragment, which is never sent');
  assert.equal(guide.page.url(), `${env.server.url}/`, 'copying does not change the address bar');

  await guide.toolButton('Kopiér journalnotat').click();
  await guide.statusMessage('Journalnotat kopieret.').waitFor();
  const note = await clipboard(guide.page);
  const group = sample.target_groups.find((g) => g.id === 'kh-match2').name.da;
  assert.ok(note.startsWith(`Visitationsguide: ${group} (kh-match2), alder 34.`), note);
  assert.match(note, /offentliggjort 15\. november 2011/);
  const names = want.slice(0, 5).map((id) => sample.offers.find((o) => o.id === id).name.da);
  const positions = names.map((name, i) => note.indexOf(`${i + 1}. ${name} (`));
  assert.ok(positions.every((p) => p >= 0), `the top five in order:\n${note}`);
  assert.deepEqual([...positions].sort((a, b) => a - b), positions);
  const figures = note.split('\n').filter((line) => /^ {3}\S[^:]*: \d+(,\d+)? %/.test(line));
  assert.equal(figures.length, 15, `five offers × three figures:\n${note}`);
  for (const line of figures) assert.match(line, /\(95 %-interval [\d,]+–[\d,]+ %, n = [\d.]+ (personer|svar)/, 'each share with its interval and n');

  // Opening the copied link shows the same list, and the address bar forgets the query at once.
  const opened = new Guide(await env.browser.context.newPage());
  const sent = [];
  opened.page.on('request', (r) => sent.push(r.url()));
  await opened.page.goto(link);
  await opened.waitRanked(want);
  assert.equal(opened.page.url(), `${env.server.url}/`);
  assert.deepEqual(sent.filter((u) => /group|age=/.test(u)), [], 'no request carries the query');
  await opened.page.close();
  assert.deepEqual(guide.errors, []);
  await guide.page.close();
});

test('?lang=en opens the guide in English, with the page language set for screen readers', async () => {
  const guide = new Guide(await env.browser.context.newPage());
  await guide.open(env.server.url, { lang: 'en', group: 'dp-match1', age: 34 });
  await guide.waitRanked(checkerRanking(SAMPLE, 'dp-match1', 34).ranked);
  assert.equal(await guide.page.evaluate(() => document.documentElement.lang), 'en');
  await guide.fieldLabelled('Target group').waitFor();
  assert.match(await guide.rankedOffer(0).innerText(), /(above|as|below) city[\s\S]*n = \d{1,3}(,\d{3})*/);
  await guide.showDetails(0);
  assert.match(await guide.rankedOffer(0).innerText(), /95% interval/, 'the opened row shows the full card in English');
  await guide.languageButton('Dansk').click();
  await guide.fieldLabelled('Målgruppe').waitFor();
  assert.equal(await guide.page.evaluate(() => document.documentElement.lang), 'da');
  await guide.page.close();
});

test('a local file is previewed from the picker or a drop; a bad one lists its problems and changes nothing', async () => {
  const guide = new Guide(await env.browser.context.newPage());
  await guide.open(env.server.url, { group: 'kh-match2', age: 34 });
  const want = checkerRanking(SAMPLE, 'kh-match2', 34).ranked;
  await guide.waitRanked(want);

  await guide.pickFile(BAD);
  await guide.loadError().waitFor();
  const text = await guide.loadError().innerText();
  assert.match(text, /share-above-one\.json/, 'names the file');
  assert.match(text, /offers\[0\]\.results\[0\]\.satisfaction\.share: 1,4 er over 1/);
  await guide.waitStatus('kept');
  assert.deepEqual(await guide.rankedIds(), want, 'the figures in use stay');

  // A good file, dropped on the page: previewed, and the status says so.
  const edited = structuredClone(sample);
  edited.publisher = 'Forhåndsvist udkast';
  await guide.dropFile('udkast.json', JSON.stringify(edited));
  await guide.waitReadyPublisher('Forhåndsvist udkast');
  assert.match(await guide.snapshotStatus().innerText(), /Forhåndsvisning af filen udkast\.json/);
  assert.equal(await guide.loadError().count(), 0, 'the earlier problem list is gone');
  await guide.waitRanked(want);
  assert.deepEqual(guide.errors, []);
  await guide.page.close();
});

test('over plain HTTP (no secure context) the guide still ranks, and says when it cannot copy', async () => {
  // insecure.test resolves to 127.0.0.1, but unlike "127.0.0.1" or "localhost" it is not a secure
  // context: no service worker, no Cache Storage, no clipboard.
  const plain = await launch([`--host-resolver-rules=MAP insecure.test 127.0.0.1`]);
  const guide = new Guide(await plain.context.newPage());
  const base = env.server.url.replace('127.0.0.1', 'insecure.test');
  await guide.open(base, { group: 'kh-match2', age: 34 });
  assert.equal(await guide.page.evaluate(() => window.isSecureContext), false);
  await guide.waitRanked(checkerRanking(SAMPLE, 'kh-match2', 34).ranked);
  await guide.typeAge(22);
  await guide.waitRanked(checkerRanking(SAMPLE, 'kh-match2', 22).ranked);
  await guide.toolButton('Kopiér link').click();
  await guide.statusMessage('Kunne ikke kopiere.').waitFor();
  await guide.typeAge(34);
  await guide.waitRanked(checkerRanking(SAMPLE, 'kh-match2', 34).ranked);
  assert.deepEqual(guide.errors, []);
  await plain.close();
});
