#!/usr/bin/env node
/**
 * `npm run bench`: what <news-feed> costs a page, beside a hand-written limit, in one table.
 *
 *   npm run build && npm run bench
 *   npm run bench -- --runs 11         runs per timing (default 7, the median is shown)
 *   npm run bench -- --profile         also CPU-profile <news-feed> at 1 000 of 1 000 and 10 of
 *                                      10 000 and print where the time goes, by function and by
 *                                      source file; the profiled script is src/script-tag.ts
 *                                      bundled unminified in memory by esbuild (readable names),
 *                                      the .cpuprofile files go to .tmp/bench/
 *   npm run bench -- --profile-only    the profiles without the table
 *   npm run bench -- --bundle FILE     time FILE (a classic script, e.g. a proposal's build) in
 *                                      place of dist/csto-widgets.js; the size rows stay dist's
 *   npm run bench -- --keystroke-only  only the search rows: <news-feed controls> over 10 000
 *                                      releases, a query typed a key at a time
 *
 * Serves the repo's dist/ and bench/ plus generated feeds (bench/feed.mjs: 100, 1 000 and 10 000
 * releases) from 127.0.0.1 on a random port, and drives Debian Chromium headless through
 * playwright-core, a fresh browser context per run, our page and the baseline's alternating.
 * Times are from navigation start to the frame after `csto-load` (see bench/pages.mjs). Builds
 * nothing: run `npm run build` first. Size rows come from scripts/size.mjs.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { generateFeed } from '../bench/feed.mjs';
import { baselinePage, oursPage, tenFeedsPage } from '../bench/pages.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import { formatShares, kib, measureSizes, withinBudget } from './size.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [100, 1_000, 10_000];
const FIRST_SCREEN = 10; // <news-feed>'s default `limit`
const TARGET_RATIO = 1.5;
const HEAP_RUNS = 3;
const RUN_TIMEOUT_MS = 60_000;
const STATIC_ROOTS = ['dist/', 'bench/'];
const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
};

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    profile: { type: 'boolean', default: false },
    'profile-only': { type: 'boolean', default: false },
    bundle: { type: 'string' },
    'keystroke-only': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(options.runs) || 7);
/** Typed a key at a time into the search field; words of bench/feed.mjs's English dictionary. */
const TYPED_QUERY = 'security council';
const KEYSTROKE_TARGET_MS = 50;

if (!existsSync(join(ROOT, 'dist/csto-widgets.js'))) {
  console.error('dist/csto-widgets.js is missing: run `npm run build` first (the benchmark builds nothing).');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// The server: static dist/ and bench/, the feeds (counted per path + query), and the pages.

const feeds = new Map(SIZES.map((n) => [n, Buffer.from(JSON.stringify(generateFeed(n)))]));
/** Requests seen per feed path + query. */
const feedRequests = new Map();
/** <news-feed>'s stylesheet, read from the element once, for the baseline's shadow root. */
let feedCss = '';
/** With --profile: the unminified bundle, and the source file each of its lines comes from. */
let profileBundle;

function send(res, status, type, body) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function handle(req, res) {
  const url = new URL(req.url, 'http://bench.invalid');
  const params = url.searchParams;
  const feed = /^\/bench\/feed-(\d+)\.json$/.exec(url.pathname);
  if (feed && feeds.has(Number(feed[1]))) {
    const key = url.pathname + url.search;
    feedRequests.set(key, (feedRequests.get(key) ?? 0) + 1);
    return send(res, 200, 'application/json; charset=utf-8', feeds.get(Number(feed[1])));
  }
  const src = `/bench/feed-${params.get('n')}.json${params.has('tag') ? `?run=${params.get('tag')}` : ''}`;
  const limit = Number(params.get('limit'));
  const html = 'text/html; charset=utf-8';
  if (url.pathname === '/bench/page/ours') {
    const script = params.has('profile')
      ? '/bench/profile-bundle.js'
      : options.bundle
        ? '/bench/other-bundle.js'
        : undefined;
    return send(res, 200, html, oursPage({ src, limit, script, controls: params.has('controls') }));
  }
  if (url.pathname === '/bench/page/baseline')
    return send(res, 200, html, baselinePage({ src, limit, css: feedCss, search: params.has('search') }));
  if (url.pathname === '/bench/page/ten') return send(res, 200, html, tenFeedsPage({ src }));
  if (url.pathname === '/bench/profile-bundle.js' && profileBundle)
    return send(res, 200, TYPES['.js'], profileBundle.code);
  if (url.pathname === '/bench/other-bundle.js' && options.bundle)
    return send(res, 200, TYPES['.js'], readFileSync(options.bundle));

  const file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
  const inside = STATIC_ROOTS.some((dir) => file.startsWith(join(ROOT, dir)));
  if (!inside || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'text/plain', 'not found');
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  createReadStream(file).pipe(res);
}

const server = createServer(handle);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------
// The browser.

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_FLAGS,
});

