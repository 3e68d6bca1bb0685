import './quiet-lit.js';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { strictXmlParser } from '../../../src/cli/xml-parser.js';
import { parseFeed, readFeed } from '../../../src/data/read-feed.js';
import type { Feed } from '../../../src/data/release.js';
import { pickText as pickRawText } from '../../../src/data/text.js';
import { memberStatesToShow } from '../../../src/components/member-states-badge/member-state-list.js';
import { formatDate, formatDateRange, settleCatalogue, type Lang } from '../../../src/i18n/index.js';
import { findElements } from '../../../src/ssr/find-elements.js';
import { readServerState, renderElements } from '../../../src/ssr/index.js';
import { startFeedServer } from './feed-server.js';
import { renderedHosts } from './rendered-page.js';

/**
 * `renderElements` against a real HTTP endpoint on loopback serving the seed's feeds
 * (demo/data, built from /work/shared/seed): what each element shows is in its shadow-root template
 * as text, in English and Russian; failing endpoints leave their elements as written.
 */

const server = startFeedServer();
const seed = readFeed(JSON.parse(readFileSync('demo/data/releases.json', 'utf8')));
const withEvents = seed.releases.filter((release) => release.event);
const NOW = new Date('2024-09-04T09:00:00Z');

// As `visibleText` reads it: Russian dates hold narrow no-break spaces.
const spaced = (text: string): string => text.replace(/\s+/g, ' ').trim();
const pickText = (...args: Parameters<typeof pickRawText>): string => spaced(pickRawText(...args));
const dateText = (...args: Parameters<typeof formatDate>): string => spaced(formatDate(...args));
const rangeText = (...args: Parameters<typeof formatDateRange>): string => spaced(formatDateRange(...args));

/** The page with every rendered template and state removed: what was given. */
function withoutRender(html: string): string {
  const ranges = findElements(html)
    .flatMap((element) => element.earlierRender)
    .sort((a, b) => b.start - a.start);
  return ranges.reduce((page, { start, end }) => page.slice(0, start) + page.slice(end), html);
}

const render = (html: string, options: Parameters<typeof renderElements>[1] = {}) =>
  renderElements(html, { base: `${server.origin}/news/`, now: NOW, ...options });

// Lit's server render of whole feeds: seconds under load, not milliseconds.
describe.each<Lang>(['en', 'ru'])('renderElements with the seed, lang=%s', { timeout: 20_000 }, (lang) => {
  it('renders every release of the seed in <news-feed>: titles and dates as text in the shadow root', async () => {
    await settleCatalogue(lang);
    const page = `<news-feed src="/data/releases.json" limit="20" lang="${lang}"><a href="/news">News</a></news-feed>`;
    const { html, problems, rendered } = await render(page);
    expect(problems).toEqual([]);
    expect(rendered).toBe(1);
    const [feed] = renderedHosts(html);
    expect(feed!.templates).toHaveLength(1);
    for (const release of seed.releases) {
      expect(feed!.shadowText).toContain(pickText(release.title, lang));
      expect(feed!.shadowText).toContain(dateText(release.date, lang));
    }
    expect(feed!.fallbackText).toBe('News');
  });

  it.each(['releases-ru.rss', 'releases-en.atom'])('renders the seed as %s', async (file) => {
    const expected = await parseFeed(readFileSync(`demo/data/${file}`, 'utf8'), { domParser: strictXmlParser });
    const { html, problems } = await render(`<news-feed src="/data/${file}" limit="50" lang="${lang}"></news-feed>`);
    expect(problems).toEqual([]);
    const [feed] = renderedHosts(html);
    expect(expected.releases.length).toBeGreaterThan(0);
    for (const release of expected.releases) {
      expect(feed!.shadowText).toContain(pickText(release.title, lang));
      expect(feed!.shadowText).toContain(dateText(release.date, lang));
    }
  });

  it('renders each event of the seed in <event-card>: name, dates and place as text', async () => {
    const page = withEvents
      .map((release) => `<event-card src="/data/releases.json" release-id="${release.id}" lang="${lang}"></event-card>`)
      .join('\n');
    const { html, problems } = await render(page);
    expect(problems).toEqual([]);
    const cards = renderedHosts(html);
    expect(cards).toHaveLength(withEvents.length);
    withEvents.forEach(({ event }, index) => {
      const text = cards[index]!.shadowText;
      expect(text).toContain(pickText(event!.name, lang));
      expect(text).toContain(rangeText(event!.start, event!.end, lang));
      if (event!.location) expect(text).toContain(pickText(event!.location, lang));
    });
  });

  it("renders the endpoint's member states in <member-states-badge>, named in the language", async () => {
    const { html, problems } = await render(
      `<member-states-badge src="/data/releases.json" lang="${lang}"></member-states-badge>`,
    );
    expect(problems).toEqual([]);
    const [badge] = renderedHosts(html);
    const shown = memberStatesToShow(undefined, seed.memberStates);
    expect(shown.length).toBeGreaterThan(0);
    for (const state of shown) expect(badge!.shadowText).toContain(pickText(state.name, lang));
  });
});

