import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/news-feed/define.js';
import { resetConfig } from '../../src/config.js';
import { clearFeedCache } from '../../src/data/load-feed.js';
import { forgetFeeds } from '../../src/data/stale-store.js';
import { feedUrl, plainText, until } from './support/endpoint.js';

/**
 * Refresh revalidates with the server (a conditional request, 304 when nothing changed) while a
 * normal load keeps honouring the HTTP cache. The test server's `etag=1` mode sends an ETag and
 * answers a matching `If-None-Match` with 304, counting it.
 */

interface Counts {
  count: number;
  notModified: number;
}

async function countsOf(pathAndQuery: string): Promise<Counts> {
  const response = await fetch(`/api/__count?path=${encodeURIComponent(pathAndQuery)}`);
  return (await response.json()) as Counts;
}

const titles = (el: Element): string[] =>
  [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((title) => plainText(title));

const loaded = (el: Element): boolean => titles(el).length > 0;
const hasError = (el: Element): boolean => Boolean(el.shadowRoot!.querySelector('[part~="error"], [part~="stale"]'));

beforeEach(() => {
  clearFeedCache();
  forgetFeeds();
  resetConfig();
});
after(() => resetConfig());

describe('<news-feed> refresh revalidates', () => {
  it('keeps its releases when a refresh of an unchanged endpoint (Cache-Control: no-cache) is answered 304', async () => {
    const src = feedUrl('native.json', 'etag=1');
    const feed = await fixture<HTMLElement>(html`<news-feed src=${src} refresh="1"></news-feed>`);
    await until(() => loaded(feed), 4000, 'the first answer');
    const before = titles(feed);

    let counts: Counts = { count: 0, notModified: 0 };
    // `until` takes a synchronous check: poll the server between checks.
    const polling = setInterval(() => void countsOf(src).then((latest) => (counts = latest)), 50);
    try {
      await until(() => counts.notModified > 0, 8000, 'a 304 for the refresh');
    } finally {
      clearInterval(polling);
    }

    expect(titles(feed)).to.deep.equal(before);
    expect(before).to.have.length(4);
    expect(hasError(feed)).to.equal(false);
  });

  it('asks the server on a refresh even when the HTTP cache still holds a fresh copy (max-age)', async () => {
    const src = feedUrl('native.json', 'etag=1&maxAge=600');
    const feed = await fixture<HTMLElement>(html`<news-feed src=${src} refresh="1"></news-feed>`);
    await until(() => loaded(feed), 4000, 'the first answer');

    let counts: Counts = { count: 0, notModified: 0 };
    const polling = setInterval(() => void countsOf(src).then((latest) => (counts = latest)), 50);
    try {
      // Without a conditional request the browser would answer the refresh from its cache: no
      // second request would ever reach the server.
      await until(() => counts.notModified > 0, 8000, 'a 304 for the refresh');
    } finally {
      clearInterval(polling);
    }
    expect(counts.count).to.be.at.least(2);
    expect(titles(feed)).to.have.length(4);
    expect(hasError(feed)).to.equal(false);
  });

  it('keeps using the HTTP cache for a normal load', async () => {
    const src = feedUrl('native.json', 'etag=1&maxAge=600');
    const first = await fixture<HTMLElement>(html`<news-feed src=${src}></news-feed>`);
    await until(() => loaded(first), 4000, 'the first answer');
    expect((await countsOf(src)).count).to.equal(1);

    // A new page load in effect: our own cache is gone, the browser's is not.
    clearFeedCache();
    forgetFeeds();
    const second = await fixture<HTMLElement>(html`<news-feed src=${src}></news-feed>`);
    await until(() => loaded(second), 4000, 'the second element');
    expect(titles(second)).to.deep.equal(titles(first));
    expect(await countsOf(src)).to.deep.equal({ count: 1, notModified: 0 });
  });
});