/** Opens `path` in a fresh context, waits for the harness, then `after(page, context)`; closes the context. */
async function visit(path, after, before) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    const state = before ? await before(page, context) : undefined;
    await page.goto(origin + path, { waitUntil: 'domcontentloaded', timeout: RUN_TIMEOUT_MS });
    const result = await Promise.race([
      page.evaluate(() => globalThis.__benchDone),
      new Promise((resolve) =>
        setTimeout(() => resolve({ error: `no csto-load within ${RUN_TIMEOUT_MS} ms` }), RUN_TIMEOUT_MS).unref(),
      ),
    ]);
    if (result.error) throw new Error(`${path}: ${[result.error, ...problems].join('; ')}`);
    return { ...result, ...(after ? await after(page, context, state) : {}) };
  } finally {
    await context.close();
  }
}

const pagePath = (kind, n, limit, extra = '') => `/bench/page/${kind}?n=${n}&limit=${limit}${extra}`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function readFeedCss() {
  const { css } = await visit(pagePath('ours', 100, 1), (page) =>
    page.evaluate(() => ({
      css: globalThis.document
        .querySelector('news-feed')
        .shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n'),
    })),
  );
  return css;
}

/** Median times of ours and the baseline for one case, runs alternating which goes first. */
async function timeCase(n, limit) {
  const ours = [];
  const baseline = [];
  const oursFetchEnd = [];
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 ? ['baseline', 'ours'] : ['ours', 'baseline'];
    for (const kind of order) {
      const result = await visit(pagePath(kind, n, limit));
      const expected = Math.min(limit, n);
      if (result.items !== expected)
        throw new Error(`${kind} rendered ${result.items} of ${expected} releases (n=${n})`);
      (kind === 'ours' ? ours : baseline).push(result.time);
      if (kind === 'ours') oursFetchEnd.push(result.fetchEnd);
    }
  }
  return { ours, baseline, oursFetchEnd };
}

/**
 * Types TYPED_QUERY into the page's search a key at a time: <news-feed controls>'s field (an
 * input event, as a key press sends), or the baseline's `benchSearch`. Each time is from the
 * key to the frame that shows the new list (a task queued from requestAnimationFrame).
 */
function typeQuery(page, kind) {
  return page.evaluate(
    async ({ kind, text }) => {
      const frame = () => new Promise((resolve) => globalThis.requestAnimationFrame(() => setTimeout(resolve)));
      const host = globalThis.document.querySelector(kind === 'ours' ? 'news-feed' : '.bench-baseline');
      const input = host.shadowRoot.querySelector('[part~="search"]');
      const search =
        kind === 'ours'
          ? async (query) => {
              input.value = query;
              input.dispatchEvent(new globalThis.InputEvent('input', { bubbles: true, composed: true }));
              await host.updateComplete;
            }
          : async (query) => host.benchSearch(query);
      await frame();
      const times = [];
      for (let length = 1; length <= text.length; length++) {
        const start = performance.now();
        await search(text.slice(0, length));
        await frame();
        times.push(performance.now() - start);
      }
      return { times, items: host.shadowRoot.querySelectorAll('[part~="item"]').length };
    },
    { kind, text: TYPED_QUERY },
  );
}

/** Keystroke times over n releases, ours (`controls`) and the baseline's, runs alternating. */
async function timeKeystrokes(n) {
  const result = { ours: { first: [], later: [] }, baseline: { first: [], later: [] } };
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 ? ['baseline', 'ours'] : ['ours', 'baseline'];
    for (const kind of order) {
      const extra = kind === 'ours' ? '&controls' : '&search';
      const { times, items } = await visit(pagePath(kind, n, FIRST_SCREEN, extra), (page) => typeQuery(page, kind));
      if (items !== FIRST_SCREEN)
        throw new Error(`${kind} showed ${items} matches for "${TYPED_QUERY}", not ${FIRST_SCREEN}`);
      result[kind].first.push(times[0]);
      result[kind].later.push(...times.slice(1));
    }
  }
  return result;
}

