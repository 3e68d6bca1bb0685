import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyHtml } from '../../../src/data/clean-text.js';
import { MAX_TEXT_LENGTH } from '../../../src/data/normalise.js';
import { parseFeed, readFeed } from '../../../src/data/read-feed.js';
import { EndpointError, type Feed } from '../../../src/data/release.js';
import { pickText } from '../../../src/data/text.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const BASE = 'https://press.example/api/feed.json';
// The JSON fixtures as parsed documents, so describe blocks can read them synchronously.
const feedOf = (name: string): Feed => readFeed(JSON.parse(fixture(name)), BASE);

function errorOf(run: () => unknown): EndpointError {
  try {
    run();
  } catch (error) {
    if (error instanceof EndpointError) return error;
    throw error;
  }
  throw new Error('expected an EndpointError');
}

describe('format detection', () => {
  it.each([
    ['native.json', 4],
    ['array.json', 3],
    ['json-feed.json', 3],
    ['wordpress.json', 3],
    ['real-feeds/feedhound-jsonfeed.json', 2],
  ])('reads %s into %i releases', (name, count) => {
    expect(feedOf(name).releases).toHaveLength(count);
  });

  it('keeps an empty native list as an empty feed, not an error', () => {
    expect(feedOf('empty.json')).toEqual({ releases: [], skipped: 0 });
  });

  it.each([
    ['{"hello": "world"}', 'format'],
    ['{"releases": "nope"}', 'format'],
    ['42', 'format'],
    ['null', 'format'],
    ['<!doctype html><p>Not found</p>', 'parse'],
    ['{"releases": [', 'parse'],
    ['', 'parse'],
  ])('rejects %j as a %s error', async (text, kind) => {
    await expect(parseFeed(text)).rejects.toMatchObject({ name: 'EndpointError', kind });
  });

  it('accepts a byte-order mark before the JSON', async () => {
    expect((await parseFeed(`\ufeff${fixture('native.json')}`)).releases).toHaveLength(4);
  });
});

describe('invalid entries', () => {
  it('skips and counts releases without id, title or a readable date', () => {
    const feed = feedOf('half-invalid.json');
    expect(feed.releases.map((r) => r.id)).toEqual(['valid-1', 'valid-2', 'valid-3', 'valid-4']);
    expect(feed.skipped).toBe(4);
  });

  it('makes a document whose every entry is invalid a format error', () => {
    const error = errorOf(() => readFeed({ releases: [{ id: 1 }, 'x', { title: 'no id', date: '2024-09-03' }] }));
    expect(error.kind).toBe('format');
  });

  it('counts a repeated id once and skips the copy', () => {
    const one = { id: 'a', title: 'A', date: '2024-09-03' };
    expect(readFeed([one, one])).toMatchObject({ skipped: 1, releases: [{ id: 'a' }] });
  });
});

