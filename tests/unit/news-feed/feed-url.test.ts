import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY } from '../../../src/components/news-feed/feed-query.js';
import { permalinkHref, readFragment, urlKey, writeFragment } from '../../../src/components/news-feed/feed-url.js';

describe('readFragment', () => {
  it.each([
    ['', 'feed', undefined, EMPTY_QUERY],
    ['#top', 'feed', undefined, EMPTY_QUERY],
    ['#feed.release=page-2-03', 'feed', 'page-2-03', EMPTY_QUERY],
    ['#news.release=a&feed.release=b', 'news', 'a', EMPTY_QUERY],
    ['#news.release=a&feed.release=b', 'feed', 'b', EMPTY_QUERY],
    [
      '#feed.q=%D1%83%D1%87%D0%B5%D0%BD%D0%B8%D1%8F+2024&feed.tag=training&feed.state=kg&feed.year=2024',
      'feed',
      undefined,
      { text: 'учения 2024', tag: 'training', state: 'KG', year: '2024' },
    ],
    ['#feed.release=id%20with%20%26%20and%20%23', 'feed', 'id with & and #', EMPTY_QUERY],
  ])('%j for %j: release %j', (hash, key, release, query) => {
    expect(readFragment(hash, key)).toEqual({ release, query });
  });
});

describe('writeFragment', () => {
  it.each([
    ['', 'feed', { release: 'a' }, '#feed.release=a'],
    ['#top', 'feed', { release: 'a' }, '#feed.release=a'],
    ['#feed.release=a', 'feed', { release: null }, ''],
    ['#feed.release=a', 'feed', { query: { ...EMPTY_QUERY, text: 'rock 2024' } }, '#feed.release=a&feed.q=rock+2024'],
    ['#feed.q=rock&other.q=x', 'feed', { query: EMPTY_QUERY }, '#other.q=x'],
    [
      '#other.q=x',
      'feed',
      { query: { ...EMPTY_QUERY, tag: 'training', year: '2024' } },
      '#other.q=x&feed.tag=training&feed.year=2024',
    ],
  ] as const)('%j, %j, %j → %j', (hash, key, change, expected) => {
    expect(writeFragment(hash, key, change)).toBe(expected);
  });

  it('reads back what it wrote', () => {
    const query = { text: 'Объединённого штаба & co', tag: 'a=b', state: 'KZ', year: '2023' };
    const hash = writeFragment('#x.q=1', 'news', { release: 'r/1?x', query });
    expect(readFragment(hash, 'news')).toEqual({ release: 'r/1?x', query });
    expect(readFragment(hash, 'x').query.text).toBe('1');
  });
});

describe('permalinkHref and urlKey', () => {
  it('links this page, its path and query kept, on one release', () => {
    const location = { href: 'https://example.org/news/?page=2#other.q=x', hash: '#other.q=x' };
    expect(permalinkHref(location, 'feed', 'a b')).toBe('https://example.org/news/?page=2#other.q=x&feed.release=a+b');
    expect(permalinkHref({ href: 'https://example.org/#', hash: '' }, 'feed', 'a')).toBe(
      'https://example.org/#feed.release=a',
    );
  });

  it('keys a feed by its id, else "feed"', () => {
    expect(urlKey('')).toBe('feed');
    expect(urlKey(' latest ')).toBe('latest');
  });
});
