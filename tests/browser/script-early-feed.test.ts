import { expect, waitUntil } from '@open-wc/testing';
import type { CstoErrorDetail } from '../../src/events.js';
import { itemsOf, loadScript, recordPageErrors, recordWarnings } from './support/built-script.js';
import { requestCount, unique } from './support/endpoint.js';

/**
 * The feeds the script tag's loader starts while the element code is on its way: an element takes
 * the answer over, and a failing one is told apart exactly as when the element asks itself
 * (tests/browser/network.test.ts, cors.test.ts): `http` with no retry, `parse`, `cors`, `network`,
 * and a passing 503 retried.
 */
const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const otherOrigin = `${location.protocol}//${otherHost}:${location.port}`;
/** A port no one listens on (see cors.test.ts). */
const CLOSED_PORT = 4;

const FEEDS = {
  ok: `/api/feed/native.json?${unique()}`,
  http: `/api/feed/native.json?status=404&${unique()}`,
  parse: `/api/feed/native.json?body=not-json&${unique()}`,
  cors: `${otherOrigin}/api/feed/native.json?cors=deny&${unique()}`,
  network: `http://127.0.0.1:${CLOSED_PORT}/feed.json`,
  retried: `/api/feed/native.json?fail=1&${unique()}`,
  // The loader tries every early answer as JSON; this one must still reach the XML reader as bytes.
  legacy: `/api/feed/xml/legacy-windows-1251.rss?charset=utf-8&${unique()}`,
};

describe('script tag: feeds started by the loader', () => {
  const pageErrors = recordPageErrors();
  // The cors failure's console line, which names the header to add.
  const warnings = recordWarnings();
  const errors = new Map<string, CstoErrorDetail>();

  before(async () => {
    document.addEventListener('csto-error', (event) => errors.set((event.target as Element).id, event.detail));
    document.body.insertAdjacentHTML(
      'beforeend',
      Object.entries(FEEDS)
        .map(([id, src]) => `<news-feed id="${id}" src="${src}"></news-feed>`)
        .join('') +
        `<news-feed id="ok-again" src="${FEEDS.ok}"></news-feed>` +
        // Not a URL: the loader starts nothing and throws nothing; the element says what is wrong.
        '<news-feed id="not-a-url" src="http://[bad"></news-feed>',
    );
    await loadScript('/dist/csto-widgets.js');
    window.CstoWidgets!.configure({ retryDelay: 50 });
  });

  it('shows a good feed, asked for once by two elements', async () => {
    await waitUntil(() => itemsOf(document.querySelector('#ok-again')!).length === 4, 'the feed shows 4 releases', {
      timeout: 5000,
    });
    expect(itemsOf(document.querySelector('#ok')!)).to.have.length(4);
    expect(await requestCount(FEEDS.ok)).to.equal(1);
  });

  it('tells the failures apart as the elements do: http, parse, cors, network', async () => {
    await waitUntil(() => ['http', 'parse', 'cors', 'network'].every((id) => errors.has(id)), 'four csto-errors', {
      timeout: 8000,
    });
    for (const kind of ['http', 'parse', 'cors', 'network']) expect(errors.get(kind)!.kind, kind).to.equal(kind);
    expect(errors.get('http')!.status).to.equal(404);
    expect(await requestCount(FEEDS.http), 'a 404 is not retried').to.equal(1);
    expect(warnings.join('\n')).to.contain('Access-Control-Allow-Origin');
  });

  it('reads an RSS answer from its own bytes, decoded by its declaration', async () => {
    const feed = document.querySelector('#legacy')!;
    await waitUntil(() => itemsOf(feed).length === 1, 'the RSS feed shows its release', { timeout: 5000 });
    expect(feed.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
      'Генеральный секретарь ОДКБ провёл встречу «в формате» брифинга',
    );
    expect(await requestCount(FEEDS.legacy)).to.equal(1);
  });

  it('retries a passing 503 and shows the feed', async () => {
    await waitUntil(
      () => itemsOf(document.querySelector('#retried')!).length === 4,
      'the retried feed shows 4 releases',
      {
        timeout: 5000,
      },
    );
    expect(await requestCount(FEEDS.retried)).to.equal(2);
    expect(errors.has('retried')).to.equal(false);
    expect(pageErrors).to.deep.equal([]);
  });
});

describe('script tag before the elements (a classic script in <head>, the markup after it)', () => {
  it('defines and renders the elements as the parser adds them', async () => {
    const feed = `/api/feed/native.json?${unique()}`;
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script src="/dist/csto-widgets.js"></script></head>
      <body><news-feed id="feed" src="${feed}"><a href="/newsroom">Newsroom</a></news-feed>
      <member-states-badge id="badge" states="KZ RU"></member-states-badge></body></html>`;
    const pasted = await fetch('/pasted', { method: 'POST', body: page });
    const { url } = (await pasted.json()) as { url: string };
    const frame = document.createElement('iframe');
    frame.src = url;
    document.body.append(frame);
    try {
      await waitUntil(
        () => {
          const shown = frame.contentDocument?.querySelector('#feed');
          const badge = frame.contentDocument?.querySelector('#badge');
          return shown && itemsOf(shown).length === 4 && badge?.shadowRoot?.querySelector('[part~="state"]');
        },
        'the framed page shows its feed and badge',
        { timeout: 8000 },
      );
      expect(await requestCount(feed)).to.equal(1);
    } finally {
      frame.remove();
    }
  });
});