describe('native format', () => {
  const feed = feedOf('native.json');
  const first = feed.releases[0]!;

  it('keeps language maps and reads both date formats', () => {
    expect(Object.keys(first.title).sort()).toEqual(['en', 'ru']);
    expect(feed.releases.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date.iso))).toBe(true);
  });

  it('reads events with their dates and states', () => {
    const withEvent = feed.releases.find((r) => r.event)!;
    expect(withEvent.event!.start.allDay).toBe(true);
    expect(withEvent.event!.memberStates.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it('reads member states with names and statuses', () => {
    expect(feed.memberStates?.map((s) => s.code)).toEqual(['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ']);
  });

  it('resolves relative links against the endpoint and drops unsafe ones', () => {
    const feed = readFeed(
      {
        releases: [
          { id: 1, title: 'a', date: '2024-09-03', url: '/news/1', image: 'img/1.jpg' },
          { id: 2, title: 'b', date: '2024-09-03', url: 'javascript:alert(1)', image: 'data:image/svg+xml,<svg/>' },
          { id: 3, title: 'c', date: '2024-09-03', url: ' JaVaScRiPt:alert(1)' },
        ],
        next: '?page=2',
      },
      BASE,
    );
    expect(feed.releases[0]).toMatchObject({
      url: 'https://press.example/news/1',
      image: 'https://press.example/api/img/1.jpg',
    });
    expect(feed.releases[1]!.url).toBeUndefined();
    expect(feed.releases[1]!.image).toBeUndefined();
    expect(feed.releases[2]!.url).toBeUndefined();
    expect(feed.next).toBe('https://press.example/api/feed.json?page=2');
  });

  it('normalises state codes and tags', () => {
    const [release] = readFeed([
      {
        id: 1,
        title: 't',
        date: '2024-09-03',
        memberStates: ['kg', ' ru ', 'XYZ', 7, 'RU'],
        tags: ['training', ' training ', '', 5],
      },
    ]).releases;
    expect(release!.memberStates).toEqual(['KG', 'RU']);
    expect(release!.tags).toEqual(['training']);
  });

  it('drops an event end that comes before its start, and an event without a start', () => {
    const feed = readFeed([
      { id: 1, title: 't', date: '2024-09-03', event: { name: 'E', start: '2024-09-06', end: '2024-09-03' } },
      { id: 2, title: 't', date: '2024-09-03', event: { name: 'E', start: 'soon' } },
    ]);
    expect(feed.releases[0]!.event).toMatchObject({ start: { iso: '2024-09-06' } });
    expect(feed.releases[0]!.event!.end).toBeUndefined();
    expect(feed.releases[1]!.event).toBeUndefined();
  });

  it('reads its own output again unchanged (the `releases` property takes csto-load data)', () => {
    expect(readFeed(feed.releases).releases).toEqual(feed.releases);
  });
});

describe('text from the source site', () => {
  const seed = readFileSync(new URL('../../fixtures/seed/csto-releases.txt', import.meta.url), 'utf8');
  const lines = seed.split('\n');
  const titleIndex = lines.findIndex((line) => line.startsWith('A quarter of a century together'));

  it('turns the anniversary release into paragraphs without stray `p>` fragments', () => {
    const [release] = readFeed([
      {
        id: 'anniversary',
        title: lines[titleIndex],
        date: lines[titleIndex + 1],
        body: lines.slice(titleIndex + 2).join('\n'),
      },
    ]).releases;
    const body = bodyHtml(pickText(release!.body, 'en'));
    expect(release!.date.iso).toBe('2017-05-29');
    expect(body).not.toMatch(/\sp>/);
    expect(body.startsWith('<p>In his greeting, the CSTO Secretary General, Yuri Khachaturov, said:</p>')).toBe(true);
    expect(body.match(/<p>/g)!.length).toBeGreaterThanOrEqual(8);
  });

  it('removes a stray fragment from a title or summary', () => {
    const [release] = readFeed([{ id: 1, title: 'Greeting p>', summary: 'He said: p>', date: '29.05.2017' }]).releases;
    expect(release!.title).toEqual({ und: 'Greeting' });
    expect(release!.summary).toEqual({ und: 'He said:' });
  });
});

describe('WordPress', () => {
  const feed = feedOf('wordpress.json');

  it('decodes entities in rendered titles and makes excerpts text', () => {
    expect(pickText(feed.releases[0]!.title, 'en')).toContain('“Rock-2024”');
    const summary = pickText(feed.releases[0]!.summary, 'en');
    expect(summary).not.toMatch(/<|&amp;|&#/);
  });

  it('uses date_gmt as the instant, the numeric id as a string and `link` as url', () => {
    expect(feed.releases[0]).toMatchObject({
      id: '4812',
      date: { iso: '2024-09-05T09:00:00.000Z', allDay: false },
      url: 'https://odkb-csto.org/news/news_odkb/rock-2024-final-stage/',
    });
  });

  it('keeps the rendered content as the HTML body', () => {
    expect(bodyHtml(pickText(feed.releases[0]!.body, 'en'))).toMatch(/^<p>/);
  });
});

describe('JSON Feed', () => {
  const feed = feedOf('json-feed.json');

  it('reads the _csto extension: events, states, member states', () => {
    expect(feed.releases.some((r) => r.event && r.memberStates.length)).toBe(true);
    expect(feed.memberStates).toHaveLength(6);
  });

  it('follows next_url relative to the feed', () => {
    expect(feed.next).toBe('https://press.example/api/json-feed-2.json');
  });

  it('borrows a title from the text of an item without one, and skips what is not an object', () => {
    const real = feedOf('real-feeds/feedhound-jsonfeed.json');
    expect(real.skipped).toBe(1);
    expect(real.releases[1]).toMatchObject({ id: '32', title: { und: 'Short note without a title.' } });
    expect(pickText(real.releases[0]!.body, 'en')).toContain('<ul><li>Oak</li></ul>');
  });
});

describe('very long text', () => {
  it('cuts a title or summary longer than MAX_TEXT_LENGTH at a word, and keeps a body whole', () => {
    const long = 'word '.repeat(100_000);
    const [release] = readFeed([{ id: 1, title: long, summary: long, body: long, date: '2024-09-03' }]).releases;
    for (const text of [pickText(release!.title, 'en'), pickText(release!.summary, 'en')]) {
      expect(text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH + 1);
      expect(text.endsWith('word…')).toBe(true);
    }
    expect(pickText(release!.body, 'en').length).toBeGreaterThan(400_000);
  });
});
