import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { domId } from '../../../src/components/news-feed/feed-templates.js';
import { filterReleases, matchesFilters } from '../../../src/components/news-feed/feed-view.js';
import { readFeed } from '../../../src/data/read-feed.js';

const feed = readFeed(JSON.parse(readFileSync(new URL('../../fixtures/tags.json', import.meta.url), 'utf8')));
const matching = (tag: string, memberState: string): string[] =>
  feed.releases.filter((release) => matchesFilters(release, { tag, memberState })).map((release) => release.id);

describe('matchesFilters (tags.json, see tests/fixtures/README.md)', () => {
  it.each([
    ['', '', 6],
    ['training', '', 2],
    ['TRAINING', '', 2],
    ['consultations', '', 1],
    ['none-such', '', 0],
    ['', 'KG', 3],
    ['', 'kg', 3],
    ['', 'TJ', 2],
    ['', 'BY', 3],
    ['', 'UZ', 0],
    ['training', 'KZ', 1],
  ])('tag %j, member-state %j → %i', (tag, state, count) => {
    expect(matching(tag, state)).toHaveLength(count);
  });

  it('matches a state that takes part only in the event', () => {
    const release = {
      ...feed.releases[0]!,
      memberStates: [],
      event: { name: { und: 'E' }, start: { iso: '2024-09-03', allDay: true }, memberStates: ['AM'] },
    };
    expect(matchesFilters(release, { tag: '', memberState: 'AM' })).toBe(true);
  });
});

describe('filterReleases', () => {
  it.each([
    ['training', ''],
    [' Training ', ''],
    ['', 'kg'],
    ['training', 'KZ'],
    ['none-such', ''],
  ])('keeps, in order, the releases matchesFilters passes for tag %j, member-state %j', (tag, memberState) => {
    expect(filterReleases(feed.releases, { tag, memberState }).map((release) => release.id)).toEqual(
      matching(tag, memberState),
    );
  });

  it.each([
    ['', ''],
    [' ', '\t'],
  ])('hands back the same array, uncopied, when no filter is set (%j, %j)', (tag, memberState) => {
    expect(filterReleases(feed.releases, { tag, memberState })).toBe(feed.releases);
  });
});

describe('domId', () => {
  it('makes distinct, valid ids of any release id', () => {
    const ids = ['a b', 'a_b', 'a_20b', 'a"b', 'привет', '1'].map((id) => domId('item', id));
    expect(new Set(ids).size).toBe(6);
    expect(ids.every((id) => /^[\w-]+$/.test(id))).toBe(true);
  });
});
