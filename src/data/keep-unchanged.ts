import { passReleasesThrough, releasesRead } from './lazy-feed.js';
import type { Feed } from './release.js';

/**
 * Structural sharing between two answers of one endpoint: `feed` (a new answer, not handed out
 * yet) gives the release object of `previous` for every release whose data has not changed. An
 * element then renders again only what changed (a refresh, or the current answer after a stored
 * copy), so an unchanged article keeps its nodes and a reader's focus; caches keyed by release
 * (the search index) stay valid; a `csto-load` listener can tell what changed with `===`.
 *
 * Only what `previous` has read is compared: a long answer is not read whole for this.
 */
export function keepUnchanged(feed: Feed, previous: Feed | undefined): Feed {
  if (!previous || previous === feed) return feed;
  const before = new Map(releasesRead(previous).map((release) => [release.id, release]));
  if (before.size)
    passReleasesThrough(feed, (release) => {
      const kept = before.get(release.id);
      return kept && sameData(kept, release) ? kept : release;
    });
  return feed;
}

/** Whether two JSON-like values hold the same data: the same keys, and equal values under them. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}
