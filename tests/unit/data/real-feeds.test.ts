import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { readFeedReport, type DOMParserLike, type FeedFormat } from '../../../src/data/read-feed.js';

/**
 * Every feed of tests/fixtures/real-feeds/ (see its README), read from its bytes as the elements
 * read it, with the parser the publisher tools use in Node.
 */
const domParser = new DOMParser({ onError: () => {} }) as unknown as DOMParserLike;

interface Expected {
  file: string;
  format: FeedFormat;
  releases: number;
  skipped: string[];
  lang: string;
  images: number;
}

const FEEDS: Expected[] = [
  {
    file: 'feedhound-jsonfeed.json',
    format: 'json-feed',
    releases: 2,
    skipped: ['is not an object (string)'],
    lang: 'und',
    images: 1,
  },
  { file: 'wp-posts-worona-embedded.json', format: 'wordpress', releases: 5, skipped: [], lang: 'und', images: 5 },
  { file: 'jsonfeed-1.1-3960-de.json', format: 'json-feed', releases: 20, skipped: [], lang: 'de', images: 20 },
  {
    file: 'jsonfeed-1.0-curtclifton-minified.json',
    format: 'json-feed',
    releases: 26,
    skipped: [],
    lang: 'und',
    images: 0,
  },
  {
    file: 'rss-suspilne-ukrnet-uk-cyrillic.xml',
    format: 'rss',
    releases: 19,
    skipped: [
      'repeats the id "https://suspilne.media/culture/644982-oskar-2024-20-dniv-u-mariupoli-odrazu-u-dvoh-korotkih-spiskah-cogoricnoi-premii/" of an earlier release',
    ],
    lang: 'und',
    // Five items have an enclosure; one of them is the duplicate.
    images: 4,
  },
  { file: 'rss-macworld-relative-urls.rss', format: 'rss', releases: 30, skipped: [], lang: 'en', images: 30 },
  // Three entries have no <img> in their content, and no other image.
  { file: 'atom-heise-developer-de.atom', format: 'atom', releases: 15, skipped: [], lang: 'und', images: 12 },
];

const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
const MARKUP = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?>/gi;
const LITERAL_TAGS = new Set(['<i>', '<b>', '<u>']);
const ABSOLUTE = /^https?:\/\/[^/]+\//;
// The attributes of a body that a reader's browser would follow.
const BODY_URLS = /\s(?:href|src)\s*=\s*["']([^"']*)["']/gi;

describe.each(FEEDS)('$file', (expected) => {
  const bytes = readFileSync(new URL(`../../fixtures/real-feeds/${expected.file}`, import.meta.url));
  const report = readFeedReport(bytes, { base: `https://feeds.example/real/${expected.file}`, domParser });

  it(`reads as ${expected.format}: ${expected.releases} releases, each skipped entry with its reason`, async () => {
    const { format, feed, skippedItems } = await report;
    expect(format).toBe(expected.format);
    expect(feed.releases).toHaveLength(expected.releases);
    expect(skippedItems.map((item) => item.reason)).toEqual(expected.skipped);
    expect(feed.skipped).toBe(expected.skipped.length);
  });

  it('has titles and summaries as a reader expects: no entity left, no markup but what the text says', async () => {
    for (const release of (await report).feed.releases) {
      for (const text of [...Object.values(release.title), ...Object.values(release.summary ?? {})]) {
        expect(text, text).not.toMatch(ENTITY);
        const tags = text.match(MARKUP) ?? [];
        // 3960.org writes about "<i> und <b>" and "<i>-, <b>- und <u>-Tags" in words.
        expect(
          tags.filter((tag) => !LITERAL_TAGS.has(tag)),
          text,
        ).toEqual([]);
        expect(text, text).toBe(text.trim());
      }
      expect(Object.keys(release.title)).toEqual([expected.lang]);
    }
  });

  it('has a real date, an absolute link and images, and bodies whose links are absolute', async () => {
    const { releases } = (await report).feed;
    for (const release of releases) {
      expect(release.date.allDay).toBe(false);
      expect(new Date(release.date.iso).getUTCFullYear()).toBeGreaterThanOrEqual(2016);
      expect(release.url).toMatch(ABSOLUTE);
      if (release.image) expect(release.image).toMatch(ABSOLUTE);
      for (const body of Object.values(release.body ?? {})) {
        for (const [, url] of body.matchAll(BODY_URLS)) expect(url, url).toMatch(/^(https?:|mailto:|#|[a-z]+:)/i);
      }
    }
    expect(releases.filter((release) => release.image)).toHaveLength(expected.images);
  });
});

describe('real feeds, field by field', () => {
  const reportOf = (file: string) =>
    readFeedReport(readFileSync(new URL(`../../fixtures/real-feeds/${file}`, import.meta.url)), {
      base: `https://feeds.example/real/${file}`,
      domParser,
    });

  it('keeps the JSON Feed title that literally says "<i> und <b>"', async () => {
    const { feed } = await reportOf('jsonfeed-1.1-3960-de.json');
    expect(feed.releases.map((release) => release.title.de)).toContain('Die Rückkehr von <i> und <b>');
  });

  it('reads a JSON Feed 1.0 date with no seconds and no zone as UTC', async () => {
    const { feed } = await reportOf('jsonfeed-1.0-curtclifton-minified.json');
    expect(feed.releases[0]).toMatchObject({ id: 'twitter-quitter', date: { iso: '2018-01-06T08:00:00.000Z' } });
  });

  it('takes WordPress featured images and term names from _embedded, and decodes title entities', async () => {
    const { feed } = await reportOf('wp-posts-worona-embedded.json');
    expect(feed.releases[0]).toMatchObject({
      title: { und: 'Shinjuku Gyoen National Garden' },
      image: 'https://demo.worona.org/wp-content/uploads/2016/11/japan-768x512.jpg',
      tags: expect.arrayContaining(['Nature', 'Japan']),
    });
  });

  it('reads RFC 822 dates with their offset, and a Cyrillic title from CDATA', async () => {
    const { feed } = await reportOf('rss-suspilne-ukrnet-uk-cyrillic.xml');
    expect(feed.releases[0]).toMatchObject({
      title: { und: 'Торгівля між Росією та Китаєм у 2023 році перевищила 200 млрд доларів — New York Times' },
      date: { iso: '2023-12-21T23:04:55.000Z' },
    });
  });

  it("makes Macworld's root-relative body links absolute against the item's own link", async () => {
    const { feed } = await reportOf('rss-macworld-relative-urls.rss');
    const body = feed.releases.map((release) => release.body?.en ?? '').join('\n');
    expect(body).toContain(
      'href="https://www.macworld.com/article/3235804/ios/ios-112-features-release-date-and-how-to-install.html#jump"',
    );
  });

  it('takes the Atom image from the first <img> of the content, as written (http:)', async () => {
    const { feed } = await reportOf('atom-heise-developer-de.atom');
    expect(feed.releases[0]!.image).toMatch(/^http:\/\/www\.heise\.de\/scale\/.*wildfly.*\.jpeg$/);
  });
});
