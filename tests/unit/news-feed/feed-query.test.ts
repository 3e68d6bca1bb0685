import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { facetsOf, filterByFacets } from '../../../src/components/news-feed/feed-facets.js';
import { EMPTY_QUERY, isEmptyQuery } from '../../../src/components/news-feed/feed-query.js';
import { parseFeed } from '../../../src/data/read-feed.js';

// tags.json: see the filter table in tests/fixtures/README.md.
const feed = await parseFeed(readFileSync(new URL('../../fixtures/tags.json', import.meta.url), 'utf8'));
const ids = (query: Partial<typeof EMPTY_QUERY>): string[] =>
  filterByFacets(feed.releases, { ...EMPTY_QUERY, ...query }).map((release) => release.id);

describe('facetsOf', () => {
  it('offers the tags most used first, the states in the releases and their events, the years newest first', () => {
    const facets = facetsOf(feed.releases);
    expect(facets.tags[0]).toBe('training');
    expect(facets.tags).toEqual(expect.arrayContaining(['consultations', 'briefing', 'anniversary', 'emergency']));
    expect(new Set(facets.tags).size).toBe(facets.tags.length);
    expect(facets.states).toEqual(['AM', 'BY', 'KG', 'KZ', 'RU', 'TJ']);
    expect(facets.years).toEqual([...facets.years].sort().reverse());
  });

  it('counts case variants of a tag as one, written as first seen', () => {
    const [first] = feed.releases;
    const facets = facetsOf([
      { ...first!, tags: ['Training'] },
      { ...first!, tags: ['training', 'Cyber'] },
    ]);
    expect(facets.tags).toEqual(['Training', 'Cyber']);
  });
});

describe('filterByFacets', () => {
  it.each([
    [{}, 6],
    [{ tag: 'training' }, 2],
    [{ tag: 'TRAINING' }, 2],
    [{ state: 'KG' }, 3],
    [{ tag: 'training', state: 'KZ' }, 1],
    [{ tag: 'briefing', state: 'KG' }, 0],
  ])('%j lets %i through', (query, count) => {
    expect(ids(query)).toHaveLength(count);
  });

  it('filters by the year a release is dated', () => {
    const years = facetsOf(feed.releases).years;
    const total = years.reduce((sum, year) => sum + ids({ year }).length, 0);
    expect(total).toBe(feed.releases.length);
    expect(ids({ year: '1999' })).toEqual([]);
  });

  it('gives back the very array when nothing is asked', () => {
    expect(filterByFacets(feed.releases, EMPTY_QUERY)).toBe(feed.releases);
    expect(isEmptyQuery({ ...EMPTY_QUERY, text: '  ' })).toBe(true);
    expect(isEmptyQuery({ ...EMPTY_QUERY, year: '2024' })).toBe(false);
  });
});
