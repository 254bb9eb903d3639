// Browser benchmark for issue 9: the release build (dist/) beside a plain-JS floor page, in the same headless
// Chromium run, alternating, medians of ≥ 5. A benchmark, not a test: it exits 0 when a figure is over its
// target, and non-zero only when something fails to run (a timeout, a page error, a missing build).
//
//   node tests/bench/browser.mjs [--quick] [--runs N] [--offers 300,1000,10000] [--baseline DIR] [--out artifacts/bench/browser.json]
//
// --baseline DIR measures a second build (e.g. a copy of dist/ from before a change) in the same run, served
// from its own origin and alternating with the app and the floor page, and prints app / baseline per figure:
// the side-by-side comparison a change's note quotes.
//
// For each offer count (300, 1,000, 10,000; --quick: 300 and 10,000 and 5 runs instead of 9) it generates
// `snapshot generate --offers N --seed 7 --references`, serves dist/ plus that file (/bench/N.json) and the
// floor page (/bench/floor.html) on 127.0.0.1, and measures, each run in a fresh browser context (no HTTP
// cache, no service worker), app and floor page alternating:
//   - cold load → first painted ranked list: navigation start (performance.timeOrigin) to the frame after
//     the first [data-testid="ranked-offer"] appears;
//   - age change → painted list: from the keydown of the first digit of "24" (typed over the selected age,
//     as a user would) to the frame after the list answers age 24 (#ranking-summary[data-answers-age="24"]
//     if the page exposes it, else the ranked order differs from before; the JSON also has the time from the
//     last digit's keydown, `msFromLastKey`, which leaves out the time between the harness's keystrokes);
//   - DOM nodes (document.getElementsByTagName('*').length) right after the cold load;
// and, for the app only: wasm parse+validate (window.__vgBench.parse(text), if the app exposes it) against
// JSON.parse of the same text in the same page, alternating; and the reload from the service-worker cache
// (after one online visit, navigate to the same link again) to first painted ranked list.
//
// "Painted" is measured by a probe injected before any page script: a MutationObserver sees the condition,
// then performance.now() is taken in the next requestAnimationFrame callback (`raf`) and again in a task
// posted from it (`painted`, after that frame's style, layout and paint on the main thread). The table uses
// `painted`; the JSON has both, plus the moment the observer saw the change (`seen`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../e2e/server.mjs';
import { launch, ROOT, DIST } from '../e2e/guide.mjs';

const QUERY = { group: 'kh-match2', age: 34 };
const NEW_AGE = 24;
const SEED = 7;
const TIMEOUT = 180_000; // per wait: generous, a slow machine under load must not fail a benchmark
const FLOOR_FILE = path.join(ROOT, 'tests', 'bench', 'floor.html');

// ---- arguments ----

function parseArgs(argv) {
  const opts = { quick: false, out: path.join(ROOT, 'artifacts', 'bench', 'browser.json'), runs: null, offers: null, baseline: null };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      i += 1;
      return argv[i];
    };
    if (a === '--quick') opts.quick = true;
    else if (a === '--out') opts.out = path.resolve(value());
    else if (a.startsWith('--out=')) opts.out = path.resolve(a.slice('--out='.length));
    else if (a === '--runs') opts.runs = Number(value());
    else if (a === '--baseline') opts.baseline = path.resolve(value());
    else if (a === '--offers') opts.offers = value().split(',').map((x) => Number(x.replace(/_/g, '')));
    else if (a === '-h' || a === '--help') {
      console.log('usage: node tests/bench/browser.mjs [--quick] [--runs N (≥ 5)] [--offers 300,1000,10000] [--baseline DIR] [--out artifacts/bench/browser.json]');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  opts.runs ??= opts.quick ? 5 : 9;
  if (opts.baseline && !fs.existsSync(path.join(opts.baseline, 'index.html'))) throw new Error(`--baseline ${opts.baseline}: no index.html there`);
  if (!Number.isInteger(opts.runs) || opts.runs < 5) throw new Error('--runs must be an integer ≥ 5 (medians of at least 5)');
  opts.offers ??= opts.quick ? [300, 10_000] : [300, 1_000, 10_000];
  if (!opts.offers.every((n) => Number.isInteger(n) && n > 0)) throw new Error('--offers takes counts such as 300,10000');
  return opts;
}

