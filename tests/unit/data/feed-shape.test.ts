import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isFeed } from '../../../src/data/feed-shape.js';
import { readFeed } from '../../../src/data/read-feed.js';

const seed = readFeed(JSON.parse(readFileSync('demo/data/releases.json', 'utf8')));
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The seed with one change to its first release (or, with `feed`, to the feed itself). */
function broken(change: (release: Record<string, unknown>, feed: Record<string, unknown>) => void): unknown {
  const feed = roundTrip(seed) as unknown as Record<string, unknown>;
  const releases = feed.releases as Record<string, unknown>[];
  change(releases[0]!, feed);
  return feed;
}

describe('isFeed', () => {
  it('takes what the reader makes of the seed, after a trip through JSON (the page)', () => {
    expect(seed.releases.some((release) => release.event)).toBe(true);
    expect(isFeed(roundTrip(seed))).toBe(true);
    expect(isFeed({ releases: [], skipped: 0 })).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', []],
    ['no releases', { skipped: 0 }],
    ['no skipped', { releases: [] }],
    ['a release without an id', broken((release) => delete release.id)],
    ['a title as a bare string', broken((release) => (release.title = 'Title'))],
    ['a date as written by an endpoint', broken((release) => (release.date = '05.09.2024'))],
    ['a date that is no date', broken((release) => (release.date = { iso: 'soon', allDay: true }))],
    ['tags as a string', broken((release) => (release.tags = 'training'))],
    ['a javascript: url', broken((release) => (release.url = 'javascript:alert(1)'))],
    ['a relative image', broken((release) => (release.image = '/image.png'))],
    ['an event without a start', broken((release) => (release.event = { name: { en: 'X' }, memberStates: [] }))],
    [
      'a member state of an unknown status',
      broken((_release, feed) => (feed.memberStates = [{ code: 'RU', name: { en: 'Russia' }, status: 'ally' }])),
    ],
    ['a next page that is no URL', broken((_release, feed) => (feed.next = 'page 2'))],
  ])('refuses %s', (_case, value) => {
    expect(isFeed(value)).toBe(false);
  });
});
