// Page object for the guide: every selector the end-to-end tests use lives here, so a markup change
// is fixed in one place. Waits are conditions, never sleeps.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const SAMPLE = path.join(ROOT, 'public', 'data', 'snapshot.json');
export const CHECKER = path.join(ROOT, 'target', 'debug', 'snapshot');
export const ARTIFACTS = path.join(ROOT, 'artifacts', 'screenshots');
export const DIST = path.join(ROOT, 'dist');

/**
 * For a test file: serves the built app (dist/) on 127.0.0.1 and launches Chromium before its tests,
 * and stops both after. Returns an object whose `server` and `browser` are set once running;
 * `ready(env)`, if given, runs once both are up.
 */
export function serveAndLaunch(ready = async () => {}, extras = {}) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve(DIST, extras);
    env.browser = await launch();
    await ready(env);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** A fresh headless Chromium with its own profile; `extraArgs` are added to the standard flags. */
export async function launch(extraArgs = []) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...extraArgs],
  });
  return { context, close: async () => { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); } };
}

/** A snapshot with known changes over time (rule 10), made by `cargo run --example make_trend_fixture`. */
export const TREND_FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'trend', 'snapshot.json');

/** What the checker says the order is: ranked ids, then unranked ids. */
export function checkerRanking(file, group, age) {
  const out = execFileSync(CHECKER, ['rank', file, '--group', group, '--age', String(age), '--json'], { encoding: 'utf8' });
  const rows = JSON.parse(out);
  return {
    ranked: rows.filter((r) => r.rank !== null).map((r) => r.offer),
    unranked: rows.filter((r) => r.rank === null).map((r) => r.offer),
  };
}

/** The checker's figures for a query, by offer id: `{ job_or_education: { share, n, tier }, placements, satisfaction }`. */
export function checkerFigures(file, group, age) {
  const out = execFileSync(CHECKER, ['rank', file, '--group', group, '--age', String(age), '--json'], { encoding: 'utf8' });
  return Object.fromEntries(JSON.parse(out).filter((r) => r.rank !== null).map((r) => [r.offer, r]));
}

/** A share as the guide shows it in Danish: at most one decimal, a decimal comma, `18,9 %`. */
export function danishPercent(share) {
  const tenths = Math.round(share * 1000);
  const whole = Math.trunc(tenths / 10);
  const frac = tenths % 10;
  return `${frac === 0 ? whole : `${whole},${Math.abs(frac)}`} %`;
}

/** A count as the guide shows it in Danish: `1.300`. */
export function danishCount(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Waits (polling, at most `ms`) until `condition()` holds in the test process, e.g. for a request to reach the server. */
export async function waitUntil(condition, what, ms = 10_000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => { setTimeout(resolve, 50); });
  }
}

/** Cache Storage names the app and its service worker use (not markup, but kept here with the rest). */
export const LAST_GOOD_CACHE = 'vg-last-good-snapshot';
export const SHELL_CACHE_PREFIX = 'vg-shell-';

/** Element ids that keyboard focus is moved to. */
export const FOCUS_TARGETS = { compareHeading: 'compare-heading', rankingSummary: 'ranking-summary' };

const RANKED = '[data-testid="ranked-offer"]';
const STATUS = '[data-testid="snapshot-status"]';