// ---- targets (issue 9) ----

/** Target for `metric` at `offers`: {kind: 'ratio'|'max', limit, text} or null when the issue sets none. */
function targetFor(metric, offers) {
  const ratio = (limit) => ({ kind: 'ratio', limit, text: `≤ ${limit}× floor` });
  if (metric === 'cold') return offers === 10_000 ? ratio(1.5) : offers === 300 ? ratio(2.5) : null;
  if (metric === 'age') return offers === 10_000 || offers === 300 ? ratio(2) : null;
  if (metric === 'dom' || metric === 'dom_after_age') return offers === 10_000 ? { kind: 'max', limit: 5000, text: '≤ 5,000 nodes' } : null;
  if (metric === 'parse') return offers === 10_000 ? { kind: 'ratio', limit: 1.5, text: '≤ 1.5× JSON.parse' } : null;
  return null;
}

// ---- the page-side probe (runs before any page script, in every document of a context) ----

function probe() {
  const RANKED = '[data-testid="ranked-offer"]';
  const ids = () => Array.from(document.querySelectorAll(RANKED), (e) => e.dataset.offerId);
  const nodes = () => document.getElementsByTagName('*').length;
  // The first frame after now: performance.now() in its requestAnimationFrame callback, and again in a
  // task posted from there, which runs after that frame's style, layout and paint.
  const nextFrame = (done) => requestAnimationFrame(() => {
    const raf = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done({ raf, painted: performance.now() });
    channel.port2.postMessage(0);
  });
  // Calls `done` with the times once `test()` holds, checked now and after every DOM change.
  const when = (test, options, done) => {
    let fired = false;
    const observer = new MutationObserver(() => check());
    const check = () => {
      if (fired || !test()) return false;
      fired = true;
      observer.disconnect();
      const seen = performance.now();
      nextFrame((t) => done({ seen, ...t }));
      return true;
    };
    if (!check()) observer.observe(document, options);
  };
  const state = { cold: null, age: null, errors: [] };
  Object.defineProperty(window, '__vgProbe', { value: state });
  when(() => document.querySelector(RANKED) !== null, { childList: true, subtree: true }, (t) => {
    state.cold = { ...t, nodes: nodes(), offers: document.querySelectorAll(RANKED).length };
  });
  // Arms the age-change measurement: the clock starts at the keydown of the new age's first digit.
  state.armAge = (age) => {
    const want = String(age);
    const before = JSON.stringify(ids());
    let start = null;
    let last = null;
    let via = null;
    const onKey = (e) => {
      if (start === null && e.key === want[0]) start = { timeStamp: e.timeStamp, now: performance.now() };
      else if (start !== null && last === null && e.key === want[want.length - 1]) last = e.timeStamp;
    };
    document.addEventListener('keydown', onKey, true);
    state.age = null;
    when(() => {
      if (start === null) return false;
      const shown = ids();
      if (shown.length === 0) return false;
      const summary = document.getElementById('ranking-summary');
      if (summary?.hasAttribute('data-answers-age')) {
        via = 'data-answers-age';
        return summary.getAttribute('data-answers-age') === want;
      }
      via = 'order';
      return JSON.stringify(shown) !== before;
    }, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-answers-age'] }, (t) => {
      document.removeEventListener('keydown', onKey, true);
      state.age = { ...t, start: start.timeStamp, startHandler: start.now, lastKey: last, via,
        ms: t.painted - start.timeStamp, msFromLastKey: last === null ? null : t.painted - last, nodes: nodes() };
    });
  };
}

// ---- helpers ----

const median = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round1 = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);
const log = (msg) => process.stderr.write(`${msg}\n`);

