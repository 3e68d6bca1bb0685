import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/data/date.js';

// The fixtures and the demo data are what the other tests and the demo stand on; these checks keep
// them saying what tests/fixtures/README.md says they say.

type Json = unknown;
type JsonObject = Record<string, Json>;

const root = new URL('../../', import.meta.url);
const readJson = (path: string): Json => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Json;
const fixture = (name: string): Json => readJson(`tests/fixtures/${name}`);

const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: Json): boolean =>
  (typeof value === 'string' && value.trim() !== '') ||
  (isObject(value) && Object.values(value).some((text) => typeof text === 'string' && text.trim() !== ''));

/** The contract's minimum for a release to render: an id, a title and a readable date. */
const isValidRelease = (value: Json): boolean =>
  isObject(value) &&
  (typeof value.id === 'string' || typeof value.id === 'number') &&
  String(value.id) !== '' &&
  isText(value.title) &&
  parseDate(value.date) !== undefined;

const releasesOf = (name: string): JsonObject[] => {
  const doc = fixture(name);
  if (!isObject(doc) || !Array.isArray(doc.releases)) throw new Error(`${name} is not a native feed`);
  return doc.releases as JsonObject[];
};

const ids = (releases: JsonObject[]): string[] => releases.map((release) => String(release.id));

const epochDay = (release: JsonObject): number => new Date(parseDate(release.date)!.iso).getTime();

const isNewestFirst = (releases: JsonObject[]): boolean =>
  releases.every((release, i) => i === 0 || epochDay(releases[i - 1]!) >= epochDay(release));

const numbered = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);

describe('native fixtures', () => {
  it.each([
    { name: 'native.json', count: 4, next: undefined },
    { name: 'paged-1.json', count: 12, next: 'paged-2.json' },
    { name: 'paged-2.json', count: 5, next: undefined },
    { name: 'many.json', count: 25, next: undefined },
    { name: 'tags.json', count: 6, next: undefined },
    { name: 'empty.json', count: 0, next: undefined },
  ])('$name holds $count valid releases, newest first, next: $next', ({ name, count, next }) => {
    const releases = releasesOf(name);
    expect(releases).toHaveLength(count);
    expect(releases.every(isValidRelease)).toBe(true);
    expect(new Set(ids(releases)).size).toBe(count);
    expect(isNewestFirst(releases)).toBe(true);
    expect((fixture(name) as JsonObject).next).toBe(next);
  });

  it('native.json has an event, an image, both date formats and the six member states', () => {
    const releases = releasesOf('native.json');
    expect(releases.some((release) => isObject(release.event))).toBe(true);
    expect(releases.some((release) => typeof release.image === 'string')).toBe(true);
    expect(releases.some((release) => /^\d{2}\.\d{2}\.\d{4}$/.test(String(release.date)))).toBe(true);
    expect(releases.some((release) => /^\d{4}-\d{2}-\d{2}$/.test(String(release.date)))).toBe(true);
    const states = (fixture('native.json') as JsonObject).memberStates as JsonObject[];
    expect(states.map((state) => state.code)).toEqual(['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ']);
  });

  it('the pages number their releases and page 2 is older than page 1', () => {
    const first = releasesOf('paged-1.json');
    const second = releasesOf('paged-2.json');
    expect(ids(first)).toEqual(numbered('page-1', 12));
    expect(ids(second)).toEqual(numbered('page-2', 5));
    expect(isNewestFirst([...first, ...second])).toBe(true);
    expect(ids(releasesOf('many.json'))).toEqual(numbered('many', 25));
    // The whole answer keeps the last `releases`; its first bytes hold the decoys.
    expect(ids(releasesOf('releases-twice.json'))).toEqual(numbered('many', 25));
    const text = readFileSync(new URL('tests/fixtures/releases-twice.json', root), 'utf8');
    const decoys = JSON.parse(text.slice(text.indexOf('['), text.indexOf(']') + 1)) as JsonObject[];
    expect(ids(decoys)).toEqual(numbered('decoy', 11));
  });

  it('half-invalid.json holds the four valid releases and the four kinds of invalid entry', () => {
    const entries = releasesOf('half-invalid.json') as Json[];
    expect(entries).toHaveLength(8);
    const valid = entries.filter(isValidRelease) as JsonObject[];
    expect(ids(valid)).toEqual(['valid-1', 'valid-2', 'valid-3', 'valid-4']);
    const invalid = entries.filter((entry) => !isValidRelease(entry));
    expect(invalid.filter((entry) => isObject(entry) && entry.id === undefined)).toHaveLength(1);
    expect(invalid.filter((entry) => isObject(entry) && entry.title === undefined)).toHaveLength(1);
    expect(invalid.filter((entry) => isObject(entry) && entry.date === '31.02.2024')).toHaveLength(1);
    expect(invalid.filter((entry) => !isObject(entry))).toHaveLength(1);
  });
});

describe('tags.json', () => {
  const releases = releasesOf('tags.json');
  const matching = (tag: string | undefined, state: string | undefined): string[] =>
    releases
      .filter((release) => tag === undefined || ((release.tags as string[] | undefined) ?? []).includes(tag))
      .filter(
        (release) =>
          state === undefined ||
          ((release.memberStates as string[] | undefined) ?? []).some((code) => code.toUpperCase() === state),
      )
      .map((release) => String(release.id).replace('tags-', ''));

  it.each([
    { tag: 'training', state: undefined, expected: ['rock', 'interaction'] },
    { tag: 'consultations', state: undefined, expected: ['unga'] },
    { tag: 'none-such', state: undefined, expected: [] },
    { tag: undefined, state: 'KG', expected: ['rock', 'interaction', 'unga'] },
    { tag: undefined, state: 'TJ', expected: ['interaction', 'unga'] },
    { tag: undefined, state: 'BY', expected: ['unga', 'anniversary', 'untagged'] },
    { tag: undefined, state: 'UZ', expected: [] },
    { tag: 'training', state: 'KZ', expected: ['rock'] },
  ])('tag $tag + member state $state matches $expected, as the README table says', ({ tag, state, expected }) => {
    expect(matching(tag, state)).toEqual(expected);
  });
});

