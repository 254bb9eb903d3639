// The citizen view prints on one A4 page: the three top offers, or three picked for comparison, with
// long Danish names — measured on Chromium's own PDF output, in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { Guide, checkerRanking, SAMPLE, serveAndLaunch } from './guide.mjs';

const SAMPLE_JSON = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));
const env = serveAndLaunch();

/** Pages in a PDF: its page objects, not the page tree. */
function pages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('the citizen view fits one A4 page in print', async () => {
  const cases = [
    ['kh-match2', 34, 'da', []],
    ['dp-match1', 34, 'en', []],
    ['kh-match2', 34, 'en', [0, 2, 3]],
  ];
  for (const [group, age, lang, picks] of cases) {
    const guide = new Guide(await env.browser.context.newPage());
    await guide.open(env.server.url, { group, age, lang });
    const ranked = checkerRanking(SAMPLE, group, age).ranked;
    await guide.waitRanked(ranked);
    for (const i of picks) await guide.pickForCompare(i);
    await guide.toggleCitizenView();
    await guide.citizenView().waitFor();
    const shown = await guide.citizenCardNames().allInnerTexts();
    const wantIds = picks.length ? picks.map((i) => ranked[i]) : ranked.slice(0, 3);
    assert.deepEqual(shown, wantIds.map((id) => { const { name } = SAMPLE_JSON.offers.find((o) => o.id === id); return name[lang] ?? name.da; }),
      `${group}/${age}: the picked offers, or else the top three`);
    await guide.page.emulateMedia({ media: 'print' });
    const hidden = await guide.switchesDisplay();
    assert.deepEqual(hidden, ['none', 'none'], 'the buttons are not printed');
    const pdf = await guide.page.pdf({ format: 'A4', preferCSSPageSize: true });
    assert.equal(pages(pdf), 1, `${group}/${age} ${lang}: one A4 page, not ${pages(pdf)}`);
    assert.deepEqual(guide.errors, []);
    await guide.page.close();
  }
});
