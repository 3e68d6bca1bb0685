/**
 * Links to a release and `sync-url`. A permalink opened "in a fresh page" is a real page load:
 * the host page tests/browser/pages/feed-page.html in an iframe (a sticky 80 px header, text
 * above the feed), so its history, hash and scrolling are the browser's own.
 * Fixtures: chain/chain-1…4.json (4 pages of 5 releases, each linking the next) and
 * search/fifty.json (see search.test.ts).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/event-card/define.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import { configure, resetConfig } from '../../src/config.js';
import { clearFeedCache } from '../../src/data/load-feed.js';
import { forgetFeeds } from '../../src/data/stale-store.js';
import { feedUrl, plainText, until, watchPageErrors } from './support/endpoint.js';

const PAGE = '/tests/browser/pages/feed-page.html';
const HEADER_HEIGHT = 80;

const frames: HTMLIFrameElement[] = [];

/** Opens the host page in a fresh iframe at `search` + `hash`; resolves once it has loaded. */
async function openPage(search: Record<string, string>, hash = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  frame.title = 'host page';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${PAGE}?${new URLSearchParams(search)}${hash}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

const win = (frame: HTMLIFrameElement): Window => frame.contentWindow!;
const feedIn = (frame: HTMLIFrameElement, id?: string): NewsFeed | null =>
  frame.contentDocument?.querySelector<NewsFeed>(id ? `news-feed#${id}` : 'news-feed') ?? null;
const inFeed = (host: Element | null, selector: string): HTMLElement | null =>
  host?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const focusedItem = (frame: HTMLIFrameElement, id?: string): string | undefined => {
  const feed = feedIn(frame, id);
  if (!feed || frame.contentDocument!.activeElement !== feed) return undefined;
  return feed.shadowRoot!.activeElement?.id;
};
const itemCount = (feed: NewsFeed | null): number => feed?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0;
const titlesOf = (feed: NewsFeed | null): string[] =>
  [...(feed?.shadowRoot?.querySelectorAll('[part~="title"]') ?? [])].map((node) => plainText(node));

/** The release is open, focused, and in view below the page's sticky header. */
function expectShown(frame: HTMLIFrameElement, id: string): void {
  const feed = feedIn(frame)!;
  const item = inFeed(feed, `#item-${id}`)!;
  expect(item.querySelector('[part~="toggle"]')!.getAttribute('aria-expanded'), 'body open').to.equal('true');
  expect(item.querySelector<HTMLElement>('[part~="body"]')!.hidden, 'body shown').to.equal(false);
  const { top } = item.getBoundingClientRect();
  expect(top, 'not under the sticky header').to.be.at.least(HEADER_HEIGHT);
  expect(top, 'at the top of what the reader sees').to.be.below(HEADER_HEIGHT + 40);
  expect(win(frame).scrollY, 'the page scrolled to it').to.be.greaterThan(1000);
}

let pageErrors: ReturnType<typeof watchPageErrors>;
beforeEach(() => {
  clearFeedCache();
  forgetFeeds();
  configure({ retries: 0, timeout: 5000 });
  pageErrors = watchPageErrors();
});
afterEach(() => {
  pageErrors.stop();
  resetConfig();
  frames.splice(0).forEach((frame) => frame.remove());
  expect(pageErrors.errors, 'no error reaches the host page').to.deep.equal([]);
});

describe('<news-feed> permalinks', () => {
  it('gives each release a link to this page opened on it, keyed by the feed’s id', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed src=${feedUrl('chain/chain-1.json')}></news-feed>`);
    await oneEvent(el, 'csto-load');
    await el.updateComplete;
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="permalink"]')];
    expect(links).to.have.length(5);
    const base = location.href.replace(/#.*$/, '');
    expect(links[2]!.href).to.equal(`${base}#feed.release=chain-03`);
    expect(plainText(links[2])).to.equal('Link to this release: Chain release 03');
    el.id = 'latest';
    el.lang = 'ru';
    // Russian is loaded on first use; the English links stay until it is here.
    await until(() => plainText(el.shadowRoot!.querySelector('[part~="permalink"]')).startsWith('Ссылка'));
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="permalink"]')!;
    expect(link.href).to.equal(`${base}#latest.release=chain-01`);
    expect(plainText(link)).to.equal('Ссылка на этот пресс-релиз: Релиз цепочки 01');
  });

  it('opens a fresh page on the 15th release, two `next` pages away: open, in view, focused', async () => {
    const src = feedUrl('chain/chain-1.json');
    const frame = await openPage({ src, limit: '5' }, '#feed.release=chain-15');
    await until(() => focusedItem(frame) === 'item-chain-15', 8000, 'the 15th release focused');
    expect(itemCount(feedIn(frame))).to.equal(15);
    expectShown(frame, 'chain-15');
    expect(win(frame).location.hash).to.equal('#feed.release=chain-15');
  });

  it('returns with Back to the page the link was followed from', async () => {
    const src = feedUrl('chain/chain-1.json');
    const frame = await openPage({ src, limit: '5', from: 'list' });
    await until(() => itemCount(feedIn(frame)) === 5, 4000, 'the list');
    const permalink = `${PAGE}?${new URLSearchParams({ src, limit: '5' })}#feed.release=chain-15`;
    let loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    win(frame).location.assign(permalink);
    await loaded;
    await until(() => focusedItem(frame) === 'item-chain-15', 8000, 'the 15th release focused');
    expectShown(frame, 'chain-15');

    loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    win(frame).history.back();
    await loaded;
    expect(win(frame).location.search).to.contain('from=list');
    expect(win(frame).location.hash).to.equal('');
    await until(() => itemCount(feedIn(frame)) === 5, 4000, 'the list as it was');
    expect(focusedItem(frame)).to.equal(undefined);
  });

  it('follows a permalink on the same page, and Back and Forward go between releases', async () => {
    const src = feedUrl('chain/chain-1.json');
    const frame = await openPage({ src, limit: '5' }, '#feed.release=chain-15');
    await until(() => focusedItem(frame) === 'item-chain-15', 8000, 'the 15th release focused');

    const link = inFeed(feedIn(frame), '#item-chain-03 [part~="permalink"]')!;
    link.click();
    await until(() => focusedItem(frame) === 'item-chain-03', 4000, 'the 3rd release focused');
    expect(win(frame).location.hash).to.equal('#feed.release=chain-03');
    expectShown(frame, 'chain-03');

    win(frame).history.back();
    await until(() => focusedItem(frame) === 'item-chain-15', 4000, 'Back: the 15th again');
    expect(win(frame).location.hash).to.equal('#feed.release=chain-15');
    expectShown(frame, 'chain-15');

    win(frame).history.forward();
    await until(() => focusedItem(frame) === 'item-chain-03', 4000, 'Forward: the 3rd again');
  });

  it('says so when the linked release is not in the feed, after the bounded search', async () => {
    const src = feedUrl('chain/chain-1.json');
    const frame = await openPage({ src, limit: '5' }, '#feed.release=no-such-release');
    await until(
      () => plainText(inFeed(feedIn(frame), '[aria-live]')) === 'The linked release could not be found in this feed.',
      8000,
      'the not-found announcement',
    );
    expect(itemCount(feedIn(frame))).to.equal(5);
  });

  it('lifts a search that hides the linked release', async () => {
    const src = feedUrl('search/fifty.json');
    const frame = await openPage(
      { src, limit: '5', controls: '1', sync: '1' },
      '#feed.q=interaction&feed.release=s-08',
    );
    await until(() => focusedItem(frame) === 'item-s-08', 8000, 'the linked release focused');
    const field = inFeed(feedIn(frame), '[part~="search"]') as HTMLInputElement;
    expect(field.value).to.equal('');
    expect(win(frame).location.hash).to.equal('#feed.release=s-08');
  });
});