async function keystrokeRows() {
  const n = 10_000;
  const { ours, baseline } = await timeKeystrokes(n);
  const oursMedian = median(ours.later);
  const ok = oursMedian <= KEYSTROKE_TARGET_MS;
  if (!ok) misses++;
  row(
    `search keystroke over ${thousands(n)} releases (controls)`,
    ms(oursMedian),
    ms(median(baseline.later)),
    `${(oursMedian / median(baseline.later)).toFixed(2)}x`,
    `target <= ${KEYSTROKE_TARGET_MS} ms: ${ok ? 'ok' : 'MISSED'}; key to frame, median of ${ours.later.length} ` +
      `keys typing "${TYPED_QUERY}" after the first; ours ${range(ours.later)}, baseline ${range(baseline.later)}`,
  );
  row(
    `search first keystroke over ${thousands(n)}, right after load`,
    ms(median(ours.first)),
    ms(median(baseline.first)),
    `${(median(ours.first) / median(baseline.first)).toFixed(2)}x`,
    `indexes what idle time has not yet (once per feed and language); ours ${range(ours.first)}, baseline ${range(baseline.first)}`,
  );
}

async function heapAfterRender(kind, n) {
  const sizes = [];
  for (let run = 0; run < HEAP_RUNS; run++) {
    const { heap } = await visit(pagePath(kind, n, n), async (page, context) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return { heap: metrics.find((metric) => metric.name === 'JSHeapUsedSize').value };
    });
    sizes.push(heap);
  }
  return median(sizes);
}

async function requestsByTenFeeds() {
  const tag = `ten-${Date.now()}`;
  await visit(`/bench/page/ten?n=100&tag=${tag}`);
  return feedRequests.get(`/bench/feed-100.json?run=${tag}`) ?? 0;
}

/** The script-tag entry bundled unminified, with each line's source file (esbuild's `// path` comments). */
async function bundleForProfile() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const result = await build({
    entryPoints: [join(ROOT, 'src/script-tag.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2021',
    conditions: ['production'],
    define: { __CSTO_VERSION__: JSON.stringify(version) },
    tsconfig: join(ROOT, 'tsconfig.json'),
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  const code = result.outputFiles[0].text;
  let file = '';
  const fileOfLine = code.split('\n').map((line) => {
    const comment = /^\s*\/\/ ((?:node_modules|src)\/\S+)$/.exec(line);
    if (comment) file = comment[1];
    return file;
  });
  return { code, fileOfLine };
}

/** Self time by function and by source file from a CDP CPU profile, largest first. */
function selfTimes(profile) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map();
  const byFile = new Map();
  const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);
  profile.samples.forEach((id, index) => {
    const { callFrame } = byNode.get(id);
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const bundled = callFrame.url.endsWith('/bench/profile-bundle.js');
    const file = bundled ? profileBundle.fileOfLine[callFrame.lineNumber] : callFrame.url.split('/').pop();
    add(
      byFunction,
      `${callFrame.functionName || '(anonymous)'}${file ? ` ${file}:${callFrame.lineNumber + 1}` : ''}`,
      ms,
    );
    add(byFile, file || callFrame.functionName || '(native)', ms);
  });
  const sorted = (map) => [...map].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]);
  return { byFunction: sorted(byFunction), byFile: sorted(byFile) };
}

