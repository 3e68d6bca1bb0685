/**
 * The benchmark's pages, written by the bench server for each run. Every page carries the same
 * in-page harness (HARNESS) and differs only in what renders the feed: the script-tag bundle's
 * <news-feed>, or the hand-written baseline (bench/baseline.js).
 */

/**
 * In-page timing, in <head> before anything else runs. `window.__benchDone` resolves once
 * `expect` elements have sent `csto-load` and the frame that shows them has been produced (a
 * task queued from requestAnimationFrame runs after that frame's style, layout and paint), with:
 * `time` (ms since navigation start), `items` (articles in the last loaded element's shadow root),
 * `fetchEnd` (when the feed's last byte arrived, from Resource Timing) and `error` (a csto-error).
 */
const HARNESS = `
window.__benchDone = new Promise((resolve) => {
  const expected = Number(document.documentElement.dataset.expect || 1);
  let loads = 0;
  const fetchEnd = () => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/bench/feed-'));
    return entry ? entry.responseEnd : null;
  };
  document.addEventListener('csto-error', (event) => resolve({ error: event.detail.message }));
  document.addEventListener('csto-load', (event) => {
    if (++loads < expected) return;
    const host = event.target;
    requestAnimationFrame(() => setTimeout(() => resolve({
      time: performance.now(),
      items: host.shadowRoot.querySelectorAll('[part~="item"]').length,
      fetchEnd: fetchEnd(),
    })));
  });
});`;

const page = ({ title, expect = 1, head = '', body }) => `<!doctype html>
<html lang="en" data-expect="${expect}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script>${HARNESS}</script>
${head}
</head>
<body style="margin: 0 auto; max-width: 48rem; font: 16px/1.5 system-ui, sans-serif">
${body}
</body>
</html>
`;

const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** <news-feed> from the script-tag bundle (or another classic script: an unminified one, to profile). */
export function oursPage({ src, limit, script = '/dist/csto-widgets.js', controls = false }) {
  return page({
    title: `news-feed: ${src} limit ${limit}`,
    body: `<news-feed src="${attr(src)}" limit="${limit}"${controls ? ' controls' : ''}></news-feed>\n<script src="${attr(script)}"></script>`,
  });
}

/** The hand-written baseline, with <news-feed>'s stylesheet (read from the element by the bench). */
export function baselinePage({ src, limit, css, search = false }) {
  return page({
    title: `baseline: ${src} limit ${limit}`,
    head: `<script>window.BENCH_FEED_CSS = ${JSON.stringify(css).replace(/</g, '\\u003c')};</script>`,
    body: `<div class="bench-baseline" data-src="${attr(src)}" data-limit="${limit}"${search ? ' data-search' : ''}></div>
<script src="/bench/baseline.js"></script>`,
  });
}

/** Ten <news-feed> elements on one `src`: the page the request count is taken on. */
export function tenFeedsPage({ src }) {
  const feeds = Array.from({ length: 10 }, () => `<news-feed src="${attr(src)}" limit="3"></news-feed>`).join('\n');
  return page({
    title: 'ten feeds, one src',
    expect: 10,
    body: `${feeds}\n<script src="/dist/csto-widgets.js"></script>`,
  });
}
