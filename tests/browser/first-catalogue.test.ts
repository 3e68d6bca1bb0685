/**
 * An element whose language is loaded on first use (every language but English; Russian too):
 * until its catalogue is here it shows its light-DOM fallback, never English, and what it tells
 * the page (`csto-load`, `updateComplete`) describes the screen in its own language. A file of its
 * own: a page that has not loaded the Russian catalogue yet (each test file runs in its own page).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/member-states-badge/define.js';
import type { MemberStatesBadge } from '../../src/components/member-states-badge/member-states-badge.js';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import { clearFeedCache, loadFeed } from '../../src/data/load-feed.js';
import { isCatalogueSettled } from '../../src/i18n/index.js';
import { feedUrl, plainText } from './support/endpoint.js';

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

  it('resolves updateComplete once the element shows its own language', async () => {
    const el = await fixture<MemberStatesBadge>(
      html`<member-states-badge variant="count" lang="kk" states="RU KZ"></member-states-badge>`,
    );
    expect(plainText(parts(el, 'count')[0])).to.equal('2 мүше мемлекет');
  });
});
