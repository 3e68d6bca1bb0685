import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import { configure, resetConfig } from '../../src/config.js';
import { clearFeedCache } from '../../src/data/load-feed.js';
import { forgetFeeds } from '../../src/data/stale-store.js';
import type { CstoErrorDetail } from '../../src/events.js';
import en from '../../src/i18n/messages/en.js';
import { recordWarnings } from './support/built-script.js';
import { plainText, requestCount, unique, until } from './support/endpoint.js';

/**
 * An endpoint on another origin that does not allow this page (no `Access-Control-Allow-Origin`),
 * told apart from one that cannot be reached. The page is served from `localhost:<port>`, so the
 * same test server at `127.0.0.1:<port>` is another origin (or the reverse).
 */
const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const otherOrigin = `${location.protocol}//${otherHost}:${location.port}`;
/** A port no one listens on: below 1024 (nobody binds it without root), and not one Chromium blocks. */
const CLOSED_PORT = 4;

const part = (el: Element, name: string): HTMLElement | null => el.shadowRoot!.querySelector(`[part~="${name}"]`);

async function feedAt(src: string): Promise<{ feed: NewsFeed; error: CstoErrorDetail }> {
  const feed = document.createElement('news-feed');
  const failed = oneEvent(feed, 'csto-error');
  feed.src = src;
  await fixture(feed);
  return { feed, error: (await failed).detail };
}

/**
 * The `fetch` calls the page makes for `url` while it runs, by mode: no server can count requests
 * to a closed port, and Resource Timing leaves failed ones out. Each call still goes to the network.
 */
function watchFetches(url: string): { modes: string[]; stop: () => void } {
  const realFetch = window.fetch;
  const modes: string[] = [];
  window.fetch = (input, init) => {
    if (String(input) === url) modes.push(init?.mode ?? 'cors');
    return realFetch(input, init);
  };
  return { modes, stop: () => (window.fetch = realFetch) };
}

describe('an endpoint on another origin', () => {
  const warnings = recordWarnings();

  beforeEach(() => {
    clearFeedCache();
    forgetFeeds();
    warnings.length = 0;
    configure({ retries: 2, retryDelay: 20 });
  });
  after(() => resetConfig());

  it('is read when it allows this page', async () => {
    const src = `${otherOrigin}/api/feed/native.json?${unique()}`;
    const feed = await fixture<NewsFeed>(html`<news-feed src=${src}></news-feed>`);
    await until(() => Boolean(part(feed, 'item') || part(feed, 'error')), 4000, 'the feed');
    expect(part(feed, 'error')).to.equal(null);
  });

  it('that refuses this page ends in csto-error `cors`, once, without retries', async () => {
    const pathAndQuery = `/api/feed/native.json?cors=deny&${unique()}`;
    const { feed, error } = await feedAt(`${otherOrigin}${pathAndQuery}`);

    expect(error.kind).to.equal('cors');
    expect(error.message).to.contain(`Access-Control-Allow-Origin: ${location.origin}`);
    // The GET, and the one no-cors request that told the refusal apart: no retries.
    expect(await requestCount(pathAndQuery)).to.equal(2);
    expect(plainText(part(feed, 'error')?.querySelector('p'))).to.equal(en.errors.cors);

    // The reader's Retry asks again, and the webmaster's console still holds one message.
    const again = oneEvent(feed, 'csto-error');
    part(feed, 'retry')!.click();
    expect((await again).detail.kind).to.equal('cors');
    expect(await requestCount(pathAndQuery)).to.equal(4);
    const advice = warnings.filter((warning) => warning.includes('Access-Control-Allow-Origin'));
    expect(advice).to.deep.equal([
      `csto-widgets: the endpoint ${otherOrigin}${pathAndQuery} does not allow this page (${location.origin}) to read it. ` +
        `It must answer with the header "Access-Control-Allow-Origin: ${location.origin}" (or "*").`,
    ]);
    expect(warnings).to.have.length(1);
  });

  it('that is a dead host is still `network`, and retried as before', async () => {
    const url = `http://127.0.0.1:${CLOSED_PORT}/api/feed/native.json?${unique()}`;
    const fetches = watchFetches(url);
    const { feed, error } = await feedAt(url).finally(fetches.stop);

    expect(error.kind).to.equal('network');
    // The first GET, the one no-cors probe after it, and the two retries of `retries: 2`.
    expect(fetches.modes).to.deep.equal(['cors', 'no-cors', 'cors', 'cors']);
    expect(plainText(part(feed, 'error')?.querySelector('p'))).to.equal(en.errors.network);
    expect(warnings).to.deep.equal([]);
  });
});

describe('an endpoint on the page’s own origin', () => {
  beforeEach(() => {
    clearFeedCache();
    forgetFeeds();
    configure({ retries: 1, retryDelay: 20 });
  });
  after(() => resetConfig());

  it('is never probed: cors=deny does not matter there', async () => {
    const pathAndQuery = `/api/feed/native.json?cors=deny&${unique()}`;
    const feed = await fixture<NewsFeed>(html`<news-feed src=${pathAndQuery}></news-feed>`);
    await until(() => Boolean(part(feed, 'item') || part(feed, 'error')), 4000, 'the feed');
    expect(part(feed, 'error')).to.equal(null);
    expect(await requestCount(pathAndQuery)).to.equal(1);
  });
});