async function profileCase(n, limit) {
  const { profile, time } = await visit(
    pagePath('ours', n, limit, '&profile'),
    async (page, context, cdp) => ({ profile: (await cdp.send('Profiler.stop')).profile }),
    async (page, context) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      return cdp;
    },
  );
  mkdirSync(join(ROOT, '.tmp/bench'), { recursive: true });
  const file = join('.tmp/bench', `news-feed-${limit}-of-${n}.cpuprofile`);
  writeFileSync(join(ROOT, file), JSON.stringify(profile));
  const { byFunction, byFile } = selfTimes(profile);
  console.log(`\nCPU profile, <news-feed> ${limit} of ${n} (unminified): ${time.toFixed(0)} ms to the frame; ${file}`);
  console.log('  self time by source file:');
  for (const [name, ms] of byFile.slice(0, 12)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
  console.log('  self time by function:');
  for (const [name, ms] of byFunction.slice(0, 20)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
}

// ---------------------------------------------------------------------------------------------

const ms = (value) => `${value.toFixed(0)} ms`;
const range = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
const thousands = (n) => n.toLocaleString('en-US').replace(/,/g, ' ');

const rows = [];
const row = (measure, ours = '', baseline = '', ratio = '', note = '') =>
  rows.push([measure, ours, baseline, ratio, note]);
let misses = 0;

/** Measures everything and prints the table. */
async function printTable() {
  const started = Date.now();
  if (options['keystroke-only']) {
    feedCss = await readFeedCss();
    await keystrokeRows();
    printRows(started);
    return;
  }
  for (const size of await measureSizes()) {
    if (size.error) {
      row(`size: ${size.name}`, 'ERROR', '', '', size.error);
      continue;
    }
    const name = size.name.startsWith('dist/') ? size.name : `${size.name} entry, bundled alone`;
    const budget = size.reference
      ? ''
      : size.budget
        ? `budget ${kib(size.budget)} gzip: ${withinBudget(size) ? 'ok' : 'OVER'}; `
        : 'no budget; ';
    const onUse = size.onUseGzip ? `+${kib(size.onUseGzip)} gzip in chunks loaded on first use; ` : '';
    const part = size.part ? 'loaded on first use; ' : '';
    row(
      `gzip / brotli: ${name}`,
      `${kib(size.gzip)} / ${kib(size.brotli)}`,
      '',
      '',
      `${budget}${part}${onUse}${formatShares(size)}`,
    );
  }

  feedCss = await readFeedCss();
  await visit(pagePath('ours', 100, 10)); // warm-up: first launch, disk cache of the bundle
  await visit(pagePath('baseline', 100, 10));

  for (const n of SIZES) {
    for (const limit of [FIRST_SCREEN, n]) {
      const { ours, baseline, oursFetchEnd } = await timeCase(n, limit);
      const ratio = median(ours) / median(baseline);
      const target = (n === 1_000 && limit === n) || (n === 10_000 && limit === FIRST_SCREEN);
      if (target && ratio > TARGET_RATIO) misses++;
      const what = limit === n ? `all ${thousands(n)} (limit ${thousands(n)})` : `first screen (${FIRST_SCREEN})`;
      row(
        `${thousands(n)} releases: ${what}`,
        ms(median(ours)),
        ms(median(baseline)),
        `${ratio.toFixed(2)}x`,
        `${target ? `target <= ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? 'ok' : 'MISSED'}; ` : ''}` +
          `ours ${range(ours)}, baseline ${range(baseline)}; feed in at ${ms(median(oursFetchEnd))}`,
      );
    }
  }

  const heapOurs = await heapAfterRender('ours', 1_000);
  const heapBaseline = await heapAfterRender('baseline', 1_000);
  row(
    'JS heap after rendering 1 000 (after GC)',
    `${(heapOurs / 2 ** 20).toFixed(1)} MiB`,
    `${(heapBaseline / 2 ** 20).toFixed(1)} MiB`,
    `${(heapOurs / heapBaseline).toFixed(2)}x`,
    `JSHeapUsedSize, median of ${HEAP_RUNS}`,
  );

  const requests = await requestsByTenFeeds();
  if (requests !== 1) misses++;
  row(
    'requests by ten <news-feed> on one src',
    String(requests),
    '',
    '',
    `expected 1: ${requests === 1 ? 'ok' : 'MISSED'}`,
  );

  await keystrokeRows();
  printRows(started);
}

function printRows(started) {
  const header = ['measure', 'csto-widgets', 'hand-written', 'ratio', 'notes'];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => cells[column].length)));
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log(
    [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n'),
  );
  if (options.bundle) console.log(`\ncsto-widgets column: ${options.bundle}`);
  console.log(
    `\nMedian of ${RUNS} runs per timing, Chromium ${browser.version()} headless, ${origin}; ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s. Reproduce: npm run build && npm run bench`,
  );
}

try {
  if (!options['profile-only']) await printTable();
  if (options.profile || options['profile-only']) {
    profileBundle = await bundleForProfile();
    await profileCase(1_000, 1_000);
    await profileCase(10_000, FIRST_SCREEN);
  }
} finally {
  await browser.close();
  server.close();
}
// Timings are reported, not enforced (they vary by machine); a missed target is said, not failed.
if (misses) console.log(`\n${misses} target(s) missed.`);
