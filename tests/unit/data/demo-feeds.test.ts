import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { readFeedReport, type DOMParserLike } from '../../../src/data/read-feed.js';

/**
 * The demo's RSS (Russian) and Atom (English) feeds, written from the same releases as
 * demo/data/releases.json with the awkward parts real feeds have, read with nothing skipped.
 */
const domParser = new DOMParser({ onError: () => {} }) as unknown as DOMParserLike;
const demo = (name: string): Buffer => readFileSync(new URL(`../../../demo/data/${name}`, import.meta.url));
const DEMO_URL = 'http://127.0.0.1:5173/demo/data/';

interface DemoRelease {
  title: Record<string, string>;
  url: string;
  tags: string[];
}
const { releases } = JSON.parse(demo('releases.json').toString('utf8')) as { releases: DemoRelease[] };

describe.each([
  ['releases-ru.rss', 'rss', 'ru'],
  ['releases-en.atom', 'atom', 'en'],
] as const)('demo/data/%s', (file, format, lang) => {
  const report = readFeedReport(demo(file), { base: DEMO_URL + file, domParser });

  it(`reads as ${format}, every release of releases.json, nothing skipped`, async () => {
    const { feed, skippedItems } = await report;
    expect((await report).format).toBe(format);
    expect(skippedItems).toEqual([]);
    expect(feed.releases.map((release) => release.title[lang])).toEqual(releases.map((release) => release.title[lang]));
  });

  it('has the same links, absolute, and the same tags', async () => {
    const { feed } = await report;
    expect(feed.releases.map((release) => release.url)).toEqual(releases.map((release) => release.url));
    expect(feed.releases.map((release) => release.tags.length)).toEqual(releases.map((release) => release.tags.length));
  });
});

describe('the awkward parts', () => {
  it('RSS: an enclosure beside the feed, a named-zone date, a root-relative link in the body', async () => {
    const { feed } = await readFeedReport(demo('releases-ru.rss'), { base: `${DEMO_URL}releases-ru.rss`, domParser });
    expect(feed.releases[0]!.image).toBe(`${DEMO_URL}rock-2024.svg`);
    expect(feed.releases[1]!.date.iso).toBe('2024-09-03T08:00:00.000Z');
    expect(feed.releases[0]!.body?.ru).toContain('href="https://odkb-csto.org/news/news_odkb/"');
  });

  it('Atom: an entry with no id takes its link, xhtml content becomes HTML', async () => {
    const { feed } = await readFeedReport(demo('releases-en.atom'), { base: `${DEMO_URL}releases-en.atom`, domParser });
    expect(feed.releases[3]!.id).toBe(releases[3]!.url);
    expect(feed.releases[0]!.body?.en).toMatch(
      /^<p>The CSTO Secretary General <strong>Imangali Tasmagambetov<\/strong>/,
    );
  });
});