function checkerPath() {
  for (const profile of ['release', 'debug']) {
    const file = path.join(ROOT, 'target', profile, 'snapshot');
    if (fs.existsSync(file)) return file;
  }
  throw new Error('no checker: build it with `cargo build --release --offline --bin snapshot`');
}

function generate(checker, offers, dir) {
  const file = path.join(dir, `${offers}.json`);
  const fd = fs.openSync(file, 'w');
  try {
    execFileSync(checker, ['generate', '--offers', String(offers), '--seed', String(SEED), '--references'],
      { stdio: ['ignore', fd, 'inherit'] });
  } finally {
    fs.closeSync(fd);
  }
  return file;
}

function rankedByChecker(checker, file, age) {
  const out = execFileSync(checker, ['rank', file, '--group', QUERY.group, '--age', String(age), '--json'],
    { encoding: 'utf8', maxBuffer: 1 << 30 });
  return JSON.parse(out).filter((r) => r.rank !== null).map((r) => r.offer);
}

function gitDescribe() {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'index.html', 'Cargo.toml', 'public'],
      { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return null;
  }
}

/** A page that records its errors; `failIfErrors()` throws with them. */
async function newPage(context, label) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('crash', () => errors.push('page crashed'));
  page.failIfErrors = () => {
    if (errors.length) throw new Error(`${label}: page error: ${errors.join(' | ')}`);
  };
  return page;
}

async function waitProbe(page, key, what) {
  try {
    const handle = await page.waitForFunction((k) => window.__vgProbe?.[k], key, { polling: 100, timeout: TIMEOUT });
    return handle.jsonValue();
  } catch (e) {
    page.failIfErrors();
    throw new Error(`${what}: ${e.message.split('\n')[0]}`);
  }
}

/** Waits until the page has nothing left to do now (an idle period), so the next action starts from quiet. */
async function idle(page) {
  await page.evaluate(() => new Promise((resolve) => { requestIdleCallback(() => resolve(), { timeout: 5_000 }); }));
}

// ---- one run of one page: cold load, DOM nodes, age change ----

async function coldAndAge(browser, url, kind, label) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(probe);
    const page = await newPage(context, label);
    await page.goto(url, { waitUntil: 'commit' });
    const cold = await waitProbe(page, 'cold', `${label}: cold load → ranked list`);
    if (kind === 'app') {
      // Let the start-up finish (snapshot in use, service worker taking over) before the caseworker types.
      await page.locator('[data-testid="snapshot-status"][data-state="ready"]').first().waitFor({ timeout: TIMEOUT });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { polling: 100, timeout: TIMEOUT });
    }
    // Quiet first (an idle period never comes while text is selected in a field, so not after the click).
    await idle(page);
    await page.evaluate((age) => window.__vgProbe.armAge(age), NEW_AGE);
    const field = page.locator('[data-testid="query-age"]');
    await field.click({ timeout: TIMEOUT });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(String(NEW_AGE));
    const age = await waitProbe(page, 'age', `${label}: age change → painted list`);
    const value = await field.inputValue();
    if (value !== String(NEW_AGE)) throw new Error(`${label}: the age field says ${JSON.stringify(value)}, not ${NEW_AGE}`);
    page.failIfErrors();
    return { cold, age };
  } finally {
    await context.close();
  }
}

// ---- wasm parse+validate against JSON.parse, inside the app's page ----

async function parseInPage(browser, url, snapshotPath, runs, label) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(probe);
    const page = await newPage(context, label);
    await page.goto(url, { waitUntil: 'commit' });
    await waitProbe(page, 'cold', `${label}: cold load`);
    await idle(page);
    const result = await page.evaluate(async ({ file, n }) => {
      const hook = window.__vgBench;
      if (typeof hook?.parse !== 'function') return { hook: false };
      const text = await (await fetch(file)).text();
      const wasm = [];
      const json = [];
      const time = async (fn) => {
        const start = performance.now();
        const r = fn();
        if (r && typeof r.then === 'function') await r;
        return performance.now() - start;
      };
      for (let i = 0; i < n; i += 1) {
        const order = i % 2 === 0 ? ['wasm', 'json'] : ['json', 'wasm'];
        for (const which of order) {
          if (which === 'wasm') wasm.push(await time(() => hook.parse(text)));
          else json.push(await time(() => { window.__vgParsed = JSON.parse(text); }));
        }
      }
      window.__vgParsed = null;
      return { hook: true, chars: text.length, wasm, json };
    }, { file: snapshotPath, n: runs });
    page.failIfErrors();
    return result;
  } finally {
    await context.close();
  }
}

