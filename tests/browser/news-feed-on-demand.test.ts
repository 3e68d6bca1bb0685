/**
 * What a `<news-feed>` loads on first use instead of with its first screen, and that each first use
 * still works: the JSON Feed and WordPress adapters, the decoder of XML and legacy encodings, and
 * what renders a body's HTML.
 * A file of its own: a page that has loaded none of them yet (each test file runs in its own page),
 * and the tests run in order, the native feed first.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import type { Release } from '../../src/data/release.js';
import { feedUrl, plainText, until } from './support/endpoint.js';

const parts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** Whether the page has requested a module of ours, by its source path. */
const requested = (path: string): boolean =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(path));

// Lit's `unsafeHTML` is not among them here: the test runner's own fixtures import it (see
// tests/unit/news-feed/first-screen-modules.test.ts for what the element's first screen holds).
const ON_FIRST_USE = ['/src/data/adapters/json-feed.ts', '/src/data/adapters/wordpress.ts', '/src/data/decode-body.ts'];

describe('<news-feed> code loaded on first use', () => {
  it('shows a native feed without the other formats’ adapters or the decoder', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed src=${feedUrl('native.json')}></news-feed>`);
    await oneEvent(el, 'csto-load');
    expect(parts(el, 'item')).to.have.length(4);
    expect(ON_FIRST_USE.filter(requested)).to.deep.equal([]);
  });

  it('opens a first body as sanitised HTML, rendered by the directive loaded with the sanitiser', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed src=${feedUrl('native.json')}></news-feed>`);
    await oneEvent(el, 'csto-load');
    parts(el, 'toggle')[0]!.click();
    const body = parts(el, 'body')[0]!;
    // `<strong>` shows only as HTML: the plain-text fallback would hold its text alone.
    await until(() => body.querySelector('strong') !== null, 4000, 'the body as HTML');
    expect(body.getAttribute('aria-busy')).to.equal(null);
  });

  it('reads `releases` set again while an adapter loads as the last value set', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed></news-feed>`);
    el.releases = [{ id: 1, date_gmt: '2024-09-03T10:00:00', title: { rendered: 'WordPress' } }];
    await el.updateComplete;
    el.releases = { releases: [{ id: 'native', title: 'Native', date: '2024-09-04' }] };
    await until(() => parts(el, 'item').length > 0, 4000, 'the releases');
    // The WordPress read, which ends once its adapter is here, must not replace what was set after it.
    await import('../../src/data/adapters/wordpress.js');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(parts(el, 'title').map((title) => plainText(title))).to.deep.equal(['Native']);
  });

  it('shows a JSON Feed set as `releases`, once its adapter is here, and tells csto-load', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed></news-feed>`);
    const loaded = oneEvent(el, 'csto-load');
    el.releases = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: 'jf-1', title: 'From a JSON Feed', date_published: '2024-09-03T10:00:00Z' }],
    };
    const { detail } = await loaded;
    expect(detail.releases.map((release: Release) => release.id)).to.deep.equal(['jf-1']);
    expect(parts(el, 'title').map((title) => plainText(title))).to.deep.equal(['From a JSON Feed']);
    expect(requested('/src/data/adapters/json-feed.ts')).to.equal(true);
  });

  it('shows a WordPress endpoint, its adapter loaded with the first answer', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed src=${feedUrl('wordpress.json')}></news-feed>`);
    await oneEvent(el, 'csto-load');
    expect(parts(el, 'item')).to.have.length(3);
    expect(requested('/src/data/adapters/wordpress.ts')).to.equal(true);
  });

  it('shows an RSS feed in windows-1251, decoded once the decoder is here', async () => {
    const el = await fixture<NewsFeed>(
      html`<news-feed src=${feedUrl('xml/legacy-windows-1251.rss', 'charset=utf-8')}></news-feed>`,
    );
    await until(() => parts(el, 'item').length > 0, 8000, 'the releases');
    expect(plainText(parts(el, 'summary')[0])).to.equal('Ёлки и ёжики — текст в кодировке windows-1251.');
    expect(requested('/src/data/decode-body.ts')).to.equal(true);
  });
});
