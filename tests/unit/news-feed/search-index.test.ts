import { describe, expect, it } from 'vitest';
import { searchText } from '../../../src/components/news-feed/feed-facets.js';
import { SearchIndex } from '../../../src/components/news-feed/search-index.js';
import { readFeed } from '../../../src/data/read-feed.js';
import type { Release } from '../../../src/data/release.js';

const feed = readFeed({
  releases: [
    {
      id: 'staff',
      title: { en: 'Joint Staff meeting', ru: 'Заседание Объединённого штаба' },
      date: '2024-09-05',
      summary: { en: 'Chiefs of staff met in Moscow.', ru: 'Начальники штабов встретились в Москве.' },
      tags: ['council'],
    },
    {
      id: 'exercise',
      title: { en: 'Interaction-2024 exercise', ru: 'Учения «Взаимодействие-2024»' },
      date: '2024-09-03',
      body: {
        en: '<p>Troops trained in <b>Kyrgyzstan</b> near Issyk-Kul &amp; Balykchy.</p>',
        ru: '<p>Войска провели учения в Киргизии.</p>',
      },
      tags: ['training'],
    },
    {
      id: 'kz',
      title: { en: 'Meeting in Astana', ru: 'Встреча в Астане', kk: 'Қазақстандағы кездесу' },
      date: '2024-08-01',
      tags: ['Peacekeeping'],
    },
  ],
}).releases;

/** How much of the feed idle time indexed before the search: a search scans what is not indexed. */
const STATES = ['not indexed yet', 'indexed', 'partly indexed'] as const;
type IndexState = (typeof STATES)[number];

function indexIn(state: IndexState, lang: string, releases: readonly Release[] = feed): SearchIndex {
  const index = new SearchIndex(lang, searchText);
  let slots = state === 'indexed' ? Infinity : state === 'partly indexed' ? Math.ceil(releases.length / 2) : 0;
  index.indexSome(releases, () => slots-- > 0);
  return index;
}

describe.each(STATES)('SearchIndex, %s', (state) => {
  const ids = (lang: string, query: string): string[] =>
    indexIn(state, lang)
      .search(feed, query)
      .map((r) => r.id);

  it.each([
    ['en', '', ['staff', 'exercise', 'kz']],
    ['en', '   ', ['staff', 'exercise', 'kz']],
    ['en', 'joint', ['staff']],
    ['en', 'JOINT staff', ['staff']],
    ['en', 'staff moscow', ['staff']],
    ['en', 'staff astana', []],
    ['en', 'meet', ['staff', 'kz']],
    ['en', 'eet', []],
    ['en', 'kyrgyz', ['exercise']],
    ['en', 'balykchy', ['exercise']],
    ['en', 'amp', []],
    ['en', 'training', ['exercise']],
    ['en', 'peacekeep', ['kz']],
    ['en', 'interaction-2024', ['exercise']],
    ['ru', 'объединенного', ['staff']],
    ['ru', 'Объединённого', ['staff']],
    ['ru', 'учени', ['exercise']],
    ['ru', 'взаимодействие 2024', ['exercise']],
    ['ru', 'joint', []],
    ['kk', 'казакстан', ['kz']],
    ['kk', 'Қазақ', ['kz']],
  ])('%s: %j → %j', (lang, query, expected) => {
    expect(ids(lang, query)).toEqual(expected);
  });

  it('narrows the last matches as a query grows, and widens again when it shrinks', () => {
    const index = indexIn(state, 'en');
    expect(index.search(feed, 'm').map((r) => r.id)).toEqual(['staff', 'kz']);
    expect(index.search(feed, 'me').map((r) => r.id)).toEqual(['staff', 'kz']);
    expect(index.search(feed, 'meeting a').map((r) => r.id)).toEqual(['kz']);
    expect(index.search(feed, 'meeting').map((r) => r.id)).toEqual(['staff', 'kz']);
    expect(index.search(feed, 'tr').map((r) => r.id)).toEqual(['exercise']);
  });

  it('searches another list afresh, not within the last matches', () => {
    const index = indexIn(state, 'en');
    index.search(feed.slice(0, 1), 'meet');
    expect(index.search(feed, 'meeting').map((r) => r.id)).toEqual(['staff', 'kz']);
  });
});

describe('SearchIndex over time', () => {
  it('indexes in idle slices: a release is indexed once, and the search finds the same all along', () => {
    const index = new SearchIndex('en', searchText);
    expect(index.size).toBe(0);
    expect(index.search(feed, 'meeting').map((r) => r.id)).toEqual(['staff', 'kz']);
    expect(index.size).toBe(0); // a search scans; it does not index
    let slots = 1;
    expect(index.indexSome(feed, () => slots-- > 0)).toBe(false);
    expect(index.size).toBe(1);
    expect(index.search(feed, 'meeting').map((r) => r.id)).toEqual(['staff', 'kz']);
    expect(index.indexSome(feed, () => true)).toBe(true);
    expect(index.indexSome(feed, () => true)).toBe(true);
    expect(index.size).toBe(3);
    expect(index.search(feed, 'meeting').map((r) => r.id)).toEqual(['staff', 'kz']);
  });

  it('lets go of releases that refreshes replaced, and still finds what the list holds', () => {
    const index = new SearchIndex('en', searchText);
    // Each refresh of a changed feed: the same data in new objects.
    const answer = () =>
      readFeed({
        releases: Array.from({ length: 200 }, (_, i) => ({ id: `r${i}`, title: `Release ${i}`, date: '2024-09-03' })),
      }).releases;
    let largest = 0;
    for (let refresh = 0; refresh < 10; refresh++) {
      const releases = answer();
      // As the toolbar does: keeps to the list, then indexes it in idle time.
      index.forgetReplaced(releases);
      index.indexSome(releases, () => true);
      expect(index.search(releases, 'release 7')).toHaveLength(11); // 7, 70–79
      largest = Math.max(largest, index.size);
    }
    expect(largest).toBeLessThanOrEqual(3 * 200 + 100);
    expect(index.search(feed, 'meeting').map((r) => r.id)).toEqual(['staff', 'kz']);
  });
});
