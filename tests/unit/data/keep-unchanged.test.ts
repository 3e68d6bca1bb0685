import { describe, expect, it } from 'vitest';
import { keepUnchanged, sameData } from '../../../src/data/keep-unchanged.js';
import { leadingReleases, loadDetail } from '../../../src/data/lazy-feed.js';
import { buildFeed } from '../../../src/data/normalise.js';
import type { Feed } from '../../../src/data/release.js';

const entry = (id: string, title = `Release ${id}`, extra: object = {}) => ({
  id,
  title: { en: title, ru: `Релиз ${id}` },
  date: '2024-09-03',
  summary: { en: `About ${id}` },
  tags: ['exercise'],
  memberStates: ['AM', 'RU'],
  ...extra,
});
const answer = (items: unknown[]): Feed => buildFeed({ items }, undefined);

describe('sameData', () => {
  it('is true for equal JSON-like values, nested', () => {
    expect(sameData({ a: [1, { b: 'x' }], c: null }, { c: null, a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData('x', 'x')).toBe(true);
  });

  it('is false for any difference of value, key, length or kind', () => {
    expect(sameData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: 1, c: 2 }, { a: 1, b: 2 })).toBe(false);
    expect(sameData({ title: { en: 'A' } }, { title: { en: 'B' } })).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData({ 0: 'a' }, ['a'])).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData(1, '1')).toBe(false);
  });
});

describe('keepUnchanged: a new answer keeps the objects of releases that did not change', () => {
  it('gives the earlier object for an unchanged release, a new one for a changed or new release', () => {
    const before = answer([entry('a'), entry('b'), entry('c')]);
    const beforeReleases = before.releases;
    const after = keepUnchanged(
      answer([entry('new'), entry('a'), entry('b', 'Release b, corrected'), entry('c')]),
      before,
    );
    const [fresh, a, b, c] = after.releases;
    expect(fresh!.id).toBe('new');
    expect(a).toBe(beforeReleases[0]);
    expect(b).not.toBe(beforeReleases[1]);
    expect(b!.title.en).toBe('Release b, corrected');
    expect(c).toBe(beforeReleases[2]);
    expect(loadDetail(after).releases[3]).toBe(beforeReleases[2]);
  });

  it('shares the releases a lazy answer reads later, and those it read already', () => {
    const items = Array.from({ length: 50 }, (_, i) => entry(`r${i}`));
    const before = answer(items);
    const beforeReleases = before.releases;
    const after = answer(items);
    const firstScreen = leadingReleases(after, 5);
    keepUnchanged(after, before);
    expect(leadingReleases(after, 5)).toEqual(beforeReleases.slice(0, 5));
    expect(leadingReleases(after, 5)[0]).toBe(beforeReleases[0]);
    expect(firstScreen[0]).not.toBe(beforeReleases[0]); // handed out before: left as it was
    expect(after.releases.every((release, i) => release === beforeReleases[i])).toBe(true);
    expect(after.releases).toHaveLength(50);
  });

  it('compares only what the earlier answer has read: a long one is not read whole for it', () => {
    const items = Array.from({ length: 50 }, (_, i) => entry(`r${i}`));
    const before = answer(items);
    const firstTen = leadingReleases(before, 10);
    const after = keepUnchanged(answer(items), before).releases;
    expect(after[9]).toBe(firstTen[9]);
    expect(after[10]).not.toBe(undefined);
    expect(leadingReleases(before, 11)[10]).not.toBe(after[10]);
  });

  it('shares with a stored copy (plain data from storage) as with an answer in memory', () => {
    const stored = JSON.parse(
      JSON.stringify({ releases: answer([entry('a'), entry('b')]).releases, skipped: 0 }),
    ) as Feed;
    const after = keepUnchanged(answer([entry('a'), entry('b', 'B!')]), stored).releases;
    expect(after[0]).toBe(stored.releases[0]);
    expect(after[1]).not.toBe(stored.releases[1]);
  });

  it('does not share a release a listener changed since, nor across different ids', () => {
    const before = answer([entry('a'), entry('b')]);
    (before.releases[0] as { note?: string }).note = 'added by a listener';
    const after = keepUnchanged(answer([entry('a'), entry('c')]), before).releases;
    expect(after[0]).not.toBe(before.releases[0]);
    expect(after[0]).not.toHaveProperty('note');
    expect(after[1]!.id).toBe('c');
  });

  it('leaves an answer alone without an earlier one', () => {
    const feed = answer([entry('a')]);
    expect(keepUnchanged(feed, undefined)).toBe(feed);
    expect(keepUnchanged(feed, feed).releases).toHaveLength(1);
  });
});
