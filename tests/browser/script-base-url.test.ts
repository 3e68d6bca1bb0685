import { expect, waitUntil } from '@open-wc/testing';
import { itemsOf, loadScript, recordPageErrors } from './support/built-script.js';
import { requestCount, unique } from './support/endpoint.js';

/**
 * A page with `<base href>` (every Angular app has one): a relative `src` resolves against the base
 * URL, as `fetch`, `<img src>` and the page's own links do, and the loader's early request and the
 * element agree on it, so the feed is asked for once; a relative `feed-page` links where the page's
 * own links would go, and a handed-over state's relative flag comes from where an `<img src>` would.
 */
const query = unique();

describe('script tag on a page with <base href>', () => {
  const pageErrors = recordPageErrors();

  before(async () => {
    // Absolute, so the test runner's own requests (root-relative) are not moved.
    document.head.insertAdjacentHTML('afterbegin', `<base href="${location.origin}/api/feed/">`);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<news-feed id="relative" src="native.json?${query}"></news-feed>
       <event-card src="native.json?${query}" release-id="rock-2024-final-stage" feed-page="news.html" feed-id="latest"></event-card>
       <member-states-badge></member-states-badge>`,
    );
    Object.assign(document.querySelector('member-states-badge')!, {
      memberStates: [{ code: 'UZ', name: 'Uzbekistan', flag: 'flags/uz.svg' }],
    });
    await loadScript(`${location.origin}/dist/csto-widgets.js`);
  });

  after(() => document.querySelector('base')?.remove());

  it('loads a relative src from the base URL, once', async () => {
    const feed = document.querySelector('#relative')!;
    await waitUntil(() => itemsOf(feed).length === 4, 'the feed shows its 4 releases', { timeout: 5000 });
    expect(await requestCount(`/api/feed/native.json?${query}`)).to.equal(1);
    expect(pageErrors).to.deep.equal([]);
  });

  it("links an event card to a relative feed-page as the page's own links would", async () => {
    const card = document.querySelector('event-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="permalink"]'), 'the card shows', { timeout: 5000 });
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="permalink"]')!;
    expect(link.href).to.equal(`${location.origin}/api/feed/news.html#latest.release=rock-2024-final-stage`);
  });

  it("shows a handed-over state's relative flag from the base URL, as an <img src> of the page would", async () => {
    const badge = document.querySelector('member-states-badge')!;
    await waitUntil(() => badge.shadowRoot?.querySelector('img[part~="flag"]'), 'the flag shows', { timeout: 5000 });
    const flag = badge.shadowRoot!.querySelector<HTMLImageElement>('img[part~="flag"]')!;
    expect(flag.getAttribute('src')).to.equal(`${location.origin}/api/feed/flags/uz.svg`);
  });
});
