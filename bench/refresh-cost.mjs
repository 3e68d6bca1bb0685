#!/usr/bin/env node
/**
 * What a `refresh` costs the reader's main thread: a `<news-feed limit="1000" refresh="1">` from
 * the script tag, and the long tasks (over 50 ms, the browser's own count) of its next three
 * refreshes of an unchanged answer, per refresh. With `--against DIR`, the build in DIR beside
 * this one, visits alternating. A diagnostic, as heap-snapshot.mjs is, not a row of `npm run bench`.
 *
 *   npm run build && node bench/refresh-cost.mjs
 *   node bench/refresh-cost.mjs --against /tmp/main-dist --runs 6
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, FOREGROUND_FLAGS } from '../scripts/chromium.mjs';
import { generateFeed } from './feed.mjs';
import { startServer } from './server.mjs';
import { alternatingOrder, median, spread } from './statistics.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    against: { type: 'string' },
    runs: { type: 'string', default: '6' },
    n: { type: 'string', default: '1000' },
  },
});
const n = Number(options.n);
const REFRESHES = 3;
const feeds = new Map([[n, generateFeed(n)]]);
const page = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>refresh</title></head><body>
<news-feed src="/bench/feed-${n}.json" limit="${n}" refresh="1"></news-feed>
<script src="/dist/csto-widgets.js"></script>
</body></html>`;

const builds = { 'this build': join(ROOT, 'dist'), ...(options.against && { 'that build': options.against }) };
const servers = {};
for (const [name, dist] of Object.entries(builds))
  servers[name] = await startServer({ dist, benchDir: join(ROOT, 'bench'), feeds, page });

/** Long-task milliseconds per refresh, from the first answer's settling to the third refresh's. */
function refreshLongTasks(refreshes) {
  return new Promise((resolve) => {
    const feed = globalThis.document.querySelector('news-feed');
    const tasks = [];
    const observer = new globalThis.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    let loads = 0;
    feed.addEventListener('csto-load', () => {
      loads++;
      // The first answer's own work (its first render, reading the rest when idle) is not a refresh's.
      if (loads === 1) setTimeout(() => observer.observe({ type: 'longtask' }), 500);
      if (loads === refreshes + 1)
        setTimeout(() => {
          observer.disconnect();
          resolve({ perRefresh: tasks.reduce((sum, task) => sum + task, 0) / refreshes });
        }, 300);
    });
  });
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_FLAGS, ...FOREGROUND_FLAGS],
});
const results = Object.fromEntries(Object.keys(builds).map((name) => [name, []]));
try {
  for (const name of alternatingOrder(Object.keys(builds), Number(options.runs))) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    await tab.goto(`${servers[name].origin}/bench/page/refresh`);
    const { perRefresh } = await tab.evaluate(refreshLongTasks, REFRESHES);
    results[name].push(perRefresh);
    await context.close();
  }
} finally {
  await browser.close();
  for (const server of Object.values(servers)) await server.close();
}
console.log(
  `<news-feed limit="${n}" refresh="1">, an unchanged answer: long tasks per refresh, ${REFRESHES} refreshes a visit`,
);
for (const [name, values] of Object.entries(results)) {
  const { min, max } = spread(values);
  console.log(
    `  ${name}: median ${median(values).toFixed(0)} ms (${min.toFixed(0)}–${max.toFixed(0)} ms), ${values.length} visits`,
  );
}
