// Page object for the publisher page (publish.html): every selector the publisher tests use lives here,
// so a markup change is fixed in one place. Waits are conditions, never sleeps.
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, ROOT } from './guide.mjs';

export const SAMPLE_XLSX = path.join(ROOT, 'public', 'data', 'snapshot.xlsx');
export const BAD_FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'import', 'bad');
/** Cache Storage names the service worker keeps the page and a preview in (public/sw.js). */
export const PUBLISHER_CACHE_PREFIX = 'vg-publisher-';

const SUMMARY = '[data-testid="publish-summary"]';

export class Publisher {
  constructor(page) {
    this.page = page;
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  async open(base, lang) {
    await this.page.goto(`${base}/publish.html${lang ? `?lang=${lang}` : ''}`);
    await this.heading().waitFor();
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Chooses files (a path, or several: a CSV folder's files) with the file input. */
  async choose(files) {
    await this.page.getByTestId('publish-file').setInputFiles(files);
  }

  /** Chooses every file of a folder (the CSV form). */
  async chooseFolder(dir) {
    await this.choose(fs.readdirSync(dir).map((f) => path.join(dir, f)));
  }

  /** Drops files given as {name, text} or {name, size} (that many zero bytes, made in the page) on the page. */
  async drop(files) {
    const transfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const { name, text, size } of list) {
        dt.items.add(new File([text ?? new Uint8Array(size)], name));
      }
      return dt;
    }, files);
    await this.page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
  }

  /** Waits until the summary says `state` (empty, reading, unusable, refused, valid); resolves to its text. */
  async waitState(state) {
    const summary = this.page.locator(`${SUMMARY}[data-state="${state}"]`);
    await summary.waitFor();
    return summary.innerText();
  }

  /** The problem rows as {code, sheet, cell, path, message}. */
  async problems() {
    return this.page.getByTestId('problem').evaluateAll((rows) => rows.map((r) => {
      const cells = [...r.querySelectorAll('td')].map((td) => td.innerText.trim());
      return { code: r.dataset.code, sheet: cells[1], cell: cells[2], row: cells[3], column: cells[4], path: cells[5], message: cells[6] };
    }));
  }

  problemTable() {
    return this.page.getByTestId('publish-problems');
  }

  downloadLink() {
    return this.page.getByTestId('publish-download');
  }

  templateLink() {
    return this.page.getByRole('link', { name: /skabelon\.xlsx/ });
  }

  previewLink() {
    return this.page.getByTestId('publish-preview');
  }

  /** Clicks the download link; resolves to the downloaded file's text. */
  async download() {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.downloadLink().click()]);
    assertName(download.suggestedFilename());
    return fs.readFileSync(await download.path(), 'utf8');
  }

  /** The diff: its heading line, then each section as {title, lines}. */
  async diff() {
    const section = this.page.getByTestId('publish-diff');
    await section.getByTestId('diff-heading').waitFor();
    return section.evaluate((s) => ({
      heading: s.querySelector('[data-testid="diff-heading"]').innerText,
      sections: [...s.querySelectorAll('h3')].map((h) => ({
        title: h.innerText,
        lines: [...h.nextElementSibling.querySelectorAll('li')].map((li) => li.innerText),
      })),
    }));
  }

  async switchLanguage(name) {
    await this.page.getByRole('button', { name }).click();
  }

  /** Waits until the service worker keeps the page and its bundle for offline use. Polled from here:
   *  `page.waitForFunction` does not await an async predicate (its promise counts as truthy at once). */
  async waitKeptOffline() {
    const kept = () => this.page.evaluate(async (prefix) => {
      for (const key of await caches.keys()) {
        if (key.startsWith(prefix) && await (await caches.open(key)).match('publish.html')) return true;
      }
      return false;
    }, PUBLISHER_CACHE_PREFIX);
    const end = Date.now() + 10_000;
    while (!(await kept())) {
      if (Date.now() > end) throw new Error('timed out waiting for the publisher page to be kept offline');
      await new Promise((resolve) => { setTimeout(resolve, 50); });
    }
  }

  async screenshot(name) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await this.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
  }
}

function assertName(name) {
  if (name !== 'snapshot.json') throw new Error(`the download is named ${name}, not snapshot.json`);
}
