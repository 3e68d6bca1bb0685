import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDatePoints, parseDate } from '../../src/data/date.js';
import { parseFeed, readFeed } from '../../src/data/read-feed.js';
import { EndpointError, type Feed, type LocalizedText } from '../../src/data/release.js';
import { readRelease } from '../../src/data/normalise.js';

/**
 * Whatever an endpoint sends, the data layer never throws anything but an EndpointError, and what
 * it returns satisfies the model's invariants.
 */

const RUNS = { numRuns: 300 };
const STATE_CODE = /^[A-Z]{2}$/;

function isHttpUrl(value: string): boolean {
  const url = new URL(value);
  return url.protocol === 'http:' || url.protocol === 'https:';
}

const isValidIso = (iso: string): boolean => !Number.isNaN(new Date(iso).getTime());

function expectText(text: LocalizedText | undefined, required: boolean): void {
  if (!text) return void expect(required).toBe(false);
  expect(Object.values(text).some((value) => value !== '')).toBe(true);
  for (const value of Object.values(text)) expect(typeof value).toBe('string');
}

function expectValidFeed(feed: Feed): void {
  expect(Number.isInteger(feed.skipped) && feed.skipped >= 0).toBe(true);
  const ids = new Set<string>();
  for (const release of feed.releases) {
    expect(release.id.trim()).not.toBe('');
    expect(ids.has(release.id)).toBe(false);
    ids.add(release.id);
    expectText(release.title, true);
    expectText(release.summary, false);
    expect(isValidIso(release.date.iso)).toBe(true);
    if (release.url) expect(isHttpUrl(release.url)).toBe(true);
    if (release.image) expect(isHttpUrl(release.image)).toBe(true);
    for (const code of release.memberStates) expect(code).toMatch(STATE_CODE);
    for (const tag of release.tags) expect(tag).not.toBe('');
    if (release.event) {
      expectText(release.event.name, true);
      expect(isValidIso(release.event.start.iso)).toBe(true);
      if (release.event.end)
        expect(compareDatePoints(release.event.end, release.event.start)).toBeGreaterThanOrEqual(0);
      for (const code of release.event.memberStates) expect(code).toMatch(STATE_CODE);
    }
  }
  for (const state of feed.memberStates ?? []) {
    expect(state.code).toMatch(STATE_CODE);
    expectText(state.name, true);
    if (state.flag) expect(isHttpUrl(state.flag)).toBe(true);
  }
  if (feed.next) expect(isHttpUrl(feed.next)).toBe(true);
}

/** Runs `read` and checks: an EndpointError or a valid feed, nothing else. */
function readsCleanly(read: () => Feed): void {
  let feed: Feed;
  try {
    feed = read();
  } catch (error) {
    expect(error).toBeInstanceOf(EndpointError);
    return;
  }
  expectValidFeed(feed);
}

async function parsesCleanly(read: () => Promise<Feed>): Promise<void> {
  let feed: Feed;
  try {
    feed = await read();
  } catch (error) {
    expect(error).toBeInstanceOf(EndpointError);
    return;
  }
  expectValidFeed(feed);
}