// ---- reload from the service-worker cache ----

async function swReload(browser, url, runs, label) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(probe);
    const page = await newPage(context, label);
    await page.goto(url, { waitUntil: 'commit' });
    await waitProbe(page, 'cold', `${label}: first online visit`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { polling: 100, timeout: TIMEOUT });
    await idle(page);
    const samples = [];
    for (let i = 0; i < runs; i += 1) {
      // The guide takes the query out of the address bar, so open the same link again (as the offline test does).
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'commit' });
      const cold = await waitProbe(page, 'cold', `${label}: reload ${i + 1}`);
      const fromWorker = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return navigator.serviceWorker.controller !== null && (nav?.workerStart ?? 0) > 0;
      });
      if (!fromWorker) throw new Error(`${label}: reload ${i + 1} was not served by the service worker`);
      samples.push(cold);
      await idle(page);
    }
    page.failIfErrors();
    return samples;
  } finally {
    await context.close();
  }
}

// ---- the table ----

function fmtMs(x) {
  return x === null || x === undefined ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}
function fmtCount(x) {
  return x === null || x === undefined ? '—' : Math.round(x).toLocaleString('en-US');
}

function row(metric, label, offers, app, floor, fmt, note) {
  const target = targetFor(metric, offers);
  const ratio = app !== null && floor !== null && floor > 0 ? app / floor : null;
  let status = '—';
  if (target && app !== null) {
    const value = target.kind === 'ratio' ? ratio : app;
    if (value !== null) status = value <= target.limit ? 'ok' : 'over';
  }
  return {
    metric: label, key: metric, offers, app: note ?? fmt(app), floor: note ? '' : fmt(floor),
    ratio: note || ratio === null ? '' : `${ratio.toFixed(2)}×`, target: target?.text ?? '—', status: note ? '—' : status,
    values: { app, floor, ratio },
  };
}

