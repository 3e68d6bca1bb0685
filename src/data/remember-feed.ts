import { leadingReleases, whenIdle } from './lazy-feed.js';
import type { Feed } from './release.js';
import { feedsInMemory, storage, STORAGE_PREFIX } from './stale-store.js';

// sessionStorage is small (about 5 MB for the whole origin, shared with the host page), and the
// stored copy only has to fill a first screen: keep its newest releases, and skip it if still large.
const MAX_STORED_RELEASES = 100;
const MAX_STORED_CHARS = 512 * 1024;

/**
 * Remembers `feed` as the last good answer of `url`: in memory now, in storage once the page is
 * idle (writing it is no work for the first screen; the copy is for the next page load).
 */
export function rememberFeed(url: string, feed: Feed): void {
  feedsInMemory.set(url, feed);
  whenIdle(() => {
    // A newer answer since, or forgetFeeds(): that one is written, or none.
    if (feedsInMemory.get(url) !== feed) return;
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