// Strings that look like what endpoints send in each field, mixed with anything at all.
const dateLike = fc.oneof(
  fc.string(),
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid' : d.toISOString())),
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 9999 }))
    .map(([d, m, y]) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`),
  fc.constantFrom('2024-02-30', '2024-09-03T25:61:00Z', '+275760-09-13T00:00:00Z', '2024-09-03T10:00:00+99:99', ''),
);
const urlLike = fc.oneof(
  fc.webUrl(),
  fc.string(),
  fc.constantFrom(
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>',
    'vbscript:x',
    '//evil.example/',
  ),
);
const textLike = fc.oneof(
  fc.string(),
  fc.dictionary(
    fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'en', 'ru')),
    fc.oneof(fc.string(), fc.jsonValue()),
  ),
  fc.jsonValue(),
);
const stateLike = fc.oneof(
  fc.string(),
  fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.record({ code: fc.string({ maxLength: 3 }) }))),
  fc.jsonValue(),
);
const eventLike = fc.record(
  { name: textLike, kind: textLike, location: textLike, start: dateLike, end: dateLike, memberStates: stateLike },
  { requiredKeys: [] },
);
const releaseLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.jsonValue()),
    title: textLike,
    date: fc.oneof(dateLike, fc.jsonValue()),
    summary: textLike,
    body: textLike,
    url: urlLike,
    image: urlLike,
    tags: fc.oneof(fc.array(fc.oneof(fc.string(), fc.jsonValue())), fc.string(), fc.jsonValue()),
    memberStates: stateLike,
    event: fc.oneof(eventLike, fc.jsonValue()),
  },
  { requiredKeys: [] },
);
const memberStateLike = fc.record(
  { code: fc.string({ maxLength: 3 }), name: textLike, status: fc.string(), flag: urlLike },
  { requiredKeys: [] },
);

describe('readFeed / parseFeed never throw anything but EndpointError', () => {
  it('for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => readsCleanly(() => readFeed(doc, 'https://example.org/feed.json'))),
      RUNS,
    );
  });

  it('for anything at all (objects with odd prototypes, functions, symbols…)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true }), (doc) =>
        readsCleanly(() => readFeed(doc)),
      ),
      RUNS,
    );
  });

  it('for any text, JSON or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.string().map((s) => `\ufeff${s}`),
        ),
        (text) => parsesCleanly(() => parseFeed(text)),
      ),
      RUNS,
    );
  });

  it('for native documents and bare arrays of release-like objects', () => {
    fc.assert(
      fc.property(
        fc.array(releaseLike, { maxLength: 8 }),
        fc.array(memberStateLike, { maxLength: 4 }),
        urlLike,
        (releases, memberStates, next) => {
          readsCleanly(() => readFeed({ releases, memberStates, next }, 'https://example.org/api/'));
          readsCleanly(() => readFeed(releases));
        },
      ),
      RUNS,
    );
  });

  it('for JSON Feed and WordPress shapes', () => {
    fc.assert(
      fc.property(fc.array(releaseLike, { maxLength: 6 }), (items) => {
        readsCleanly(() =>
          readFeed({
            version: 'https://jsonfeed.org/version/1.1',
            items: items.map((item) => ({
              ...item,
              content_html: item.body,
              date_published: item.date,
              _csto: { event: item.event },
            })),
          }),
        );
        readsCleanly(() =>
          readFeed(
            items.map((item) => ({ ...item, title: { rendered: item.title }, content: { rendered: item.body } })),
          ),
        );
      }),
      RUNS,
    );
  });

  it('accounts for every entry of an array: releases + skipped = entries', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(releaseLike, fc.jsonValue()), { maxLength: 10 }), (entries) => {
        let feed: Feed;
        try {
          feed = readFeed({ releases: entries });
        } catch (error) {
          expect(error).toBeInstanceOf(EndpointError);
          return;
        }
        expect(feed.releases.length + feed.skipped).toBe(entries.length);
      }),
      RUNS,
    );
  });

  it('reads any date string as a valid ISO point or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.jsonValue()), (input) => {
        const point = parseDate(input);
        if (point) expect(isValidIso(point.iso)).toBe(true);
      }),
      RUNS,
    );
  });

  it('keeps prototype-named language keys as plain data and pollutes nothing', () => {
    const doc = JSON.parse(
      '{"releases":[{"id":"p","date":"2024-09-03","title":{"__proto__":"x","constructor":"y","en":"z"},"summary":{"__proto__":{"polluted":1}}}]}',
    ) as unknown;
    const feed = readFeed(doc);
    expect(feed.releases[0]!.title.en).toBe('z');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(
      readRelease({ id: 'a', title: { constructor: 'only' }, date: '2024-09-03' }, undefined)?.title.constructor,
    ).toBe('only');
  });

  it('turns nesting too deep for the stack into an EndpointError, not a RangeError', async () => {
    const depth = 10_000;
    const date = `${'{"iso":'.repeat(depth)}"2024-09-03"${'}'.repeat(depth)}`;
    await parsesCleanly(() => parseFeed(`{"releases":[{"id":"a","title":"t","date":${date}}]}`));
    const deepArray = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    await parsesCleanly(() =>
      parseFeed(`{"releases":[{"id":"a","title":"t","date":"2024-09-03","tags":${deepArray},"event":${deepArray}}]}`),
    );
  });
});
