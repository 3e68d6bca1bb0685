import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import type { CstoErrorDetail, CstoLoadDetail } from '../../src/events.js';
import { feedUrl, plainText, requestCount, unique, until, watchPageErrors } from './support/endpoint.js';

/**
 * Feeds as real sites publish them (tests/fixtures/real-feeds, see its README) and as hostile
 * ones are written (tests/fixtures/xml, the generated RSS), through the real test endpoint.
 */

const parts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const part = (el: Element, name: string): HTMLElement | undefined => parts(el, name)[0];

/** The element once it has loaded or failed, with what it told the page. */
async function settled(
  src: string,
  attributes: { expand?: boolean } = {},
): Promise<{ el: NewsFeed; loaded?: CstoLoadDetail; failed?: CstoErrorDetail }> {
  let loaded: CstoLoadDetail | undefined;
  let failed: CstoErrorDetail | undefined;
  const el = await fixture<NewsFeed>(
    html`<news-feed
      lang="en"
      limit="1000"
      ?expand=${attributes.expand ?? false}
      src=${src}
      @csto-load=${(event: CustomEvent<CstoLoadDetail>) => (loaded = event.detail)}
      @csto-error=${(event: CustomEvent<CstoErrorDetail>) => (failed = event.detail)}
    ></news-feed>`,
  );
  await until(() => Boolean(loaded || failed), 20_000, `${src} to load or fail`);
  await el.updateComplete;
  // Open bodies show once the sanitiser is here (on first use): the checks read them after that.
  await until(() => !el.shadowRoot!.querySelector('[part~="body"][aria-busy="true"]'), 8000, `${src}'s bodies`);
  return { el, loaded, failed };
}

const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
const MARKUP = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?>/gi;
// What the feeds say in words: 3960.org writes about "<i> und <b>" and "<u>-Tags".
const LITERAL_TAGS = new Set(['<i>', '<b>', '<u>']);
const ABSOLUTE = /^https?:\/\/[^/]+\//;

const REAL_FEEDS = [
  { file: 'feedhound-jsonfeed.json', shown: 2, skipped: 1 },
  { file: 'wp-posts-worona-embedded.json', shown: 5, skipped: 0 },
  { file: 'jsonfeed-1.1-3960-de.json', shown: 20, skipped: 0 },
  { file: 'jsonfeed-1.0-curtclifton-minified.json', shown: 26, skipped: 0 },
  // The 20th item repeats the link (its id) of an earlier one: a duplicate, counted.
  { file: 'rss-suspilne-ukrnet-uk-cyrillic.xml', shown: 19, skipped: 1 },
  { file: 'rss-macworld-relative-urls.rss', shown: 30, skipped: 0 },
  { file: 'atom-heise-developer-de.atom', shown: 15, skipped: 0 },
];

