#!/usr/bin/env node
// `npm run bench -- web`: the speed of the web app's pages as a visitor on a phone feels it. Starts the built
// server on a free port with a throwaway database, runs Lighthouse (mobile, its default simulated
// throttling, performance + accessibility) several times on every page of web-budget.json in Debian's
// Chromium (CHROME_PATH, else /usr/bin/chromium; Lighthouse downloads no browser), and prints the median of
// each figure as one JSON line ({"bench", "value", "unit", "page", "budget", "within", "load_1m",
// "benchmark_index"}):
//   web_<page>_performance / _accessibility  category scores, 0–100
//   web_<page>_lcp_ms / _fcp_ms / _si_ms / _tbt_ms  Largest and First Contentful Paint, Speed Index,
//                          Total Blocking Time (simulated on the throttled phone)
//   web_<page>_cls         Cumulative Layout Shift
//   web_<page>_transfer_bytes / _script_bytes  everything the page loads / its JavaScript, as sent
// Exits 1, after printing every figure, when a page misses its budget: web-budget.json holds the budget
// every page keeps, and a page added later adds its entry there (with its own "budget" only if it must).
// The server and its database: built-server.mjs. Needs `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { MAIN, startServer, throwawayDatabase } from './built-server.mjs';
import { emit, median } from './measure.mjs';

const {
  runs,
  budget: defaultBudget,
  pages,
} = JSON.parse(readFileSync(new URL('web-budget.json', import.meta.url), 'utf8'));

/** The figures read from a Lighthouse result: [bench suffix, unit, decimals, read, budget key, kind]. */
const FIGURES = [
  ['performance', 'score', 0, (lhr) => lhr.categories.performance.score * 100, 'performance', 'min'],
  ['lcp_ms', 'ms', 0, (lhr) => lhr.audits['largest-contentful-paint'].numericValue, 'lcp_ms', 'max'],
  ['cls', 'score', 3, (lhr) => lhr.audits['cumulative-layout-shift'].numericValue, 'cls', 'max'],
  ['tbt_ms', 'ms', 0, (lhr) => lhr.audits['total-blocking-time'].numericValue, 'tbt_ms', 'max'],
  ['fcp_ms', 'ms', 0, (lhr) => lhr.audits['first-contentful-paint'].numericValue],
  ['si_ms', 'ms', 0, (lhr) => lhr.audits['speed-index'].numericValue],
  ['accessibility', 'score', 0, (lhr) => lhr.categories.accessibility.score * 100, 'accessibility', 'min'],
  ['transfer_bytes', 'bytes', 0, (lhr) => lhr.audits['total-byte-weight'].numericValue],
  [
    'script_bytes',
    'bytes',
    0,
    (lhr) =>
      lhr.audits['network-requests'].details.items
        .filter((request) => request.resourceType === 'Script')
        .reduce((total, request) => total + request.transferSize, 0),
  ],
];

/**
 * One Lighthouse run of a page. A run whose trace came out unusable (NO_NAVSTART and the like, which a busy
 * machine now and then causes) is made again, up to twice, rather than counted.
 */
async function audit(port, url) {
  for (let attempt = 1; ; attempt += 1) {
    // Lighthouse's defaults otherwise: mobile form factor and screen, simulated slow 4G and a 4× slower CPU,
    // a cold cache for every run.
    const result = await lighthouse(url, {
      port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility'],
    });
    const error = result?.lhr.runtimeError;
    if (!error) return result.lhr;
    if (attempt === 3) throw new Error(`${url}: ${error.code} ${error.message}`);
    process.stderr.write(`${url}: ${error.code}, running Lighthouse again\n`);
  }
}

/** Whether a figure keeps its budget: scores at least the floor, times and shifts at most the ceiling. */
const within = (value, limit, kind) => (kind === 'min' ? value >= limit : value <= limit);

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) throw new Error(`no Chromium at ${chromePath} (set CHROME_PATH)`);
if (!existsSync(MAIN)) throw new Error('run `npm run build` first');

const database = await throwawayDatabase();
let server;
let chrome;
const missed = [];
try {
  server = await startServer(database.env);
  chrome = await launch({
    chromePath,
    // --no-sandbox: containers run the bench as root, where Chromium's sandbox cannot start.
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
  for (const page of pages) {
    const budget = { ...defaultBudget, ...page.budget };
    const results = [];
    // How busy the machine was: simulated throttling scales the CPU time it observes, so TBT and LCP grow
    // on a loaded machine. Lighthouse's own CPU benchmark (benchmarkIndex) says the same from inside Chromium.
    const load = loadavg()[0];
    for (let run = 0; run < runs; run += 1) {
      results.push(await audit(chrome.port, `${server.origin}${page.path}`));
    }
    for (const [suffix, unit, decimals, read, key, kind] of FIGURES) {
      // Judged as printed: 0.1004 is a CLS of 0.1.
      const value = Math.round(median(results.map(read)) * 10 ** decimals) / 10 ** decimals;
      const extra = {
        page: page.path,
        runs,
        load_1m: Math.round(load * 10) / 10,
        benchmark_index: Math.round(median(results.map((lhr) => lhr.environment.benchmarkIndex))),
      };
      if (key) {
        extra.budget = `${kind === 'min' ? '>=' : '<='} ${budget[key]}`;
        extra.within = within(value, budget[key], kind);
        if (!extra.within) missed.push(`${page.path} ${suffix} ${value}`);
      }
      emit(`web_${page.name}_${suffix}`, value, unit, extra, decimals);
    }
  }
} finally {
  chrome?.kill();
  await server?.stop();
  await database.drop();
}
if (missed.length) {
  process.stderr.write(`over budget (tools/bench/web-budget.json): ${missed.join('; ')}\n`);
  process.exit(1);
}
