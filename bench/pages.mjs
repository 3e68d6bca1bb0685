/**
 * The benchmark's pages, written by the bench server for each visit. Every page carries the same
 * in-page harness (HARNESS) and marks what it waits for on the elements themselves:
 * `data-bench-shows` (a selector inside the element's shadow root) and `data-bench-count` (how
 * many matches mean "shown"). The pages differ only in what renders: our elements from the script
 * tag, or the limit (the same final markup written at once).
 */

/**
 * In-page timing, in <head> before anything else runs. On every animation frame it checks whether
 * each marked element's shadow root holds its count of matches; the first frame in which all do
 * is the frame that paints them (rAF callbacks run before that frame's style, layout and paint),
 * and a task queued from that callback runs once the frame is done. `window.__benchDone` then
 * resolves with `time` (ms since navigation start), `counts` (matches per marked element),
 * `liveAt` (when every marked custom element was defined and had rendered; undefined for none), the
 * Resource Timing entries that had ended by then and the navigation's own entry; or with `error`
 * on a `csto-error`.
 * Paint and Element Timing entries cannot say this: Chromium reports no element timing from
 * shadow trees, and the first contentful paint may be a fallback link.
 */
const HARNESS = `
window.__benchDone = new Promise((resolve) => {
  const count = (host) => host.shadowRoot ? host.shadowRoot.querySelectorAll(host.dataset.benchShows).length : 0;
  const shown = (host) => count(host) >= Number(host.dataset.benchCount || 1);
  const resources = () => performance.getEntriesByType('resource').map((e) => ({
    name: e.name, startTime: e.startTime, responseEnd: e.responseEnd, encodedBodySize: e.encodedBodySize,
  }));
  // When every marked custom element is defined and has rendered (its code is here and in charge),
  // which may come after the frame that shows it (a first screen drawn before the element's code).
  let liveAt;
  const live = async (hosts) => {
    const elements = hosts.filter((host) => host.localName.includes('-'));
    if (!elements.length) return;
    await Promise.all(elements.map((host) => customElements.whenDefined(host.localName).then(() => host.updateComplete)));
    liveAt = performance.now();
  };
  document.addEventListener('csto-error', (event) =>
    resolve({ error: event.detail.kind + ': ' + event.detail.message }));
  const check = () => {
    const hosts = [...document.querySelectorAll('[data-bench-shows]')];
    if (!hosts.length || !hosts.every(shown)) return requestAnimationFrame(check);
    setTimeout(async () => {
      const time = performance.now();
      const counts = hosts.map(count);
      await live(hosts);
      const [nav] = performance.getEntriesByType('navigation');
      resolve({
        time,
        counts,
        liveAt,
        resources: resources(),
        navigation: {
          requestStart: nav.requestStart, responseEnd: nav.responseEnd, encodedBodySize: nav.encodedBodySize,
        },
      });
    });
  };
  requestAnimationFrame(check);
});`;

const page = ({ title, head = '', body }) => `<!doctype html>
<html lang="en">
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

/** The harness's marks: shown once `count` matches of `selector` are in the element's shadow root. */
const shows = (selector, count) => `data-bench-shows="${attr(selector)}" data-bench-count="${count}"`;

const SCRIPT_TAG = '/dist/csto-widgets.js';

/** One <news-feed>, shown once `count` releases are in it, from the script tag. */
export function oursPage({ src, limit, count, controls = false }) {
  return page({
    title: `news-feed: ${src} limit ${limit}`,
    body:
      `<news-feed src="${attr(src)}" limit="${limit}"${controls ? ' controls' : ''} ${shows('[part~=item]', count)}></news-feed>\n` +
      `<script src="${SCRIPT_TAG}"></script>`,
  });
}

/**
 * The limit's work once its feed is on its way (`window.limitFeed`): the markup read from the
 * page, and set with one innerHTML once the feed is parsed.
 */
const LIMIT_RENDER = `{
  const carrier = document.getElementById('limit-markup');
  const markup = carrier.textContent;
  carrier.remove();
  window.limitFeed
    .then((feed) => {
      if (!Array.isArray(feed.releases)) throw new Error('no releases in the feed');
      document.getElementById('limit').attachShadow({ mode: 'open' }).innerHTML = markup;
    })
    .catch((error) =>
      document.dispatchEvent(new CustomEvent('csto-error', { detail: { kind: 'limit', message: String(error) } })));
  delete window.limitFeed;
}`;

const limitFetch = (src) => `window.limitFeed = fetch(${JSON.stringify(src)}).then((response) => response.json());`;

/**
 * The limit: the same feed fetched and parsed (`res.json()`), then the element's own final markup
 * and stylesheet (`markup`, read from a rendered <news-feed> by the bench) set with one innerHTML
 * into a shadow root. No library, no templating. The fetch starts before the markup is parsed, as
 * early as the page can send it. The markup travels in the page's HTML as the text of a
 * `<script type="text/plain">` (see bench/final-markup.mjs), removed once read so the heap row
 * does not count it.
 */
export function limitPage({ src, count, markup }) {
  return page({
    title: `limit: ${src}, ${count} releases`,
    body: `<div id="limit" ${shows('[part~=item]', count)}></div>
