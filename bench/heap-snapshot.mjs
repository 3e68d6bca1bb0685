#!/usr/bin/env node
/**
 * What holds <news-feed>'s heap: the bench's heap page (1 000 releases, `limit=1000`, from the
 * script tag), a garbage collection, then a V8 heap snapshot over the DevTools protocol, summarised
 * by constructor and by what holds the memory (the dominator tree). A diagnostic, not a figure of
 * record: the heap row of `npm run bench` is that.
 *
 *   npm run build && node bench/heap-snapshot.mjs
 *   node bench/heap-snapshot.mjs --n 1000 --limit 10     another feed size or first screen
 *
 * The build is minified: Lit's classes show under one-letter names, known by their fields
 * (`_$AV`, a template instance's parts; `_$AH`, a part's committed value; `_$AM`, its parent).
 *
 * Writes the snapshot to .tmp/bench/news-feed.heapsnapshot (open it in Chrome DevTools' Memory panel).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, FOREGROUND_FLAGS } from '../scripts/chromium.mjs';
import { generateFeed } from './feed.mjs';
import { summariseSnapshot } from './heap-summary.mjs';
import { settledHeapUsed } from './heap-used.mjs';
import { oursPage } from './pages.mjs';
import { startServer } from './server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    limit: { type: 'string', default: '1000' },
  },
});
const n = Number(options.n);
const limit = Number(options.limit);

const server = await startServer({
  dist: join(ROOT, 'dist'),
  benchDir: join(ROOT, 'bench'),
  feeds: new Map([[n, generateFeed(n)]]),
  page: () =>
    oursPage({
      src: `/bench/feed-${n}.json`,
      limit,
      count: Math.min(n, limit),
    }),
});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_FLAGS, ...FOREGROUND_FLAGS],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.origin}/bench/page/ours`, { waitUntil: 'domcontentloaded' });
  const shown = await page.evaluate(() => globalThis.__benchDone);
  if (shown.error) throw new Error(shown.error);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const used = await settledHeapUsed(cdp);
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  const text = chunks.join('');
  mkdirSync(join(ROOT, '.tmp/bench'), { recursive: true });
  const file = join(ROOT, '.tmp/bench/news-feed.heapsnapshot');
  writeFileSync(file, text);
  console.log(
    `<news-feed> with ${n} releases, limit ${limit}, dist/: ` +
      `JSHeapUsedSize ${(used / 2 ** 20).toFixed(2)} MiB after GC; snapshot in ${file}\n`,
  );
  console.log(summariseSnapshot(JSON.parse(text)));
} finally {
  await browser.close();
  await server.close();
}