describe('<event-card> permalink', () => {
  afterEach(() => history.replaceState(history.state, '', location.href.replace(/#.*$/, '')));

  it('links to its release the way the feed does, and opens it in the feed on this page', async () => {
    const src = feedUrl('native.json');
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <event-card src=${src} release-id="rock-2024-final-stage" now="2024-09-01"></event-card>
        <news-feed limit="1" src=${src}></news-feed>
      </div>`,
    );
    const card = wrapper.querySelector<EventCard>('event-card')!;
    const feed = wrapper.querySelector<NewsFeed>('news-feed')!;
    await until(() => Boolean(inFeed(card, '[part~="permalink"]')), 4000, 'the card');
    const link = inFeed(card, '[part~="permalink"]') as HTMLAnchorElement;
    expect(link.href).to.equal(`${location.href.replace(/#.*$/, '')}#feed.release=rock-2024-final-stage`);
    expect(plainText(link)).to.match(/^Link to this release: /);
    await until(() => itemCount(feed) === 1, 4000, 'the feed');
    link.click();
    await until(() => feed.shadowRoot!.activeElement?.id === 'item-rock-2024-final-stage', 4000, 'the release focused');
    expect(inFeed(feed, '#item-rock-2024-final-stage [part~="toggle"]')!.getAttribute('aria-expanded')).to.equal(
      'true',
    );
  });

  it('links to a feed on another page, by that feed’s id', async () => {
    const card = await fixture<EventCard>(
      html`<event-card
        src=${feedUrl('native.json')}
        release-id="rock-2024-final-stage"
        feed-page="/news/?page=2"
        feed-id="latest"
      ></event-card>`,
    );
    await until(() => Boolean(inFeed(card, '[part~="permalink"]')), 4000, 'the card');
    const link = inFeed(card, '[part~="permalink"]') as HTMLAnchorElement;
    expect(link.href).to.equal(`${location.origin}/news/?page=2#latest.release=rock-2024-final-stage`);
  });

  it('has no permalink for an event given without a release', async () => {
    const card = await fixture<EventCard>(html`<event-card name="Exercise" start="2024-09-03"></event-card>`);
    await card.updateComplete;
    expect(inFeed(card, '[part~="permalink"]')).to.equal(null);
  });
});

describe('<news-feed sync-url>', () => {
  it('reads each feed’s search and filters from the URL of a fresh page', async () => {
    const src = feedUrl('search/fifty.json');
    const frame = await openPage(
      { src, limit: '50', controls: '1', sync: '1', ids: 'a,b' },
      '#a.q=interaction&b.tag=training&b.state=KG',
    );
    await until(() => itemCount(feedIn(frame, 'a')) === 3 && itemCount(feedIn(frame, 'b')) === 6, 4000, 'both queries');
    expect((inFeed(feedIn(frame, 'a'), '[part~="search"]') as HTMLInputElement).value).to.equal('interaction');
    expect((inFeed(feedIn(frame, 'b'), '[part~="tag-filter"]') as HTMLSelectElement).value).to.equal('training');
    expect((inFeed(feedIn(frame, 'b'), '[part~="state-filter"]') as HTMLSelectElement).value).to.equal('KG');
  });

  it('writes each feed’s query to the URL without adding history, and Back restores an earlier one', async () => {
    const src = feedUrl('search/fifty.json');
    const frame = await openPage({ src, limit: '50', controls: '1', sync: '1', ids: 'a,b' });
    await until(() => itemCount(feedIn(frame, 'a')) === 50 && itemCount(feedIn(frame, 'b')) === 50, 4000, 'both feeds');
    const historyLength = win(frame).history.length;

    const field = inFeed(feedIn(frame, 'a'), '[part~="search"]') as HTMLInputElement;
    field.value = 'rapid';
    field.dispatchEvent(new InputEvent('input'));
    const select = inFeed(feedIn(frame, 'b'), '[part~="year-filter"]') as HTMLSelectElement;
    select.value = '2023';
    select.dispatchEvent(new Event('change'));
    await until(() => win(frame).location.hash === '#a.q=rapid&b.year=2023', 2000, 'the URL');
    expect(win(frame).history.length).to.equal(historyLength);

    win(frame).location.hash = '#a.q=joint+staff+session&b.year=2023';
    await until(() => titlesOf(feedIn(frame, 'a')).join() === 'Joint Staff session', 2000, 'a new search from the URL');
    win(frame).history.back();
    await until(() => win(frame).location.hash === '#a.q=rapid&b.year=2023', 2000, 'Back');
    await until(() => itemCount(feedIn(frame, 'a')) === 9, 2000, 'the earlier search again');
    expect((inFeed(feedIn(frame, 'a'), '[part~="search"]') as HTMLInputElement).value).to.equal('rapid');
  });
});
