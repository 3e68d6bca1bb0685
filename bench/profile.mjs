/**
 * `npm run bench -- --profile`: where <news-feed>'s time goes. The bench's own page is profiled
 * with the build as it ships (the script tag's loader and the parts it loads, minified), and every
 * sample is mapped back to its source file and function through the build's source maps. The page
 * is CPU-profiled over CDP from before navigation to the frame that shows the releases; self time
 * is printed for the whole visit and for the stretch from the feed's last byte to that frame, with
 * a timeline of what arrived when. The .cpuprofile files go to .tmp/bench/ (open them in Chrome
 * DevTools' Performance panel).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The source of a call frame in the build served under `${origin}/dist/` from `dist`, by the
 * build's source maps: `{ file, line, name }` (`file` relative to `root`), or undefined for code
 * that is not the build's (the page's harness, the browser's own).
 * @param {object} options
 * @param {string} options.root the repository
 * @param {string} options.dist the build the bench serves
 * @param {string} options.origin the bench server's origin
 * @returns {(callFrame: { url: string, lineNumber: number, columnNumber: number }) => { file: string, line: number, name?: string } | undefined}
 */
export function buildSourceMapper({ root, dist, origin }) {
  const maps = new Map();
  const mapOf = (url) => {
    const prefix = `${origin}/dist/`;
    if (!url.startsWith(prefix)) return undefined;
    const file = join(dist, decodeURIComponent(new URL(url).pathname.slice('/dist/'.length)));
    if (!maps.has(file)) {
      const mapFile = `${file}.map`;
      maps.set(
        file,
        existsSync(mapFile)
          ? { map: new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))), dir: dirname(mapFile) }
          : undefined,
      );
    }
    return maps.get(file);
  };
  return ({ url, lineNumber, columnNumber }) => {
    const found = mapOf(url);
    if (!found) return undefined;
    const entry = found.map.findEntry(lineNumber, columnNumber);
    if (!entry?.originalSource) return undefined;
    return {
      file: relative(root, resolve(found.dir, entry.originalSource)),
      line: entry.originalLine + 1,
      name: entry.name,
    };
  };
}

/** A file of a dependency as its package (`lit-html`, `@lit/task`), one of ours as its path. */
export function sourceGroup(file) {
  const dependency = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  return dependency ? dependency[1] : file;
}

/**
 * Self time by source (file or package) and by function from a CDP CPU profile, largest first;
 * only the samples taken in [from, to) (µs, the profile's clock) when given. Samples outside the
 * build are named by their URL's file, or by V8's own names: `(program)` is the browser's native
 * work (parsing HTML and script, style, layout), `(garbage collector)` is V8's.
 * @param {{ nodes: object[], samples: number[], timeDeltas: number[], startTime: number }} profile
 * @param {(callFrame: { url: string, lineNumber: number, columnNumber: number }) => { file: string, line: number, name?: string } | undefined} sourceOf
 * @param {{ from?: number, to?: number }} [window]
 */
export function selfTimes(profile, sourceOf, { from = -Infinity, to = Infinity } = {}) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map();
  const bySource = new Map();
  const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);
  let time = profile.startTime;
  profile.samples.forEach((id, index) => {
    time += profile.timeDeltas[index] ?? 0;
    // A sample stands for the time until the next one.
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    if (time < from || time >= to) return;
    const { callFrame } = byNode.get(id);
    const mapped = sourceOf(callFrame);
    const file = mapped?.file ?? (callFrame.url ? callFrame.url.split('/').pop() : '');
    const name = mapped?.name || callFrame.functionName || '(anonymous)';
    add(byFunction, file ? `${name} ${file}:${mapped?.line ?? callFrame.lineNumber + 1}` : name, ms);
    add(bySource, file ? sourceGroup(file) : callFrame.functionName || '(native)', ms);
  });
  const sorted = (map) => [...map].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]);
  return { byFunction: sorted(byFunction), bySource: sorted(bySource) };
}

/** What the trace records of the renderer's main thread: tasks, script, style, layout, paint, GC. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'].join(',');

/**
 * Self time on the page's main thread by trace event name (`ParseHTML`, `v8.compileModule`,
 * `FunctionCall`, `UpdateLayoutTree`, `Layout`, `Paint`, `MinorGC`, …), largest first: each
 * complete event's duration less its children's, counted in [from, to) (µs, the trace's clock) by
 * when it started. The main thread is the renderer's (`CrRendererMain`) with the most events: the
 * page's own, not a blank tab's.
 * @param {object[]} events Chromium trace events
 * @param {{ from?: number, to?: number }} [window]
 */
export function mainThreadTimes(events, { from = -Infinity, to = Infinity } = {}) {
  const mainThreads = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const byThread = new Map();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || !mainThreads.has(thread) || !(event.dur > 0)) continue;
    if (!byThread.has(thread)) byThread.set(thread, []);
    byThread.get(thread).push(event);
  }
  const [busiest = []] = [...byThread.values()].sort((a, b) => b.length - a.length);
  const tasks = busiest.map((event) => ({ ...event, self: event.dur })).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const open = [];
  for (const task of tasks) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= task.ts) open.pop();
    const parent = open.at(-1);
    if (parent) parent.self -= Math.min(task.dur, parent.ts + parent.dur - task.ts);
    open.push(task);
  }
  const byName = new Map();
  for (const task of tasks)
    if (task.ts >= from && task.ts < to) byName.set(task.name, (byName.get(task.name) ?? 0) + task.self / 1000);
  return [...byName].filter(([, ms]) => ms >= 0.05).sort((a, b) => b[1] - a[1]);
}

