import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeedReport } from '../../../src/data/read-feed.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

describe('readFeedReport', () => {
  it('names each skipped entry by index, id, JSON pointer and a plain reason', async () => {
    const report = await readFeedReport(fixture('half-invalid.json'), 'https://press.example/feed.json');
    expect(report.format).toBe('native');
    expect(report.feed.releases).toHaveLength(4);
    expect(report.skippedItems).toEqual([
      { index: 1, reason: 'no id', pointer: '/releases/1' },
      { index: 3, id: 'no-title', reason: 'no title', pointer: '/releases/3' },
      { index: 5, id: 'impossible-date', reason: 'no readable date ("31.02.2024")', pointer: '/releases/5' },
      { index: 7, reason: 'is not an object (string)', pointer: '/releases/7' },
    ]);
  });

  it.each([
    ['native.json', 'native', 0],
    ['array.json', 'array', 0],
    ['json-feed.json', 'json-feed', 0],
    ['wordpress.json', 'wordpress', 0],
    ['real-feeds/feedhound-jsonfeed.json', 'json-feed', 1],
  ])('tells the format of %s (%s) and skips %i', async (name, format, skipped) => {
    const report = await readFeedReport(fixture(name));
    expect(report.format).toBe(format);
    expect(report.skippedItems).toHaveLength(skipped);
    expect(report.feed.skipped).toBe(skipped);
  });

  it('reports a repeated id as a duplicate, pointing at the copy', async () => {
    const one = { id: 'a', title: 'A', date: '2024-09-03' };
    const report = await readFeedReport(JSON.stringify([one, one]));
    expect(report.skippedItems).toEqual([
      { index: 1, id: 'a', reason: 'repeats the id "a" of an earlier release', pointer: '/1' },
    ]);
  });

  it('resolves with every reason when no entry is valid, where parseFeed rejects', async () => {
    const report = await readFeedReport('{"releases": [{"id": 1}, null]}');
    expect(report.feed.releases).toEqual([]);
    expect(report.skippedItems.map((item) => item.reason)).toEqual(['no title', 'is not an object (null)']);
  });

  it('rejects what is not a feed, as parseFeed does', async () => {
    await expect(readFeedReport('{"hello": "world"}')).rejects.toMatchObject({ kind: 'format' });
    await expect(readFeedReport('{"releases": [')).rejects.toMatchObject({ kind: 'parse' });
  });
});
