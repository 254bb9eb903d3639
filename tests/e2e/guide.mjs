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
export function serveAndLaunch(ready = async () => {}) {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve(DIST);
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

/** What the checker says the order is: ranked ids, then unranked ids. */
export function checkerRanking(file, group, age) {
  const out = execFileSync(CHECKER, ['rank', file, '--group', group, '--age', String(age), '--json'], { encoding: 'utf8' });
  const rows = JSON.parse(out);
  return {
    ranked: rows.filter((r) => r.rank !== null).map((r) => r.offer),
    unranked: rows.filter((r) => r.rank === null).map((r) => r.offer),
  };
}

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

  /** Waits until the snapshot status says `state` (ready, failed, loading). */
  async waitStatus(state) {
    await this.page.locator(`[data-testid="snapshot-status"][data-state="${state}"]`).first().waitFor();
  }

  async chooseGroup(id) {
    await this.page.getByTestId('query-group').selectOption(id);
  }

  async typeAge(age) {
    await this.page.getByTestId('query-age').fill(String(age));
  }

  async rankedIds() {
    return this.page.getByTestId('ranked-offer').evaluateAll((els) => els.map((e) => e.dataset.offerId));
  }

  async unrankedIds() {
    return this.page.getByTestId('unranked-offer').evaluateAll((els) => els.map((e) => e.dataset.offerId));
  }

  /** Waits until the ranked list shows exactly `ids`, in order. */
  async waitRanked(ids) {
    await this.page.waitForFunction(
      (want) => JSON.stringify([...document.querySelectorAll('[data-testid="ranked-offer"]')].map((e) => e.dataset.offerId)) === want,
      JSON.stringify(ids),
    );
  }

  loadError() {
    return this.page.getByTestId('load-error');
  }

  async showDetails(index = 0) {
    await this.page.getByTestId('ranked-offer').nth(index).getByRole('button', { name: /detaljer|details/i }).click();
    await this.page.getByTestId('ranked-offer').nth(index).locator('.details').waitFor();
  }

  async pickForCompare(index) {
    await this.page.getByTestId('ranked-offer').nth(index).getByRole('checkbox').check();
  }

  async toggleCitizenView() {
    await this.page.locator('.citizen-toggle').click();
  }

  citizenView() {
    return this.page.getByTestId('citizen-view');
  }

  async screenshot(name) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await this.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
  }
}