describe('renderElements', { timeout: 20_000 }, () => {
  it('loads each distinct endpoint once, however many elements use it', async () => {
    server.requests.clear();
    const page = `<news-feed src="/data/releases.json"></news-feed>
      <event-card src="${server.origin}/data/releases.json"></event-card>
      <member-states-badge src="../data/releases.json"></member-states-badge>
      <news-feed src="/data/releases-page-2.json"></news-feed>`;
    const { problems, rendered } = await render(page);
    expect(problems).toEqual([]);
    expect(rendered).toBe(4);
    expect(Object.fromEntries(server.requests)).toEqual({
      '/data/releases.json': 1,
      '/data/releases-page-2.json': 1,
    });
  });

  it('takes the language from the nearest ancestor, then the page default, then English', async () => {
    const title = (lang: Lang): string => pickText(seed.releases[0]!.title, lang);
    const page = `<html lang="ru"><body>
      <news-feed src="/data/releases.json" limit="1"></news-feed>
      <section lang="fr"><news-feed src="/data/releases.json" limit="1"></news-feed></section>
      <div lang="en"><news-feed src="/data/releases.json" limit="1" lang="xx"></news-feed></div>
    </body></html>`;
    const hosts = renderedHosts((await render(page)).html);
    expect(hosts.map((host) => host.shadowText.includes(title('ru')))).toEqual([true, true, false]);
    expect(hosts[2]!.shadowText).toContain(title('en'));

    const fragment = '<news-feed src="/data/releases.json" limit="1"></news-feed>';
    expect(renderedHosts((await render(fragment, { lang: 'ru' })).html)[0]!.shadowText).toContain(title('ru'));
    expect(renderedHosts((await render(fragment)).html)[0]!.shadowText).toContain(title('en'));
  });

  it("uses the page defaults of the library's script tag (data-endpoint, data-lang), unless options say otherwise", async () => {
    const page = `<html><head>
      <script src="https://unpkg.com/csto-widgets@0.1.0/dist/csto-widgets.js" data-endpoint="/data/releases.json" data-lang="ru" defer></script>
    </head><body>
      <news-feed limit="1"></news-feed>
      <event-card release-id="rock-2024-final-stage"></event-card>
      <member-states-badge variant="codes"></member-states-badge>
    </body></html>`;
    const { html, problems } = await render(page);
    expect(problems).toEqual([]);
    const [feed, card, badge] = renderedHosts(html);
    expect(feed!.shadowText).toContain(pickText(seed.releases[0]!.title, 'ru'));
    expect(card!.shadowText).toContain('«Скала-2024»');
    expect(readServerState(feed!.states[0]!)).toMatchObject({ src: '/data/releases.json' });
    expect(badge!.states).toEqual([]); // a badge without src shows the built-in list, as in a browser

    const overridden = await render(page, { lang: 'en', endpoint: '/data/releases-page-2.json' });
    expect(overridden.problems).toEqual([]);
    const [feed2] = renderedHosts(overridden.html);
    expect(readServerState(feed2!.states[0]!)).toMatchObject({ src: '/data/releases-page-2.json' });
    expect(feed2!.shadowText).toMatch(/[A-Za-z]/);
    expect(feed2!.shadowText).not.toMatch(/[А-Яа-я]/);
  });

  it("gives <event-card> the render's `now` for its status, unless it pins its own", async () => {
    const page = (now = ''): string =>
      `<event-card src="/data/releases.json" release-id="rock-2024-final-stage" lang="en" ${now}></event-card>`;
    const status = async (html: string, options = {}): Promise<string> =>
      renderedHosts((await render(html, options)).html)[0]!.shadowText;
    // Rock-2024 runs 3–5 September 2024.
    expect(await status(page(), { now: new Date('2024-09-04T09:00:00Z') })).toContain('Under way');
    expect(await status(page(), { now: new Date('2024-08-01T09:00:00Z') })).toContain('Upcoming');
    expect(await status(page('now="2024-10-01T00:00:00Z"'), { now: new Date('2024-08-01T09:00:00Z') })).toContain(
      'Completed',
    );
  });

  it('puts the template first, the data after it, and leaves everything else as written', async () => {
    const page = `<!DOCTYPE html>
<html lang="en"><head><title>Press</title></head>
<body>
  <!-- <news-feed src="/data/nothing.json"></news-feed> in a comment is no element -->
  <script>document.write('<news-feed src="/data/nothing.json">')</script>
  <NEWS-FEED SRC="/data/releases.json" Limit="2" CONTROLS data-x="a &amp; b">
    <p>All releases: <a href="/news">news</a></p>
  </NEWS-FEED>
  <template><news-feed src="/data/nothing.json"></news-feed></template>
  <p title="<news-feed>">after</p>
</body></html>`;
    const { html, problems, rendered } = await render(page);
    expect(problems).toEqual([]);
    expect(rendered).toBe(1);
    expect(withoutRender(html)).toBe(page);
    const [feed] = renderedHosts(html);
    expect(feed!.templateFirst).toBe(true);
    expect(feed!.host.childNodes[1]).toMatchObject({ tagName: 'script' });
    expect(feed!.fallbackText).toBe('All releases: news');
    expect(server.requests.has('/data/nothing.json')).toBe(false);
  });

  it('carries the data beside the element, escaped so no feed can end its script', async () => {
    const { html } = await render('<news-feed src="../data/releases.json"></news-feed>');
    const [feed] = renderedHosts(html);
    expect(feed!.states).toHaveLength(1);
    const text = feed!.states[0]!;
    expect(text).not.toMatch(/[<>&]/);
    const state = readServerState(text);
    expect(state).toMatchObject({
      version: 1,
      src: '../data/releases.json',
      url: `${server.origin}/data/releases.json`,
      maxAge: 300,
    });
    expect(Date.parse(state!.fetchedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((state!.feed as Feed).releases).toEqual(JSON.parse(JSON.stringify(seed.releases)));
    expect(html).toContain('\\u003cp\\u003e'); // a body's markup, as JSON escapes
  });

  it('renders an element rendered before again, in place of the old render', async () => {
    const page = '<p>before</p><news-feed src="/data/releases.json" limit="1"><a href="/news">News</a></news-feed>';
    const once = (await render(page, { lang: 'en' })).html;
    const twice = await render(once, { lang: 'ru' });
    expect(twice.problems).toEqual([]);
    const [feed] = renderedHosts(twice.html);
    expect(feed!.templates).toHaveLength(1);
    expect(feed!.states).toHaveLength(1);
    expect(feed!.shadowText).toContain(pickText(seed.releases[0]!.title, 'ru'));
    expect(withoutRender(twice.html)).toBe(page);

    // When the endpoint fails on a later run, the element keeps the render it has.
    const failing = await render(twice.html, { fetch: () => Promise.resolve(new Response('', { status: 502 })) });
    expect(failing.problems).toMatchObject([{ kind: 'http', status: 502 }]);
    expect(failing.html).toBe(twice.html);
  });

  it("carries the toolbar's styles in a <news-feed controls>, and only there (a browser loads them with the toolbar)", async () => {
    const toolbarRule = /\[part~=['"]?toolbar['"]?\]\s*\{[^}]*display:\s*flex/;
    const { html } = await render(
      '<news-feed src="/data/releases.json" controls></news-feed><news-feed src="/data/releases.json"></news-feed>',
    );
    const [withControls, without] = html.split('</news-feed>');
    expect(withControls).toMatch(toolbarRule);
    expect(without).not.toMatch(toolbarRule);
  });

  it('renders elements that need no endpoint from their attributes', async () => {
    const page = `<member-states-badge states="AM KZ" lang="ru"></member-states-badge>
      <event-card name="Rock-2024" start="2024-09-03" end="2024-09-05" lang="en"></event-card>`;
    const { html, problems } = await render(page);
    expect(problems).toEqual([]);
    const [badge, card] = renderedHosts(html);
    expect(badge!.shadowText).toContain('Армения');
    expect(badge!.states).toEqual([]);
    expect(card!.shadowText).toContain('3–5 September 2024');
  });
});

/** A loopback port nothing listens on any more: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('renderElements with failing endpoints', { timeout: 20_000 }, () => {
  const untouched = async (
    element: string,
    options: Parameters<typeof renderElements>[1] = {},
  ): Promise<Awaited<ReturnType<typeof renderElements>>> => {
    const page = `<main><h1>News</h1>\n${element}\n<news-feed src="/data/releases.json" limit="1"></news-feed></main>`;
    const result = await render(page, options);
    // The failing element is byte for byte as written; the good one beside it is rendered.
    expect(result.html.startsWith(`<main><h1>News</h1>\n${element}\n<news-feed`)).toBe(true);
    expect(result.rendered).toBe(1);
    expect(result.problems).toHaveLength(1);
    return result;
  };

  it.each([
    [500, 'The endpoint answered 500.'],
    [404, 'The endpoint answered 404.'],
  ])('leaves the element as written on a %i and reports it', async (status, message) => {
    const element = `<news-feed src="/status/${status}" lang="ru">\n  <a href="/news">Все новости</a>\n</news-feed>`;
    const { problems } = await untouched(element);
    expect(problems[0]).toEqual({
      element: `<news-feed src="/status/${status}" lang="ru">`,
      line: 2,
      src: `/status/${status}`,
      url: `${server.origin}/status/${status}`,
      kind: 'http',
      status,
      message,
    });
  });

  it('reports a fetch that rejects as a network problem', async () => {
    const failing: typeof fetch = (input) =>
      String(input).includes('/down/') ? Promise.reject(new TypeError('fetch failed')) : fetch(input);
    const { problems } = await untouched('<event-card src="/down/releases.json"></event-card>', { fetch: failing });
    expect(problems[0]).toMatchObject({ kind: 'network', src: '/down/releases.json' });
    expect(problems[0]!.message).toBe('The endpoint could not be reached (fetch failed).');

    const closed = await closedPort();
    const refused = await untouched(`<event-card src="http://127.0.0.1:${closed}/releases.json"></event-card>`);
    expect(refused.problems[0]!.message).toBe('The endpoint could not be reached (ECONNREFUSED).');
  });

  it('reports an endpoint that does not answer in time as a timeout', async () => {
    const { problems } = await untouched('<member-states-badge src="/hang"></member-states-badge>', {
      timeout: 300,
    });
    expect(problems[0]).toMatchObject({ kind: 'timeout', message: 'No answer within 300 ms.' });
  });

  it('gives up on time on a fetch that never settles, even one that ignores its signal', async () => {
    const stuck: typeof fetch = (input) =>
      String(input).includes('/stuck/') ? new Promise<Response>(() => {}) : fetch(input);
    const { problems } = await untouched('<news-feed src="/stuck/releases.json"></news-feed>', {
      fetch: stuck,
      timeout: 200,
    });
    expect(problems[0]).toMatchObject({ kind: 'timeout', message: 'No answer within 200 ms.' });
  });

  it('reports an answer that is not a feed', async () => {
    const { problems } = await untouched('<news-feed src="/data/rock-2024.svg"></news-feed>');
    expect(problems[0]).toMatchObject({ kind: 'parse' });
  });

  it('reports elements it cannot render as written (config) without loading anything', async () => {
    const { problems } = await untouched('<news-feed limit="3"></news-feed>');
    expect(problems[0]).toMatchObject({ kind: 'config', element: '<news-feed limit="3">' });
    expect(problems[0]!.message).toMatch(/no src/);

    const relative = await renderElements('<news-feed src="releases.json"></news-feed>');
    expect(relative.problems[0]).toMatchObject({ kind: 'config', src: 'releases.json' });
    expect(relative.problems[0]!.message).toMatch(/relative/);
    expect(relative.html).toBe('<news-feed src="releases.json"></news-feed>');
  });
});