describe('other formats', () => {
  it('array.json is a bare array of 3 valid releases with plain-string text', () => {
    const doc = fixture('array.json') as JsonObject[];
    expect(Array.isArray(doc)).toBe(true);
    expect(doc).toHaveLength(3);
    expect(doc.every(isValidRelease)).toBe(true);
    expect(doc.every((release) => typeof release.title === 'string')).toBe(true);
  });

  it('json-feed.json is JSON Feed 1.1 with _csto extensions and a next page', () => {
    const doc = fixture('json-feed.json') as JsonObject;
    expect(doc.version).toBe('https://jsonfeed.org/version/1.1');
    expect(doc.next_url).toBe('json-feed-2.json');
    expect(((doc._csto as JsonObject).memberStates as Json[]).length).toBe(6);
    const items = doc.items as JsonObject[];
    expect(items).toHaveLength(3);
    expect(items.every((item) => typeof item.id === 'string' && parseDate(item.date_published) !== undefined)).toBe(
      true,
    );
    expect(items.some((item) => typeof item.content_html === 'string')).toBe(true);
    const extended = items.filter((item) => isObject(item._csto));
    expect(extended.every((item) => isObject((item._csto as JsonObject).event))).toBe(true);
    expect(extended.map((item) => (item._csto as JsonObject).memberStates)).toContainEqual(['KG', 'RU']);
    const nextPage = fixture('json-feed-2.json') as JsonObject;
    expect(nextPage.items).toHaveLength(1);
    expect(nextPage.next_url).toBeUndefined();
  });

  it('wordpress.json is a WordPress post list with HTML entities in the titles', () => {
    const posts = fixture('wordpress.json') as JsonObject[];
    expect(posts).toHaveLength(3);
    for (const post of posts) {
      expect(typeof post.id).toBe('number');
      expect(parseDate(post.date)).toBeDefined();
      expect(parseDate(post.date_gmt)).toBeDefined();
      expect(String(post.link)).toMatch(/^https:\/\//);
      expect((post.content as JsonObject).rendered).toMatch(/^<p>/);
      expect((post.excerpt as JsonObject).rendered).toMatch(/^<p>/);
    }
    const titles = posts.map((post) => String((post.title as JsonObject).rendered)).join(' ');
    expect(titles).toContain('&#8220;Rock-2024&#8221;');
    expect(titles).toContain('&amp;');
  });

  it('no-releases.json is JSON without anything that looks like releases', () => {
    expect(fixture('no-releases.json')).toEqual({ hello: 'world' });
  });

  it('the real feed from feedhound has its three entries, one not an object', () => {
    const items = (fixture('real-feeds/feedhound-jsonfeed.json') as JsonObject).items as Json[];
    expect(items).toHaveLength(3);
    expect(items.filter((item) => !isObject(item))).toHaveLength(1);
  });

  it('the XSS vectors are 223 {title, payload, expected} with their licence notice', () => {
    const vectors = fixture('xss/dompurify-vectors.json') as JsonObject[];
    expect(vectors).toHaveLength(223);
    expect(vectors.every((vector) => typeof vector.payload === 'string' && 'expected' in vector)).toBe(true);
    const notice = readFileSync(new URL('tests/fixtures/xss/README.md', root), 'utf8');
    expect(notice).toContain('MPL-2.0 OR Apache-2.0');
  });
});

describe('demo data', () => {
  const first = readJson('demo/data/releases.json') as JsonObject;
  const second = readJson('demo/data/releases-page-2.json') as JsonObject;
  const releases = [...(first.releases as JsonObject[]), ...(second.releases as JsonObject[])];

  /** Every text the demo shows, found wherever it sits. */
  const texts = (release: JsonObject): Json[] => {
    const event = isObject(release.event) ? release.event : {};
    return [release.title, release.summary, release.body, event.name, event.kind, event.location].filter(
      (text) => text !== undefined,
    );
  };

  it('has 8–12 releases on page 1 and 2–3 older ones on page 2, linked by next', () => {
    expect((first.releases as Json[]).length).toBeGreaterThanOrEqual(8);
    expect((first.releases as Json[]).length).toBeLessThanOrEqual(12);
    expect((second.releases as Json[]).length).toBeGreaterThanOrEqual(2);
    expect((second.releases as Json[]).length).toBeLessThanOrEqual(3);
    expect(first.next).toBe('releases-page-2.json');
    expect(releases.every(isValidRelease)).toBe(true);
    expect(isNewestFirst(releases)).toBe(true);
  });

  it('gives every text in English and Russian, with no stray "p>" left from the source site', () => {
    for (const text of releases.flatMap(texts)) {
      expect(Object.keys(text as JsonObject).sort()).toEqual(['en', 'ru']);
      expect(JSON.stringify(text)).not.toMatch(/(^|[^</])p>/);
    }
  });

  it('lists the six member states and uses only their codes', () => {
    const states = first.memberStates as JsonObject[];
    expect(states.map((state) => state.code)).toEqual(['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ']);
    expect(states.every((state) => state.status === 'member')).toBe(true);
    const used = releases.flatMap((release) => [
      ...((release.memberStates as string[] | undefined) ?? []),
      ...(((release.event as JsonObject | undefined)?.memberStates as string[] | undefined) ?? []),
    ]);
    expect(used.every((code) => states.some((state) => state.code === code))).toBe(true);
  });
});
