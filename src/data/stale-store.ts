import { leadingReleases, whenIdle } from './lazy-feed.js';
import type { Feed } from './release.js';

/**
 * The last good answer of each endpoint, so an element can show it at once on its next load and
 * keep it on screen when a refresh fails (stale-while-revalidate). Kept in memory, and in
 * `sessionStorage` where the page allows it, so it survives a reload within the tab.
 */

const memory = new Map<string, Feed>();
const STORAGE_PREFIX = 'csto-widgets:feed:';
// sessionStorage is small (about 5 MB for the whole origin, shared with the host page), and the
// stored copy only has to fill a first screen: keep its newest releases, and skip it if still large.
const MAX_STORED_RELEASES = 100;
const MAX_STORED_CHARS = 512 * 1024;

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // a sandboxed frame or blocked storage throws on access
  }
}

/**
 * Remembers `feed` as the last good answer of `url`: in memory now, in storage once the page is
 * idle (writing it is no work for the first screen; the copy is for the next page load).
 */
export function rememberFeed(url: string, feed: Feed): void {
  memory.set(url, feed);
  whenIdle(() => {
    // A newer answer since, or forgetFeeds(): that one is written, or none.
    if (memory.get(url) !== feed) return;
    const { skipped, memberStates, next } = feed;
    // Not a spread of `feed`: that would read every release of a long feed, not the stored ones.
    const json = JSON.stringify({ releases: leadingReleases(feed, MAX_STORED_RELEASES), skipped, memberStates, next });
    if (json.length > MAX_STORED_CHARS) return;
    try {
      storage()?.setItem(STORAGE_PREFIX + url, json);
    } catch {
      // Quota full or storage disabled: the memory copy still serves this page.
    }
  });
}

export function lastGoodFeed(url: string): Feed | undefined {
  const remembered = memory.get(url);
  if (remembered) return remembered;
  try {
    const json = storage()?.getItem(STORAGE_PREFIX + url);
    if (!json) return undefined;
    const feed = JSON.parse(json) as Feed;
    memory.set(url, feed);
    return feed;
  } catch {
    return undefined;
  }
}

export function forgetFeeds(): void {
  memory.clear();
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(STORAGE_PREFIX)) store.removeItem(key);
}
