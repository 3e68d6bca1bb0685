import { describe, expect, it, vi } from 'vitest';
import {
  hasMoreThan,
  leadingReleases,
  loadDetail,
  readRestWhenIdle,
  releaseCount,
} from '../../../src/data/lazy-feed.js';
import { buildFeed } from '../../../src/data/normalise.js';

/** Native entries whose `summary` counts how often it is read: the part of a release read only when shown. */
function countedEntries(count: number): { items: unknown[]; reads: () => number } {
  let reads = 0;
  const items = Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    title: `Release ${i}`,
    date: '2024-09-03',
    get summary() {
      reads++;
      return `Summary ${i}`;
    },
  }));
  return { items, reads: () => reads };
}

describe('a feed read lazily', () => {
  it('reads the rest of a release only when it is asked for', () => {
    const { items, reads } = countedEntries(1000);
    const feed = buildFeed({ items }, undefined);
    expect(reads()).toBe(0);
    expect(releaseCount(feed)).toBe(1000);
    const first = leadingReleases(feed, 10);
    expect(first.map((release) => release.id)).toEqual(Array.from({ length: 10 }, (_, i) => `r${i}`));
    expect(first[9]!.summary).toEqual({ und: 'Summary 9' });
    expect(reads()).toBe(10);
    expect(feed.releases).toHaveLength(1000);
    expect(reads()).toBe(1000);
    expect(feed.releases[999]!.summary).toEqual({ und: 'Summary 999' });
    expect(reads()).toBe(1000);
  });

  it('reads entries’ heads (id, title, date) only as far as what is asked needs, and all of them for the count', () => {
    let titles = 0;
    const items = Array.from({ length: 1000 }, (_, i) => ({
      id: `r${i}`,
      get title() {
        titles++;
        return `Release ${i}`;
      },
      date: '2024-09-03',
    }));
    // Invalid and repeated entries among the first: skipped as the heads are read.
    items[1] = { id: '', title: 'No id', date: '2024-09-03' } as never;
    items[3] = { id: 'r0', title: 'A repeat of r0', date: '2024-09-03' } as never;
    titles = 0;
    const feed = buildFeed({ items }, undefined);
    expect(titles).toBe(0);
    expect(leadingReleases(feed, 10).map((release) => release.id)).toEqual([
      'r0',
      'r2',
      'r4',
      'r5',
      'r6',
      'r7',
      'r8',
      'r9',
      'r10',
      'r11',
    ]);
    // Twelve entries read for ten kept; the two left out had their titles copied as plain values.
    expect(titles).toBe(10);
    expect(hasMoreThan(feed, 10)).toBe(true);
    expect(titles).toBe(11);
    expect(hasMoreThan(feed, 0)).toBe(true);
    expect(titles).toBe(11);
    expect(feed.skipped).toBe(2);
    expect(titles).toBe(998);
    expect(releaseCount(feed)).toBe(998);
    expect(hasMoreThan(feed, 998)).toBe(false);
  });

  it('finds a feed without a valid entry empty once every head is read, and says how many it skipped', () => {
    const feed = buildFeed({ items: [{ id: 'a' }, 'not an entry', { id: 'b', title: 'No date' }] }, undefined);
    expect(hasMoreThan(feed, 0)).toBe(false);
    expect(feed.skipped).toBe(3);
    expect(feed.releases).toEqual([]);
  });

  it('reads every head at once for a report that listens to what is skipped', () => {
    const skips: number[] = [];
    buildFeed({ items: [{ id: 'a', title: 'A', date: '2024-09-03' }, { id: 'a' }, 'x'] }, undefined, (index) =>
      skips.push(index),
    );
    expect(skips).toEqual([1, 2]);
  });

  it('counts an invalid or repeated entry past the first screen as skipped before reading any release', () => {
    const { items, reads } = countedEntries(30);
    items[25] = { id: 'bad', title: 'No date' };
    items[27] = { id: 'r3', title: 'A repeat of r3', date: '2024-09-04' };
    const feed = buildFeed({ items }, undefined);
    expect(feed.skipped).toBe(2);
    expect(releaseCount(feed)).toBe(28);
    expect(reads()).toBe(0);
    expect(leadingReleases(feed, 100)).toHaveLength(28);
  });

  it('hands out the same release objects on the first screen and in the whole list', () => {
    const feed = buildFeed(countedEntries(20), undefined);
    const first = leadingReleases(feed, 5);
    expect(leadingReleases(feed, 5)[4]).toBe(first[4]);
    expect(feed.releases[4]).toBe(first[4]);
    expect(leadingReleases(feed, 5)[4]).toBe(first[4]);
  });

  it('stays plain data: JSON, a spread and structuredClone see every release', () => {
    const feed = buildFeed({ ...countedEntries(3), next: 'https://press.example/page/2' }, undefined);
    const json = JSON.parse(JSON.stringify(buildFeed(countedEntries(3), undefined))) as { releases: unknown[] };
    expect(json.releases).toHaveLength(3);
    expect({ ...buildFeed(countedEntries(3), undefined) }.releases).toHaveLength(3);
    const copy = structuredClone(feed);
    expect(Object.keys(copy)).toEqual(['releases', 'skipped', 'next']);
    expect(copy.releases[2]).toEqual({
      id: 'r2',
      title: { und: 'Release 2' },
      date: { iso: '2024-09-03', allDay: true },
      summary: { und: 'Summary 2' },
      tags: [],
      memberStates: [],
    });
  });

  it('reads the rest when the page is idle', async () => {
    const { items, reads } = countedEntries(500);
    const feed = buildFeed({ items }, undefined);
    leadingReleases(feed, 10);
    readRestWhenIdle(feed);
    readRestWhenIdle(feed);
    expect(reads()).toBe(10);
    await vi.waitFor(() => expect(reads()).toBe(500));
    expect(feed.releases).toHaveLength(500);
    expect(reads()).toBe(500);
  });

  it('gives csto-load a detail that reads the releases only when a listener asks', () => {
    const { items, reads } = countedEntries(50);
    const feed = buildFeed({ items }, undefined);
    const detail = loadDetail(feed);
    expect(detail.skipped).toBe(0);
    expect(reads()).toBe(0);
    expect(detail.releases).toHaveLength(50);
    expect(reads()).toBe(50);
  });

  it('treats a feed built elsewhere (a stored copy, a test) as read', () => {
    const release = {
      id: 'a',
      title: { und: 'A' },
      date: { iso: '2024-09-03', allDay: true },
      tags: [],
      memberStates: [],
    };
    const feed = { releases: [release, { ...release, id: 'b' }], skipped: 0 };
    expect(releaseCount(feed)).toBe(2);
    expect(leadingReleases(feed, 1)).toEqual([release]);
    expect(leadingReleases(feed, 5)).toEqual(feed.releases);
  });
});