const total = (rows) => rows.reduce((sum, [, ms]) => sum + ms, 0);

function printRows(title, rows, count) {
  const all = total(rows);
  console.log(`  ${title} (${all.toFixed(0)} ms busy):`);
  for (const [name, ms] of rows.slice(0, count))
    console.log(`  ${ms.toFixed(1).padStart(8)} ms ${((ms / all) * 100).toFixed(0).padStart(3)} %  ${name}`);
}

/**
 * Profiles one visit of `path` (one of the bench's pages, unthrottled, after one visit not
 * profiled, as the bench's rows) and prints a timeline (the script tag, the parts, the feed, the
 * frame; ms from navigation start), the main thread's time by kind of work from the trace, and
 * the top of the CPU profile's self times: over the whole visit, and from the feed's last byte to
 * the frame.
 * @param {object} options
 * @param {string} options.root the repository
 * @param {string} options.name what was profiled, for the heading and the file name
 * @param {string} options.path the page
 * @param {ReturnType<typeof buildSourceMapper>} options.sourceOf
 * @param {(path: string, hooks?: object) => Promise<object>} options.visit the bench's page visit
 */
export async function profileCase({ root, name, path, sourceOf, visit }) {
  await visit(path);
  const { profile, trace, time, resources, finished } = await visit(path, {
    before: async (page, context) => {
      const cdp = await context.newCDPSession(page);
      // The protocol's network timestamps, the trace's and the profile's share one monotonic clock.
      const finished = new Map();
      const urls = new Map();
      const trace = [];
      cdp.on('Network.requestWillBeSent', ({ requestId, request }) => urls.set(requestId, request.url));
      cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => finished.set(urls.get(requestId), timestamp));
      cdp.on('Tracing.dataCollected', ({ value }) => trace.push(...value));
      await cdp.send('Network.enable');
      await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      return { cdp, finished, trace };
    },
    after: async (page, context, { cdp, finished, trace }) => {
      const { profile } = await cdp.send('Profiler.stop');
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      return { profile, trace, finished };
    },
  });
  mkdirSync(join(root, '.tmp/bench'), { recursive: true });
  const file = join('.tmp/bench', `${name}.cpuprofile`);
  writeFileSync(join(root, file), JSON.stringify(profile));
  writeFileSync(join(root, '.tmp/bench', `${name}.trace.json`), JSON.stringify({ traceEvents: trace }));

  const feed = resources.find((entry) => entry.name.includes('/bench/feed-'));
  const scripts = resources.filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname));
  const loader = scripts.find((entry) => entry.name.endsWith('/csto-widgets.js'));
  const parts = scripts.filter((entry) => entry !== loader);
  const at = (value) => `${value.toFixed(0)} ms`;
  console.log(`\nCPU profile, ${name} (the build, by its source maps): shown at ${at(time)}; ${file}`);
  console.log(
    `  timeline from navigation start: the script tag in at ${loader ? at(loader.responseEnd) : '?'}; ` +
      `${parts.length} part files requested ${parts.length ? at(Math.min(...parts.map((e) => e.startTime))) : '?'}, ` +
      `in by ${parts.length ? at(Math.max(...parts.map((e) => e.responseEnd))) : '?'}; ` +
      `the feed requested ${feed ? at(feed.startTime) : '?'}, in at ${feed ? at(feed.responseEnd) : '?'}; ` +
      `the frame at ${at(time)}`,
  );
  const feedFinished = feed && finished.get(feed.name);
  if (feedFinished === undefined) {
    printRows('main thread by kind of work, the whole visit', mainThreadTimes(trace), 14);
    printRows('self time by source, the whole visit', selfTimes(profile, sourceOf).bySource, 14);
    printRows('self time by function, the whole visit', selfTimes(profile, sourceOf).byFunction, 20);
    return;
  }
  // The frame, on the protocol's clock: the feed's end there, plus what the page saw after it.
  const feedIn = feedFinished * 1e6;
  const frame = feedIn + (time - feed.responseEnd) * 1000;
  const before = { to: feedIn };
  const after = { from: feedIn, to: frame };
  console.log(`  until the feed's last byte (${at(feed.responseEnd)}):`);
  printRows('  main thread by kind of work', mainThreadTimes(trace, before), 10);
  printRows('  self time by source', selfTimes(profile, sourceOf, before).bySource, 10);
  console.log(`  from the feed's last byte to the frame (${at(time - feed.responseEnd)}):`);
  printRows('  main thread by kind of work', mainThreadTimes(trace, after), 14);
  printRows('  self time by source', selfTimes(profile, sourceOf, after).bySource, 14);
  printRows('  self time by function', selfTimes(profile, sourceOf, after).byFunction, 20);
}
