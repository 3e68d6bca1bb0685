import type { Feed } from './release.js';

/**
 * The last good answer of each endpoint, so an element can show it at once on its next load and
 * keep it on screen when a refresh fails (stale-while-revalidate). Kept in memory, and in
 * `sessionStorage` where the page allows it, so it survives a reload within the tab. Read here;
 * written by remember-feed.ts, which only the element's code needs (a first screen only reads).
 */

/** The copies in memory, by endpoint URL. */
export const feedsInMemory = new Map<string, Feed>();
export const STORAGE_PREFIX = 'csto-widgets:feed:';

export function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // a sandboxed frame or blocked storage throws on access
  }
}

/** The copy stored by an earlier load of `url` in this tab, or in memory by this page. */
export function lastGoodFeed(url: string): Feed | undefined {
  const remembered = feedsInMemory.get(url);
  if (remembered) return remembered;
  try {
    const json = storage()?.getItem(STORAGE_PREFIX + url);
    if (!json) return undefined;
    const feed = JSON.parse(json) as Feed;
    feedsInMemory.set(url, feed);
    return feed;
  } catch {
    return undefined;
  }
}

export function forgetFeeds(): void {
  feedsInMemory.clear();
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(STORAGE_PREFIX)) store.removeItem(key);
}
