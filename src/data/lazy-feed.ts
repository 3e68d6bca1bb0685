import type { Feed, Release } from './release.js';

/**
 * Feeds whose releases are read only as far as something asks. An entry's head (its id, title and
 * date) decides whether it is kept and where; heads are read in order, as far as the releases
 * asked for need (a first screen of 10 reads 10 or so of a feed of 1 000), and all of them once
 * anyone asks how many releases there are or how many entries were skipped. The rest of a release
 * (summary, body, links, tags, states, event) is read for the releases a first screen shows, and
 * for the others after first paint, in idle slices, or at once when anyone reads `releases`. A feed
 * stays plain data to everyone else: `releases` and `skipped` are own, enumerable properties, so
 * `JSON.stringify`, a spread and `structuredClone` all see every release.
 */

/** A document's entries as a lazy feed reads them (see `buildFeed` in normalise.ts). */
export interface FeedEntries {
  /** Reads heads until `count` entries are kept or every head is read; how many are kept by then. */
  readonly keep: (count: number) => number;
  /** Whether every entry's head is read: the number kept and `skipped` are final. */
  readonly allHeadsRead: () => boolean;
  /** Entries left out so far (invalid, or repeating an earlier id). */
  readonly skipped: () => number;
  /** Reads the kept entry at `position` (0-based among kept entries) in full. */
  readonly read: (position: number) => Release;
}

/** A feed's releases while they are read: its entries, and the releases read so far, in order. */
interface Reading {
  entries: FeedEntries;
  readonly releases: Release[];
  /** Whether the rest is being read in idle time. */
  idle?: boolean;
}

const readings = new WeakMap<Feed, Reading>();
/** Releases read in one idle callback: about a millisecond's work. */
const IDLE_SLICE = 100;

/**
 * A Feed of `entries`, each read when first needed; `rest` holds its other fields. The entries and
 * what they hold (the parsed document) are let go once every release is read.
 */
export function lazyFeed(entries: FeedEntries, rest: Omit<Feed, 'releases' | 'skipped'>): Feed {
  const feed: Feed = Object.defineProperties({} as Feed, {
    releases: { enumerable: true, configurable: true, get: () => leadingReleases(feed, Infinity) },
    skipped: {
      enumerable: true,
      configurable: true,
      get: () => {
        entries.keep(Infinity);
        return entries.skipped();
      },
    },
  });
  readings.set(feed, { entries, releases: [] });
  return Object.assign(feed, rest);
}

/** The first `count` releases of `feed`, read now if they were not; the others are left unread. */
export function leadingReleases(feed: Feed, count: number): readonly Release[] {
  const reading = readings.get(feed);
  if (!reading) return feed.releases.slice(0, count);
  const { entries, releases } = reading;
  const kept = entries.keep(count);
  while (releases.length < Math.min(count, kept)) releases.push(entries.read(releases.length));
  if (!entries.allHeadsRead() || releases.length < kept) return releases.slice(0, count);
  readings.delete(feed);
  Object.defineProperties(feed, { releases: { value: releases }, skipped: { value: entries.skipped() } });
  return releases;
}

/** The releases of `feed` read so far, in order: all of them once it is read whole. */
export function releasesRead(feed: Feed): readonly Release[] {
  return readings.get(feed)?.releases ?? feed.releases;
}

/**
 * Has every release of `feed` pass through `through`: those read so far now, the others as they
 * are read. What `through` returns is the release from then on. For an answer that is not handed
 * out yet (see keep-unchanged.ts).
 */
export function passReleasesThrough(feed: Feed, through: (release: Release) => Release): void {
  const read = releasesRead(feed) as Release[];
  read.forEach((release, index) => (read[index] = through(release)));
  const reading = readings.get(feed);
  if (!reading) return;
  const { entries } = reading;
  reading.entries = { ...entries, read: (position) => through(entries.read(position)) };
}

/** How many releases `feed` holds, without reading them (every entry's head, though). */
export function releaseCount(feed: Feed): number {
  return readings.get(feed)?.entries.keep(Infinity) ?? feed.releases.length;
}

/** Whether `feed` holds more than `count` releases, reading no more heads than that takes. */
export function hasMoreThan(feed: Feed, count: number): boolean {
  const reading = readings.get(feed);
  return (reading ? reading.entries.keep(count + 1) : feed.releases.length) > count;
}

/** Runs `task` when the page is idle (soon, where `requestIdleCallback` is missing: Node, Safari). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 16);
}

/** Reads the releases of `feed` not read yet while the page is idle, a slice at a time. */
export function readRestWhenIdle(feed: Feed): void {
  const reading = readings.get(feed);
  if (!reading || reading.idle) return;
  reading.idle = true;
  const step = (): void => {
    leadingReleases(feed, reading.releases.length + IDLE_SLICE);
    if (readings.has(feed)) whenIdle(step);
  };
  whenIdle(step);
}

/**
 * The detail of `csto-load` for `feed`: `releases` is read when a listener asks for it, so a page
 * that does not listen does not pay for the releases it does not show.
 */
export function loadDetail(feed: Feed): { readonly releases: readonly Release[]; readonly skipped: number } {
  return {
    get releases() {
      return feed.releases;
    },
    skipped: feed.skipped,
  };
}