<script>${limitFetch(src)}</script>
<script type="text/plain" id="limit-markup">${markup}</script>
<script>
${LIMIT_RENDER}
</script>`,
  });
}

/**
 * The limit's work from one script file at the end of the page, where a webmaster pastes ours
 * (`limitScript`, served as `/bench/page/limit-script.js`): what any widget loaded by one script
 * tag waits for before it can ask for its feed. The markup stays in the page's HTML, as above.
 */
export function limitScriptPage({ src, count, markup }) {
  return page({
    title: `limit from a script file: ${src}, ${count} releases`,
    body: `<div id="limit" ${shows('[part~=item]', count)}></div>
<script type="text/plain" id="limit-markup">${markup}</script>
<script src="/bench/page/limit-script.js?src=${attr(encodeURIComponent(src))}"></script>`,
  });
}

/** The script of `limitScriptPage`: the limit's fetch, then its work. */
export const limitScript = (src) => `${limitFetch(src)}\n${LIMIT_RENDER}\n`;

/**
 * The kinds of page whose script is weighed. `feedSrc` is a feed whose newest release has an event
 * (bench/feed.mjs gives every tenth release one, and numbers the newest `n`).
 */
export const PAGE_KINDS = {
  'one <news-feed>': ({ feedSrc }) => `<news-feed src="${attr(feedSrc)}" ${shows('[part~=item]', 10)}></news-feed>`,
  'only a <member-states-badge>': () => `<member-states-badge ${shows('[part~=state]', 6)}></member-states-badge>`,
  'all three elements': ({ feedSrc, eventId }) =>
    `<news-feed src="${attr(feedSrc)}" ${shows('[part~=item]', 10)}></news-feed>\n` +
    `<event-card src="${attr(feedSrc)}" release-id="${attr(eventId)}" ${shows('[part~=name]', 1)}></event-card>\n` +
    `<member-states-badge ${shows('[part~=state]', 6)}></member-states-badge>`,
};

/** A page of one kind (a key of PAGE_KINDS), the elements before the script tag as a webmaster pastes them. */
export function kindPage(kind, options) {
  return page({ title: kind, body: `${PAGE_KINDS[kind](options)}\n<script src="${SCRIPT_TAG}"></script>` });
}

/** Ten <news-feed> elements on one `src`: the page the request count is taken on. */
export function tenFeedsPage({ src }) {
  const feeds = Array.from(
    { length: 10 },
    () => `<news-feed src="${attr(src)}" limit="3" ${shows('[part~=item]', 3)}></news-feed>`,
  ).join('\n');
  return page({ title: 'ten feeds, one src', body: `${feeds}\n<script src="${SCRIPT_TAG}"></script>` });
}

/** The hand-written search the keystroke rows compare with (bench/baseline.js), with <news-feed>'s stylesheet. */
export function searchBaselinePage({ src, limit, css }) {
  return page({
    title: `hand-written search: ${src} limit ${limit}`,
    head: `<script>window.BENCH_FEED_CSS = ${JSON.stringify(css).replace(/</g, '\\u003c')};</script>`,
    body: `<div class="bench-baseline" data-src="${attr(src)}" data-limit="${limit}" ${shows('[part~=item]', limit)}></div>
<script src="/bench/baseline.js"></script>`,
  });
}

/** A page with nothing to wait for, where the throttling check sends its test request. */
export function blankPage() {
  return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>';
}
