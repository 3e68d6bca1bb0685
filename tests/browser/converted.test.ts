import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/member-states-badge/define.js';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import { configure, resetConfig } from '../../src/config.js';
import { clearFeedCache } from '../../src/data/load-feed.js';
import { forgetFeeds } from '../../src/data/stale-store.js';
import { feedUrl, plainText, until, watchPageErrors } from './support/endpoint.js';

/**
 * `csto-widgets convert` keeps what readers see: the elements show the same releases, page after
 * page, and the same member states from the converted pages (tests/fixtures/converted/, kept
 * current by tests/unit/cli/converted-fixtures.test.ts) as from the feed they were made from.
 */

const CONVERTED: readonly [source: string, firstPage: string][] = [
  ['json-feed.json', 'converted/json-feed/releases.json'],
  ['native.json', 'converted/native/releases.json'],
  ['wordpress.json', 'converted/wordpress/releases.json'],
  ['real-feeds/rss-macworld-relative-urls.rss', 'converted/rss-macworld-relative-urls/releases.json'],
  ['real-feeds/rss-suspilne-ukrnet-uk-cyrillic.xml', 'converted/rss-suspilne-ukrnet-uk-cyrillic/releases.json'],
  ['real-feeds/atom-heise-developer-de.atom', 'converted/atom-heise-developer-de/releases.json'],
];

const parts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];

/** What a reader sees of each release: title, link, date, summary, image, and the opened body. */
function shownReleases(el: Element): Record<string, string | null>[] {
  return parts(el, 'item').map((item) => {
    const within = (name: string): HTMLElement | null => item.querySelector(`[part~="${name}"]`);
    return {
      title: plainText(within('title')),
      link: within('title')?.closest('a')?.href ?? within('title')?.querySelector('a')?.href ?? null,
      date: within('date')?.getAttribute('datetime') ?? null,
      summary: within('summary') ? plainText(within('summary')) : null,
      image: within('image')?.getAttribute('src') ?? within('image')?.querySelector('img')?.getAttribute('src') ?? null,
      body: within('body') ? plainText(within('body')) : null,
    };
  });
}

/** A feed with every body open, after following `next` to the last page. */
async function everyRelease(src: string): Promise<Record<string, string | null>[]> {
  const el = await fixture<NewsFeed>(html`<news-feed src=${src} limit="1" expand lang="en"></news-feed>`);
  await oneEvent(el, 'csto-load');
  for (let more = parts(el, 'more')[0]; more; more = parts(el, 'more')[0]) {
    const before = parts(el, 'item').length;
    more.click();
    await until(() => parts(el, 'item').length > before, 4000, 'more releases');
    await el.updateComplete;
  }
  // Bodies render once the sanitiser, loaded on first use, is there.
  await until(() => parts(el, 'body').every((body) => !body.hasAttribute('aria-busy')), 4000, 'every body shown');
  return shownReleases(el);
}

/** The member states a badge shows, by their accessible names. */
async function shownStates(src: string): Promise<string[]> {
  const el = await fixture(html`<member-states-badge src=${src} lang="ru"></member-states-badge>`);
  await oneEvent(el, 'csto-load');
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return parts(el, 'state').map((state) => state.getAttribute('aria-label') ?? '');
}

let pageErrors: ReturnType<typeof watchPageErrors>;
beforeEach(() => {
  clearFeedCache();
  forgetFeeds();
  configure({ retries: 0 });
  pageErrors = watchPageErrors();
});
afterEach(() => {
  pageErrors.stop();
  expect(pageErrors.errors).to.deep.equal([]);
  resetConfig();
});

describe('the output of convert', () => {
  for (const [source, converted] of CONVERTED) {
    it(`shows the same releases as ${source}, page after page`, async () => {
      const fromSource = await everyRelease(feedUrl(source));
      const fromConverted = await everyRelease(feedUrl(converted));
      expect(fromSource.length).to.be.greaterThan(2);
      expect(fromSource.every((release) => release.title && release.date)).to.equal(true);
      expect(fromConverted).to.deep.equal(fromSource);
    });
  }

  it('shows the same member states as the feed it was made from', async () => {
    const fromSource = await shownStates(feedUrl('json-feed.json'));
    expect(fromSource).to.include('Республика Армения');
    expect(await shownStates(feedUrl('converted/json-feed/releases.json'))).to.deep.equal(fromSource);
  });
});
