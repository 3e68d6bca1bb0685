import type { Feed, Release } from './release.js';

/**
 * Feeds whose releases are read in full only when something asks for them. Whether an entry is
 * kept, and where, is decided for every entry up front (its id, title and date); the rest of it
 * (summary, body, links, tags, states, event) is read for the releases a first screen shows, and
 * for the others after first paint, in idle slices, or at once when anyone reads `releases`. A feed
 * stays plain data to everyone else: `releases` is an own, enumerable property, so `JSON.stringify`,
 * a spread and `structuredClone` all see every release.
 */

/** A feed's releases while they are read: how many it keeps, and those read so far, in order. */
interface Reading {
  readonly count: number;
  /** Reads the kept entry at `position` (0-based among kept entries) in full. */
  readonly read: (position: number) => Release;
  readonly releases: Release[];
  /** Whether the rest is being read in idle time. */
  idle?: boolean;
}

const readings = new WeakMap<Feed, Reading>();
/** Releases read in one idle callback: about a millisecond's work. */
const IDLE_SLICE = 100;

/**
 * A Feed of `count` releases, each read by `read` when first needed; `rest` holds its other fields.
 * `read` and what it holds (the parsed document) are let go once every release is read.
 */
export function lazyFeed(count: number, read: (position: number) => Release, rest: Omit<Feed, 'releases'>): Feed {
  const feed: Feed = Object.defineProperty({} as Feed, 'releases', {
    enumerable: true,
    configurable: true,
    get: () => leadingReleases(feed, count),
  });
  readings.set(feed, { count, read, releases: [] });
  return Object.assign(feed, rest);
}

/** The first `count` releases of `feed`, read now if they were not; the others are left unread. */
export function leadingReleases(feed: Feed, count: number): readonly Release[] {
  const reading = readings.get(feed);
  if (!reading) return feed.releases.slice(0, count);
  const { releases } = reading;
  while (releases.length < Math.min(count, reading.count)) releases.push(reading.read(releases.length));
  if (releases.length < reading.count) return releases.slice(0, count);
  readings.delete(feed);
  Object.defineProperty(feed, 'releases', { value: releases });
  return releases;
}

/** How many releases `feed` holds, without reading them. */
export function releaseCount(feed: Feed): number {
  return readings.get(feed)?.count ?? feed.releases.length;
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
