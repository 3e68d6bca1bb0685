import { expect, waitUntil } from '@open-wc/testing';
import { itemsOf, loadScript, recordPageErrors } from './support/built-script.js';

/**
 * Data handed to a feed and a card as properties before the script tag's loader has brought their
 * code (a page script that runs first, a framework that sets properties at once): Lit sets such a
 * property only at the element's first update. Each element shows what it was handed, and fetches
 * nothing.
 */
describe('script tag: a feed and a card handed their data before their code arrived', () => {
  const pageErrors = recordPageErrors();
  const fetched: string[] = [];

  before(async () => {
    new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name))).observe({
      type: 'resource',
    });
    document.body.insertAdjacentHTML(
      'beforeend',
      '<news-feed src="/api/feed/native.json?never"></news-feed><event-card></event-card>',
    );
    Object.assign(document.querySelector('news-feed')!, {
      releases: [
        { id: 'a', title: { en: 'Handed over' }, date: '2024-09-03' },
        { id: 'b', title: { en: 'Also handed over' }, date: '2024-09-02' },
      ],
    });
    Object.assign(document.querySelector('event-card')!, {
      event: { name: { en: 'Handed exercise' }, start: '2024-09-03', end: '2024-09-05' },
    });
    await loadScript('/dist/csto-widgets.js');
  });

  it('shows the releases handed to the feed, and fetches nothing', async () => {
    const feed = document.querySelector('news-feed')!;
    await waitUntil(() => itemsOf(feed).length === 2, 'the two handed releases show', { timeout: 8000 });
    expect(feed.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Handed over');
    expect(fetched.filter((url) => url.includes('native.json'))).to.deep.equal([]);
  });

  it('shows the event handed to the card', async () => {
    const card = document.querySelector('event-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="name"]'), 'the card shows', { timeout: 8000 });
    expect(card.shadowRoot!.querySelector('[part~="name"]')!.textContent!.trim()).to.equal('Handed exercise');
    expect(pageErrors).to.deep.equal([]);
  });
});