function printTable(rows) {
  const head = ['metric', 'offers', 'app median (ms)', 'floor median (ms)', 'ratio', 'target', 'ok/over'];
  const cells = rows.map((r) => [r.metric, r.offers.toLocaleString('en-US'), r.app, r.floor, r.ratio, r.target, r.status]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => (i === 0 || i === 5 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

// ---- main ----

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const wasm = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.startsWith('visitationsguide-') && f.endsWith('_bg.wasm')) : [];
  if (wasm.length !== 1 || !fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`expected one release build of the guide in dist/ (found ${wasm.length} visitationsguide-*_bg.wasm files; the publisher page's bundle is apart): run \`trunk build --release --offline\``);
  }
  const checker = checkerPath();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vg-bench-'));
  let server = null;
  let baselineServer = null;
  let browser = null;
  const report = {};
  const rows = [];
  try {
    const files = {};
    const extras = { '/bench/floor.html': FLOOR_FILE };
    for (const n of opts.offers) {
      files[n] = generate(checker, n, tmp);
      extras[`/bench/${n}.json`] = files[n];
    }
    server = await serve(DIST, extras);
    if (opts.baseline) baselineServer = await serve(opts.baseline, extras);
    browser = await launch();
    Object.assign(report, {
      meta: {
        started: new Date().toISOString(), quick: opts.quick, runs: opts.runs, offers: opts.offers, seed: SEED,
        query: { ...QUERY, new_age: NEW_AGE }, checker: path.relative(ROOT, checker), git: gitDescribe(),
        wasm: { file: wasm[0], bytes: fs.statSync(path.join(DIST, wasm[0])).size },
        chromium: browser.context.browser()?.version() ?? null, node: process.version,
        cpus: os.cpus().length, loadavg_start: os.loadavg(),
        timing: 'ms from navigation start (performance.timeOrigin), or from the keydown of the first digit; '
          + '"painted" = a task posted from the first requestAnimationFrame after the DOM condition (after that '
          + 'frame\'s style, layout and paint), "raf" = that callback, "seen" = the MutationObserver callback',
      },
      offers: {},
    });
    const base = server.url;
    for (const n of opts.offers) {
      const snapshotPath = `/bench/${n}.json`;
      const hashQuery = `#group=${QUERY.group}&age=${QUERY.age}`;
      const urls = {
        app: `${base}/?snapshot=${snapshotPath}${hashQuery}`,
        floor: `${base}/bench/floor.html?snapshot=${snapshotPath}${hashQuery}`,
      };
      if (baselineServer) urls.baseline = `${baselineServer.url}/?snapshot=${snapshotPath}${hashQuery}`;
      const kinds = Object.keys(urls);
      const before = rankedByChecker(checker, files[n], QUERY.age);
      const after = rankedByChecker(checker, files[n], NEW_AGE);
      if (JSON.stringify(before) === JSON.stringify(after)) {
        log(`warning: ${n} offers: ages ${QUERY.age} and ${NEW_AGE} rank the same; the age change is only seen through data-answers-age`);
      }
      const entry = {
        bytes: fs.statSync(files[n]).size, ranked_by_checker: { [QUERY.age]: before.length, [NEW_AGE]: after.length },
        urls: { app: urls.app.slice(base.length), floor: urls.floor.slice(base.length) },
        ...Object.fromEntries(kinds.map((k) => [k, { cold: [], age: [] }])),
      };
      report.offers[n] = entry;
      log(`== ${n.toLocaleString('en-US')} offers (${(entry.bytes / 1048576).toFixed(1)} MiB), ${opts.runs} runs each, alternating`);
      for (let i = 0; i < opts.runs; i += 1) {
        // A different kind goes first in each run.
        const order = kinds.map((_, j) => kinds[(i + j) % kinds.length]);
        for (const kind of order) {
          const r = await coldAndAge(browser.context.browser(), urls[kind], kind === 'floor' ? 'floor' : 'app', `${n} offers, ${kind}, run ${i + 1}`);
          entry[kind].cold.push(r.cold);
          entry[kind].age.push(r.age);
          log(`   run ${i + 1} ${kind.padEnd(8)} cold ${fmtMs(r.cold.painted)} ms (its frame began at ${fmtMs(r.cold.raf)}), `
            + `age ${fmtMs(r.age.ms)} ms (seen by ${r.age.via}), ${fmtCount(r.cold.nodes)} → ${fmtCount(r.age.nodes)} nodes`);
        }
      }
      const parse = await parseInPage(browser.context.browser(), urls.app, snapshotPath, opts.runs, `${n} offers, in-page parse`);
      entry.parse = parse;
      log(`   in-page parse: ${parse.hook ? `wasm ${fmtMs(median(parse.wasm))} ms, JSON.parse ${fmtMs(median(parse.json))} ms` : 'n/a (no hook)'}`);
      entry.sw_reload = await swReload(browser.context.browser(), urls.app, opts.runs, `${n} offers, service-worker reload`);
      log(`   reload from service-worker cache: ${fmtMs(median(entry.sw_reload.map((s) => s.painted)))} ms`);

      const med = (kind, metric, pick) => round1(median(entry[kind][metric].map(pick)));
      entry.medians = {
        app: { cold: med('app', 'cold', (s) => s.painted), cold_raf: med('app', 'cold', (s) => s.raf),
          age: med('app', 'age', (s) => s.ms), age_from_last_key: med('app', 'age', (s) => s.msFromLastKey),
          dom_nodes: med('app', 'cold', (s) => s.nodes), dom_nodes_after_age: med('app', 'age', (s) => s.nodes) },
        floor: { cold: med('floor', 'cold', (s) => s.painted), cold_raf: med('floor', 'cold', (s) => s.raf),
          age: med('floor', 'age', (s) => s.ms), age_from_last_key: med('floor', 'age', (s) => s.msFromLastKey),
          dom_nodes: med('floor', 'cold', (s) => s.nodes), dom_nodes_after_age: med('floor', 'age', (s) => s.nodes) },
        parse: parse.hook ? { wasm: round1(median(parse.wasm)), json_parse: round1(median(parse.json)) } : null,
        sw_reload: round1(median(entry.sw_reload.map((s) => s.painted))),
      };
      if (baselineServer) {
        entry.medians.baseline = { dir: opts.baseline, cold: med('baseline', 'cold', (s) => s.painted),
          age: med('baseline', 'age', (s) => s.ms), dom_nodes: med('baseline', 'cold', (s) => s.nodes) };
      }
      const m = entry.medians;
      rows.push(row('cold', 'cold load → first painted ranked list', n, m.app.cold, m.floor.cold, fmtMs));
      rows.push(row('age', `age change ${QUERY.age}→${NEW_AGE} → painted list`, n, m.app.age, m.floor.age, fmtMs));
      rows.push(row('dom', 'DOM nodes after cold load (count)', n, m.app.dom_nodes, m.floor.dom_nodes, fmtCount));
      rows.push(row('dom_after_age', 'DOM nodes after age change (count)', n, m.app.dom_nodes_after_age, m.floor.dom_nodes_after_age,
        fmtCount));
      rows.push(m.parse
        ? row('parse', 'in-page parse: wasm vs JSON.parse', n, m.parse.wasm, m.parse.json_parse, fmtMs)
        : row('parse', 'in-page parse: wasm vs JSON.parse', n, null, null, fmtMs, 'n/a (no hook)'));
      rows.push(row('sw_reload', 'reload from service-worker cache', n, m.sw_reload, null, fmtMs));
    }
  } finally {
    await browser?.close();
    await server?.close();
    await baselineServer?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  report.meta.finished = new Date().toISOString();
  report.meta.loadavg_end = os.loadavg();
  report.table = rows.map(({ metric, key, offers, target, status, values }) => ({
    metric, key, offers, app: values.app, floor: values.floor, ratio: values.ratio === null ? null : Math.round(values.ratio * 100) / 100,
    target, status,
  }));

  console.log(`\nBrowser benchmark (issue 9): release build in headless Chromium ${report.meta.chromium}, medians of ${opts.runs}, `
    + `query ${QUERY.group} / ${QUERY.age}, then age ${NEW_AGE}${opts.quick ? ' (quick)' : ''}`);
  printTable(rows);
  if (opts.baseline) {
    console.log(`\nThis build beside the baseline ${opts.baseline}, same run, alternating (medians of ${opts.runs}):`);
    for (const [n, entry] of Object.entries(report.offers)) {
      const { app, baseline } = entry.medians;
      for (const [metric, a, b, fmt] of [['cold load', app.cold, baseline.cold, fmtMs], ['age change', app.age, baseline.age, fmtMs],
        ['DOM nodes', app.dom_nodes, baseline.dom_nodes, fmtCount]]) {
        console.log(`  ${Number(n).toLocaleString('en-US').padStart(6)} offers  ${metric.padEnd(10)}  this ${fmt(a).padStart(8)}  `
          + `baseline ${fmt(b).padStart(8)}  this/baseline ${(a / b).toFixed(2)}×`);
      }
    }
  }
  console.log('painted = after the frame\'s style, layout and paint; the JSON also has each frame\'s start (`raf`), '
    + 'before layout. Ratio = app / floor.');
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`raw samples and medians: ${path.relative(process.cwd(), opts.out) || opts.out}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`browser benchmark failed: ${e.stack ?? e}`);
    process.exit(1);
  },
);