describe('<news-feed> with real feeds', function () {
  this.timeout(30_000);
  let pageErrors: ReturnType<typeof watchPageErrors>;
  beforeEach(() => (pageErrors = watchPageErrors()));
  afterEach(() => {
    pageErrors.stop();
    expect(pageErrors.errors.map(String), 'page errors').to.deep.equal([]);
  });

  for (const { file, shown, skipped } of REAL_FEEDS) {
    it(`shows every release of ${file} (${shown}) and counts the ${skipped} it skips`, async () => {
      const { el, loaded, failed } = await settled(feedUrl(`real-feeds/${file}`), { expand: true });
      expect(failed, 'error').to.equal(undefined);
      expect(loaded!.releases.length).to.equal(shown);
      expect(loaded!.skipped).to.equal(skipped);
      const items = parts(el, 'item');
      expect(items).to.have.length(shown);

      items.forEach((item, index) => {
        const release = loaded!.releases[index]!;
        const title = item.querySelector<HTMLElement>('[part~="title"]')!;
        const text = plainText(title);
        expect(text, 'a title').to.not.equal('');
        expect(text, text).to.not.match(ENTITY);
        expect(
          (text.match(MARKUP) ?? []).filter((tag) => !LITERAL_TAGS.has(tag)),
          text,
        ).to.deep.equal([]);
        // Dates right: the instant the feed gave, shown as a date with its year.
        const time = item.querySelector('time[part~="date"]')!;
        expect(time.getAttribute('datetime')).to.equal(release.date.iso);
        expect(plainText(time)).to.match(/\b20(1[6-9]|2\d)\b/);
        // Links and images absolute, whatever the feed wrote.
        expect(title.getAttribute('href')).to.match(ABSOLUTE);
        const image = item.querySelector('img[part~="image"]');
        if (image) expect(image.getAttribute('src')).to.match(ABSOLUTE);
        for (const link of item.querySelectorAll('[part~="body"] a[href]')) {
          expect(link.getAttribute('href')).to.match(/^(https?:|mailto:|#|[a-z]+:)/i);
        }
        for (const img of item.querySelectorAll('[part~="body"] img[src]')) {
          expect(img.getAttribute('src')).to.match(ABSOLUTE);
        }
      });
    });
  }

  it('keeps a title that says "<i> und <b>" as those words', async () => {
    const { el } = await settled(feedUrl('real-feeds/jsonfeed-1.1-3960-de.json'));
    expect(parts(el, 'title').map(plainText)).to.include('Die Rückkehr von <i> und <b>');
  });

  it("shows Macworld's root-relative body links absolute against the article's own site", async () => {
    const { el } = await settled(feedUrl('real-feeds/rss-macworld-relative-urls.rss'), { expand: true });
    const hrefs = parts(el, 'body').flatMap((body) =>
      [...body.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    );
    expect(hrefs).to.include(
      'https://www.macworld.com/article/3235804/ios/ios-112-features-release-date-and-how-to-install.html#jump',
    );
  });

  for (const type of ['text/html; charset=utf-8', 'application/octet-stream', 'text/plain']) {
    it(`reads an Atom feed sent as ${type}: the content decides`, async () => {
      const { loaded } = await settled(
        feedUrl('real-feeds/atom-heise-developer-de.atom', `type=${encodeURIComponent(type)}`),
      );
      expect(loaded!.releases).to.have.length(15);
    });
  }
});

describe('<news-feed> with feeds in legacy encodings', () => {
  it('decodes windows-1251 by the XML declaration, whatever charset the server claims', async () => {
    const { el, loaded } = await settled(feedUrl('xml/legacy-windows-1251.rss', 'charset=utf-8'));
    expect(loaded!.releases[0]!.date.iso).to.equal('2024-09-03T07:00:00.000Z');
    expect(plainText(part(el, 'title'))).to.equal('Генеральный секретарь ОДКБ провёл встречу «в формате» брифинга');
    expect(plainText(part(el, 'summary'))).to.equal('Ёлки и ёжики — текст в кодировке windows-1251.');
  });

  it('decodes KOI8-R by the HTTP charset when the feed declares nothing', async () => {
    const { el } = await settled(feedUrl('xml/koi8-r-undeclared.rss', 'charset=koi8-r'));
    expect(plainText(part(el, 'title'))).to.equal('Учение "Взаимодействие" в кодировке KOI8-R');
  });
});

describe('<news-feed> with broken and hostile XML', function () {
  this.timeout(60_000);
  let pageErrors: ReturnType<typeof watchPageErrors>;
  beforeEach(() => (pageErrors = watchPageErrors()));
  afterEach(async () => {
    pageErrors.stop();
    expect(pageErrors.errors.map(String), 'page errors').to.deep.equal([]);
    // The page is alive: timers run and the DOM answers.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.body.isConnected).to.equal(true);
  });

  /** A clean end: the error state with Retry, or releases shown. */
  function endedCleanly(el: NewsFeed, failed: CstoErrorDetail | undefined): void {
    if (failed) {
      expect(['parse', 'format']).to.include(failed.kind);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'retry')!.tagName).to.equal('BUTTON');
    } else expect(parts(el, 'item').length).to.be.greaterThan(0);
  }

  it('shows a parse error with Retry for XML that is not well-formed, and Retry asks again', async () => {
    const src = feedUrl('xml/malformed.rss');
    const { el, failed } = await settled(src);
    expect(failed!.kind).to.equal('parse');
    expect(failed!.message).to.match(/not well-formed XML \(line \d+, column \d+\)/);
    expect(part(el, 'retry')).to.exist;
    const retried = oneEvent(el, 'csto-error');
    part(el, 'retry')!.click();
    await retried;
    expect(await requestCount(src)).to.equal(2);
  });

  it('shows a parse error for a truncated feed', async () => {
    const { failed } = await settled(feedUrl('real-feeds/rss-macworld-relative-urls.rss', 'body=truncated'));
    expect(failed!.kind).to.equal('parse');
  });

  it('renders a 10 MB feed', async () => {
    const src = `/api/generated.rss?n=1000&bodyBytes=10000&${unique()}`;
    const { el, loaded, failed } = await settled(src);
    expect(failed).to.equal(undefined);
    expect(loaded!.releases).to.have.length(1000);
    expect(parts(el, 'item')).to.have.length(1000);
    expect(plainText(part(el, 'title'))).to.equal('Generated release 1000');
  });

  it('ends nesting 5 000 deep cleanly', async () => {
    const { el, failed } = await settled(`/api/generated.rss?n=3&depth=5000&${unique()}`);
    endedCleanly(el, failed);
  });

  it('expands no entity of an entity-expansion document and fetches no external entity', async () => {
    const src = feedUrl('xml/entity-expansion.rss');
    const { el, failed } = await settled(src);
    endedCleanly(el, failed);
    expect(el.shadowRoot!.textContent).to.not.contain('lollollol');
    expect(await requestCount('/api/feed/native.json?xxe=1')).to.equal(0);
  });

  it('shows a parse error, not the XML reader, for an HTML page', async () => {
    const { failed } = await settled(feedUrl('native.json', 'body=not-json'));
    expect(failed!.kind).to.equal('parse');
    expect(failed!.message).to.contain('not an RSS or Atom feed');
  });
});

describe('<news-feed> with the demo feeds', () => {
  it('shows the 8 releases of demo/data/releases-ru.rss in Russian, with its enclosure image', async () => {
    const { el, loaded } = await settled(`/demo/data/releases-ru.rss?${unique()}`);
    expect(loaded!.skipped).to.equal(0);
    expect(parts(el, 'item')).to.have.length(8);
    expect(plainText(part(el, 'title'))).to.equal(
      'Генеральный секретарь ОДКБ принял участие в заключительном этапе совместного учения «Скала-2024»',
    );
    expect(part(el, 'image')!.getAttribute('src')).to.equal(new URL('/demo/data/rock-2024.svg', location.href).href);
  });

  it('shows the 8 releases of demo/data/releases-en.atom in English, linked through xml:base', async () => {
    const { el, loaded } = await settled(`/demo/data/releases-en.atom?${unique()}`);
    expect(loaded!.skipped).to.equal(0);
    expect(parts(el, 'item')).to.have.length(8);
    expect(plainText(part(el, 'title'))).to.equal(
      'CSTO Secretary General takes part in the final stage of the joint training “Rock-2024”',
    );
    expect(part(el, 'title')!.getAttribute('href')).to.equal(
      'https://odkb-csto.org/news/news_odkb/rock-2024-final-stage/',
    );
  });
});
