/**
 * What an element waits for before its first screen, when that needs code loaded on first use.
 * - Its language (every one but English; Russian too): until its catalogue is here it shows its
 *   light-DOM fallback, never English, and what it tells the page (`csto-load`, `updateComplete`)
 *   describes the screen in its own language.
 * - The toolbar of `<news-feed controls>`: loaded only with `controls`, and the list shows with it,
 *   never before it (no list pushed down, no unfiltered list before a URL's query applies).
 * A file of its own: a page that has loaded none of these yet (each test file runs in its own page).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/member-states-badge/define.js';
import type { MemberStatesBadge } from '../../src/components/member-states-badge/member-states-badge.js';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import { clearFeedCache, loadFeed } from '../../src/data/load-feed.js';
import { isCatalogueSettled } from '../../src/i18n/index.js';
import { feedUrl, plainText, until } from './support/endpoint.js';

const parts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** Every screen the element shows from its first render on, as text. */
function recordScreens(el: HTMLElement): { screens: string[]; stop: () => void } {
  const screens: string[] = [];
  const observer = new MutationObserver(() => screens.push(plainText(el.shadowRoot as unknown as Element)));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { screens, stop: () => observer.disconnect() };
}

const requested = (file: string): boolean =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes(file));

const ENGLISH = /Loading|September|Read more|Show more|Link to this release|member state/;

describe('a first render in a language loaded on first use', () => {
  before(() => clearFeedCache());

  it('shows the fallback, then the releases in Russian, and sends csto-load once they show', async () => {
    expect(isCatalogueSettled('ru'), 'Russian is not loaded before an element speaks it').to.equal(false);
    const src = feedUrl('native.json');
    // The answer is at hand at once, well before the catalogue: the event must still wait for it.
    await loadFeed(src);
    const el = document.createElement('news-feed') as NewsFeed;
    el.lang = 'ru';
    el.src = src;
    el.textContent = 'Новости пресс-службы';
    const loaded = oneEvent(el, 'csto-load');
    document.body.append(el);
    const { screens, stop } = recordScreens(el);
    try {
      await loaded;
      expect(parts(el, 'item'), 'the releases show when csto-load is sent').to.have.length(4);
      expect(plainText(parts(el, 'date')[0])).to.equal('5 сентября 2024 г.');
      expect(screens.filter((screen) => ENGLISH.test(screen))).to.deep.equal([]);
    } finally {
      stop();
      el.remove();
    }
  });

  it('shows its light-DOM fallback, never English, until its catalogue is here', async () => {
    const el = document.createElement('member-states-badge') as MemberStatesBadge;
    el.variant = 'count';
    el.lang = 'kk';
    el.states = 'RU KZ';
    document.body.append(el);
    const { screens, stop } = recordScreens(el);
    try {
      await el.updateComplete;
      expect(parts(el, 'count'), 'nothing of its own before the Kazakh catalogue').to.have.length(0);
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      await until(() => parts(el, 'count').length === 1, 4000, 'the Kazakh count');
      expect(plainText(parts(el, 'count')[0])).to.equal('2 мүше мемлекет');
      expect(screens.filter((screen) => ENGLISH.test(screen))).to.deep.equal([]);
    } finally {
      stop();
      el.remove();
    }
  });
});

describe('<news-feed controls> on first use', () => {
  it('loads no toolbar code without `controls`', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed src=${feedUrl('native.json')}></news-feed>`);
    await oneEvent(el, 'csto-load');
    expect(parts(el, 'item')).to.have.length(4);
    expect(requested('/feed-toolbar.ts'), 'the toolbar module').to.equal(false);
    expect(requested('/feed-toolbar.styles.ts'), 'the toolbar styles').to.equal(false);
  });

  it('shows the list with its toolbar, never without, and sends csto-load once both show', async () => {
    const el = document.createElement('news-feed') as NewsFeed;
    el.controls = true;
    el.src = feedUrl('native.json');
    const loaded = oneEvent(el, 'csto-load');
    document.body.append(el);
    const screens: string[] = [];
    // The toolbar's styles come with its code: every screen that shows it shows it laid out.
    const toolbarLayouts: string[] = [];
    const observer = new MutationObserver(() => {
      screens.push(`${parts(el, 'item').length} items, ${parts(el, 'toolbar').length} toolbar`);
      for (const toolbar of parts(el, 'toolbar')) toolbarLayouts.push(getComputedStyle(toolbar).display);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true });
    try {
      await loaded;
      expect(parts(el, 'toolbar'), 'the toolbar shows when csto-load is sent').to.have.length(1);
      expect(parts(el, 'item')).to.have.length(4);
      expect(screens.filter((screen) => screen.endsWith(' 0 toolbar') && !screen.startsWith('0 '))).to.deep.equal([]);
      expect(requested('/feed-toolbar.ts')).to.equal(true);
      expect(toolbarLayouts.length).to.be.above(0);
      expect(toolbarLayouts.filter((display) => display !== 'flex')).to.deep.equal([]);
      // A feed that comes once the toolbar is here shares its styles at once.
      const next = await fixture<NewsFeed>(html`<news-feed controls src=${feedUrl('native.json')}></news-feed>`);
      await until(() => parts(next, 'toolbar').length === 1, 4000, 'the second toolbar');
      expect(getComputedStyle(parts(next, 'toolbar')[0]!).display).to.equal('flex');
      const sheets = (feed: NewsFeed): CSSStyleSheet[] => feed.shadowRoot!.adoptedStyleSheets;
      expect(sheets(next).at(-1), 'one toolbar sheet for every feed').to.equal(sheets(el).at(-1));
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});

describe('<news-feed> `next` pages on first use', () => {
  it('loads no page code for its first page, and loads it with the first "show more" past it', async () => {
    const el = await fixture<NewsFeed>(html`<news-feed limit="5" src=${feedUrl('chain/chain-1.json')}></news-feed>`);
    await oneEvent(el, 'csto-load');
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(5);
    expect(requested('/feed-pages.'), 'the page loading module').to.equal(false);
    parts(el, 'more')[0]!.click();
    await until(() => parts(el, 'item').length === 10, 4000, 'the second page');
    expect(plainText(parts(el, 'title')[5])).to.equal('Chain release 06');
    expect(requested('/feed-pages.')).to.equal(true);
  });
});
