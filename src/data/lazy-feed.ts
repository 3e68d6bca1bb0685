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
  idleScheduled: boolean;
}

const readings = new WeakMap<Feed, Reading>();

/**
 * A Feed of `count` releases, each read by `read` when first needed; `rest` holds its other fields.
 * `read` and what it holds (the parsed document) are let go once every release is read.
 */
export function lazyFeed(count: number, read: (position: number) => Release, rest: Omit<Feed, 'releases'>): Feed {
  const feed = {} as Feed;
  Object.defineProperty(feed, 'releases', { enumerable: true, configurable: true, get: () => readAll(feed) });
  Object.assign(feed, rest);
  readings.set(feed, { count, read, releases: [], idleScheduled: false });
  return feed;
}

function readUpTo(reading: Reading, count: number): Release[] {
  const { releases } = reading;
  while (releases.length < count) releases.push(reading.read(releases.length));
  return releases;
}

function readAll(feed: Feed): readonly Release[] {
  const reading = readings.get(feed);
  if (!reading) return feed.releases;
  const releases = readUpTo(reading, reading.count);
  readings.delete(feed);
  Object.defineProperty(feed, 'releases', { value: releases, enumerable: true, configurable: false, writable: false });
  return releases;
}

/** How many releases `feed` holds, without reading them. */
export function releaseCount(feed: Feed): number {
  return readings.get(feed)?.count ?? feed.releases.length;
}

/** The first `count` releases of `feed`, read now if they were not; the others are left unread. */
export function leadingReleases(feed: Feed, count: number): readonly Release[] {
  const reading = readings.get(feed);
  if (!reading) return count >= feed.releases.length ? feed.releases : feed.releases.slice(0, count);
  if (count >= reading.count) return readAll(feed);
  return readUpTo(reading, count).slice(0, Math.max(count, 0));
}

/** Whether every release of `feed` has been read. */
export function isFullyRead(feed: Feed): boolean {
  return !readings.has(feed);
}

/** What an idle callback is told: how long it may work. */
interface Idle {
  timeRemaining(): number;
}

/** Runs `step` when the page is idle (soon, where `requestIdleCallback` is missing: Node, old Safari). */
export function whenIdle(step: (deadline: Idle) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 1000 });
  else setTimeout(() => step({ timeRemaining: () => 8 }), 16);
}

/** Reads the releases of `feed` not read yet, a few milliseconds at a time, while the page is idle. */
export function readRestWhenIdle(feed: Feed): void {
  const reading = readings.get(feed);
  if (!reading || reading.idleScheduled) return;
  reading.idleScheduled = true;
  const step = (deadline: Idle): void => {
    if (!readings.has(feed)) return;
    // At least a few milliseconds a slice, so a page that is never idle still gets there.
    const end = performance.now() + Math.max(deadline.timeRemaining(), 4);
    while (reading.releases.length < reading.count && performance.now() < end)
      readUpTo(reading, reading.releases.length + 1);
    if (reading.releases.length < reading.count) whenIdle(step);
    else readAll(feed);
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