export class Guide {
  constructor(page) {
    this.page = page;
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  async open(base, params = {}) {
    const search = new URLSearchParams(params).toString();
    await this.page.goto(`${base}/${search ? `?${search}` : ''}`);
  }

  /** The address of the web app manifest the page links to, resolved against the page. */
  async manifestUrl() {
    return this.page.locator('link[rel="manifest"]').evaluate((link) => link.href);
  }

  // ---- the snapshot in use, and what the guide says about loading it ----

  /** Waits until the snapshot status says `state` (ready, failed, loading, kept). */
  async waitStatus(state) {
    await this.page.locator(`${STATUS}[data-state="${state}"]`).first().waitFor();
  }

  /** The snapshot status line (which figures are in use, and from where). */
  snapshotStatus() {
    return this.page.getByTestId('snapshot-status');
  }

  /** The publication date shown in the snapshot status, optionally only while it is in `state`. */
  statusDate(state) {
    return this.page.locator(`${STATUS}${state ? `[data-state="${state}"]` : ''} time`);
  }

  /** Waits until the snapshot status shows the publication date `isoDate` (and, if given, is in `state`). */
  async waitStatusDate(isoDate, state) {
    await this.page.locator(`${STATUS}${state ? `[data-state="${state}"]` : ''} time[datetime="${isoDate}"]`).waitFor();
  }

  /** Waits until the snapshot status is ready and names `publisher`. */
  async waitReadyPublisher(publisher) {
    await this.page.locator(`${STATUS}[data-state="ready"] .publisher`, { hasText: publisher }).waitFor();
  }

  /** Waits until a snapshot is either in use (ready) or refused with a problem list; resolves to which. */
  async waitLoadedOrRefused() {
    await this.page.locator(`${STATUS}[data-state="ready"], [data-testid="load-error"]`).first().waitFor();
    return (await this.loadError().count()) > 0 ? 'refused' : 'loaded';
  }

  loadError() {
    return this.page.getByTestId('load-error');
  }

  /** The notice that a `?snapshot=` from another origin was refused. */
  snapshotRefused() {
    return this.page.getByTestId('snapshot-refused');
  }

  staleWarning() {
    return this.page.getByTestId('stale-warning');
  }

  offlineBanner() {
    return this.page.getByTestId('offline-banner');
  }

  /** The notice that newer figures were published (with its reload button). */
  snapshotUpdate() {
    return this.page.getByTestId('snapshot-update');
  }

  /** Accepts the newer figures: the notice's reload button. */
  async reloadForNewSnapshot() {
    await this.snapshotUpdate().getByRole('button').click();
  }

  /** The notice that newer figures were published but refused (with their problems). */
  snapshotUpdateRefused() {
    return this.page.getByTestId('snapshot-update-refused');
  }

  /** The notice that a new app version is waiting (with its reload button). */
  appUpdate() {
    return this.page.getByTestId('app-update');
  }

  /** Lets the waiting app version take over: the notice's reload button. */
  async reloadForNewVersion() {
    await this.appUpdate().getByRole('button').click();
  }

  /** The content security policy the page declares. */
  async contentSecurityPolicy() {
    return this.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  }

  // ---- the query ----

  groupField() {
    return this.page.getByTestId('query-group');
  }

  ageField() {
    return this.page.getByTestId('query-age');
  }

  groupMessage() {
    return this.page.getByTestId('group-message');
  }

  ageMessage() {
    return this.page.getByTestId('age-message');
  }

  /** The note that the list still answers the last complete query while the age is being typed. */
  stillAnswering() {
    return this.page.getByTestId('still-answering');
  }

  /** The age and group the list on screen answers (attributes of the live summary). */
  async answers() {
    return this.page.locator('#ranking-summary').evaluate((e) => ({ age: e.dataset.answersAge, group: e.dataset.answersGroup }));
  }

  /** A form field by its visible label (e.g. the target group's, in either language). */
  fieldLabelled(label) {
    return this.page.getByLabel(label);
  }

  async chooseGroup(id) {
    await this.groupField().selectOption(id);
  }

  async typeAge(age) {
    await this.ageField().fill(String(age));
  }

  /** The index of the target group `id` among the choices, and of the one chosen now. */
  async groupChoiceIndex(id) {
    return this.groupField().locator('option').evaluateAll((opts, want) => opts.findIndex((o) => o.value === want), id);
  }

  async chosenGroupIndex() {
    return this.groupField().evaluate((s) => s.selectedIndex);
  }

  // ---- the ranked list ----

  /** Every ranked offer, in order; `rankedOffer(i)` is the i-th (from 0). */
  rankedOffers() {
    return this.page.getByTestId('ranked-offer');
  }

  rankedOffer(index) {
    return this.rankedOffers().nth(index);
  }

  async rankedIds() {
    return this.rankedOffers().evaluateAll((els) => els.map((e) => e.dataset.offerId));
  }

  async unrankedIds() {
    return this.page.getByTestId('unranked-offer').evaluateAll((els) => els.map((e) => e.dataset.offerId));
  }

  /** Waits until the ranked list shows exactly `ids`, in order. An empty list is refused: it would pass with nothing rendered. */
  async waitRanked(ids) {
    if (!Array.isArray(ids) || ids.length === 0) {
      throw new Error(`waitRanked needs the offers to expect, got ${JSON.stringify(ids)}: an empty list passes with nothing shown`);
    }
    await this.page.waitForFunction(
      ({ sel, want }) => JSON.stringify([...document.querySelectorAll(sel)].map((e) => e.dataset.offerId)) === want,
      { sel: RANKED, want: JSON.stringify(ids) },
    );
  }

  /** Where each ranked row, and the lowest of its three shares, sit in the viewport (px from the top). */
  async rowPlaces() {
    return this.rankedOffers().evaluateAll((rows) => rows.map((row) => ({
      top: row.getBoundingClientRect().top,
      sharesBottom: Math.max(...[...row.querySelectorAll('.cell .share')].map((s) => s.getBoundingClientRect().bottom)),
      shares: row.querySelectorAll('.cell .share').length,
    })));
  }

  /** What ranked row `index` shows for `criterion` (the format's code): share, n and tier words. */
  async rowFigure(index, criterion) {
    return this.rankedOffer(index).locator(`.cell[data-criterion="${criterion}"]`).evaluate((cell) => ({
      share: cell.querySelector('.share').textContent.trim(),
      n: cell.querySelector('.n')?.textContent.trim() ?? null,
      tier: cell.querySelector('.tier').textContent.replace(/^[^\p{L}]+/u, '').trim(),
      tierClass: cell.querySelector('.tier').className,
    }));
  }

  /** Tags each ranked row's name heading, so `untaggedRows` can tell which rows were built anew. */
  async tagRows() {
    await this.rankedOffers().evaluateAll((rows) => rows.forEach((row) => { row.querySelector('h3').__vgTag = row.dataset.offerId; }));
  }

  /** Ids of ranked rows whose name heading is not the one tagged for that id (the row rebuilt, or new). */
  async untaggedRows() {
    return this.rankedOffers().evaluateAll((rows) => rows
      .filter((r) => r.querySelector('h3').__vgTag !== r.dataset.offerId).map((r) => r.dataset.offerId));
  }

  /** Ranked row `index`'s button that opens and closes its full card. */
  rowToggle(index) {
    return this.rankedOffer(index).getByRole('button', { name: /detaljer|details/i });
  }

  // ---- filters (rule 9) ----

  /** Opens the filter panel. */
  async openFilters() {
    if ((await this.page.getByTestId('filter-toggle').getAttribute('aria-expanded')) !== 'true') {
      await this.page.getByTestId('filter-toggle').click();
    }
    await this.page.getByTestId('filter-category').waitFor();
  }

  /** A filter field by its kind: category, kind, hours, text or language. */
  filter(kind) {
    return this.page.getByTestId(`filter-${kind}`);
  }

  /** The line saying how many suitable offers the filters hide (empty when none). */
  filtersHidden() {
    return this.page.getByTestId('filter-hidden');
  }

  async clearFilters() {
    await this.page.getByTestId('filter-clear').click();
  }

  /** The rank numbers the rows show, in order ("3." → 3). */
  async rowRanks() {
    return this.rankedOffers().evaluateAll((rows) => rows.map((r) => parseInt(r.querySelector('.rank').textContent, 10)));
  }

  // ---- change over time (rule 10) ----

  /** The ranked row of offer `id`. */
  rowOf(id) {
    return this.page.locator(`[data-testid="ranked-offer"][data-offer-id="${id}"]`);
  }

  /** Opens the full card of offer `id`'s row. */
  async openRow(id) {
    await this.rowOf(id).getByRole('button', { name: /detaljer|details/i }).click();
    await this.rowOf(id).locator('.details').waitFor();
  }

  /** Offer `id`'s trend for `criterion` (the format's code), in its opened card. */
  trend(id, criterion) {
    return this.page.locator(`[data-testid="trend"][data-offer-id="${id}"][data-criterion="${criterion}"]`);
  }

  /** The citizen card of the offer named `name`. */
  citizenCard(name) {
    return this.citizenView().locator('.citizen-card').filter({ has: this.page.locator('h3', { hasText: name }) });
  }

  // ---- the funnel plot (rule 11) ----

  /** The button that shows and hides the funnel plot. */
  funnelToggle() {
    return this.page.locator('.funnel-toggle');
  }

  funnelPlot() {
    return this.page.getByTestId('funnel-plot');
  }

  /** The plot's marks, one per drawn offer, in rank order. */
  funnelMarks() {
    return this.funnelPlot().locator('.mark');
  }

  async funnelMarkIds() {
    return this.funnelMarks().evaluateAll((marks) => marks.map((m) => m.dataset.offerId));
  }

  funnelTable() {
    return this.page.getByTestId('funnel-table');
  }

  async funnelTableIds() {
    return this.funnelTable().locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.offerId));
  }

  /** The offer's name as its entry shows it. */
  offerName(index) {
    return this.rankedOffer(index).locator('h3');
  }

  /** The line under each ranked offer's name that names its provider. */
  providerLines() {
    return this.page.locator('.offer-card .provider');
  }

  /** Elements that markup in a provider name would create inside the provider lines (there must be none). */
  providerLineMarkup() {
    return this.page.locator('.offer-card .provider b, .offer-card .provider img');
  }

  /** Script or image elements inside the ranked offers (a hostile name must never create one). */
  offerMarkup() {
    return this.page.locator('.offer-card script, .offer-card img');
  }

  /** The texts that the controls of ranked offer `index` are described by (aria-describedby). */
  async offerControlDescriptions(index) {
    return this.rankedOffer(index).evaluate((card) =>
      [...card.querySelectorAll('[aria-describedby]')].map((e) => document.getElementById(e.getAttribute('aria-describedby'))?.textContent));
  }

  /** The expanded details of ranked offer `index`. */
  offerDetails(index) {
    return this.rankedOffer(index).locator('.details');
  }

  async showDetails(index = 0) {
    await this.rankedOffer(index).getByRole('button', { name: /detaljer|details/i }).click();
    await this.offerDetails(index).waitFor();
  }

  // ---- comparison ----

  /** Ranked offer `index`'s "Sammenlign" box. */
  compareBox(index) {
    return this.rankedOffer(index).getByRole('checkbox');
  }

  async pickForCompare(index) {
    await this.compareBox(index).check();
  }

  /** Whether keyboard focus is on ranked offer `index`'s "Sammenlign" box. */
  async focusIsOnCompareBox(index) {
    return this.page.evaluate(({ sel, i }) => document.activeElement.type === 'checkbox'
      && document.activeElement.closest(sel) === document.querySelectorAll(sel)[i], { sel: RANKED, i: index });
  }

  compareTable() {
    return this.page.getByTestId('compare');
  }

  /** The comparison's column headings, one per picked offer. */
  compareHeadings() {
    return this.compareTable().locator('thead th');
  }

  /** Removes the first offer from the comparison with its "Fjern" button. */
  async removeFirstFromCompare() {
    await this.compareTable().getByRole('button', { name: /^Fjern/ }).first().click();
  }

  /** The line saying how many offers are picked for comparison. */
  compareCount() {
    return this.page.locator('.compare-count');
  }

  /**
   * The id of the element that has keyboard focus (compare with FOCUS_TARGETS). The guide moves focus
   * once the view has updated (in the next animation frame), so with `expected` this first waits, up
   * to 5 s, for focus to arrive there; the caller asserts on what it returns either way.
   */
  async focusedId(expected) {
    if (expected !== undefined) {
      await this.page.waitForFunction((id) => document.activeElement?.id === id, expected, { timeout: 5_000 })
        .catch(() => {});
    }
    return this.page.evaluate(() => document.activeElement.id);
  }

  // ---- the citizen view ----

  /** The button that switches between the caseworker's and the citizen's view. */
  citizenToggle() {
    return this.page.locator('.citizen-toggle');
  }

  async toggleCitizenView() {
    await this.citizenToggle().click();
  }

  citizenView() {
    return this.page.getByTestId('citizen-view');
  }

  /** One card per offer shown to the citizen. */
  citizenCards() {
    return this.citizenView().locator('.citizen-card');
  }

  /** The offer names on the citizen's cards, in order. */
  citizenCardNames() {
    return this.citizenView().locator('.citizen-card h3');
  }

  /** The CSS display of the view and language switches (none in print). */
  async switchesDisplay() {
    return this.page.evaluate(() => ['.top .modes', '.top .lang'].map((sel) => getComputedStyle(document.querySelector(sel)).display));
  }

  // ---- tools: language, copying, local files ----

  /** The language switch's button labelled `name` ("Dansk" or "English"). */
  languageButton(name) {
    return this.page.getByRole('button', { name });
  }

  /** A tool button by its label ("Kopiér link", "Kopiér journalnotat"). */
  toolButton(name) {
    return this.page.getByRole('button', { name });
  }

  /** A status message (role=status) containing `text`. */
  statusMessage(text) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** Opens a local snapshot file with the file picker. */
  async pickFile(file) {
    await this.page.getByTestId('open-file').setInputFiles(file);
  }

  /** Drops a file named `name` with contents `text` on the page. */
  async dropFile(name, text) {
    const transfer = await this.page.evaluateHandle(({ json, fileName }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], fileName, { type: 'application/json' }));
      return dt;
    }, { json: text, fileName: name });
    await this.page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
  }

  // ---- the service worker and the kept snapshot ----

  /** Waits until a service worker controls the page. */
  async waitServiceWorker() {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }

  /** Waits until the last good snapshot is kept in Cache Storage (exactly one entry). */
  async waitLastGoodKept() {
    await this.page.waitForFunction(async (name) => {
      const cache = await caches.open(name);
      return (await cache.keys()).length === 1;
    }, LAST_GOOD_CACHE);
  }

  async screenshot(name) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await this.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
  }
}
