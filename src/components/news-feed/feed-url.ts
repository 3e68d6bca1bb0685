import { EMPTY_QUERY, type FeedQuery } from './feed-query.js';

/**
 * The page URL's fragment as a feed reads and writes it: `#<key>.release=<id>` names a release
 * (a permalink), and with `sync-url` `<key>.q`, `<key>.tag`, `<key>.state` and `<key>.year`
 * hold the toolbar's query. `<key>` is the feed's `id`, else `feed`, so several feeds on a page
 * keep their own; other feeds' entries are kept as they are. A fragment that is not of this
 * `name=value` form (a plain `#top` anchor) is the page's own, read as holding nothing of ours.
 */

/** A feed's key in the page URL. */
export const urlKey = (elementId: string): string => elementId.trim() || 'feed';

/** What a fragment holds for one feed. */
export interface FeedFragment {
  readonly release?: string;
  readonly query: FeedQuery;
}

const QUERY_FIELDS = [
  ['text', 'q'],
  ['tag', 'tag'],
  ['state', 'state'],
  ['year', 'year'],
] as const;

function paramsOf(hash: string): URLSearchParams {
  const fragment = hash.replace(/^#/, '');
  return new URLSearchParams(fragment.includes('=') ? fragment : '');
}

export function readFragment(hash: string, key: string): FeedFragment {
  const params = paramsOf(hash);
  const query = { ...EMPTY_QUERY };
  for (const [field, name] of QUERY_FIELDS) query[field] = params.get(`${key}.${name}`) ?? '';
  query.state = query.state.toUpperCase();
  return { release: params.get(`${key}.release`) || undefined, query };
}

/**
 * `hash` with this feed's entries replaced: `release` when given (or kept when `undefined`),
 * the query's non-empty fields when given (or kept). Returns `''` for an empty fragment.
 */
export function writeFragment(
  hash: string,
  key: string,
  { release, query }: { release?: string | null; query?: FeedQuery },
): string {
  const params = paramsOf(hash);
  if (release !== undefined) {
    params.delete(`${key}.release`);
    if (release) params.set(`${key}.release`, release);
  }
  if (query) {
    for (const [field, name] of QUERY_FIELDS) {
      params.delete(`${key}.${name}`);
      const value = query[field].trim();
      if (value) params.set(`${key}.${name}`, value);
    }
  }
  const fragment = params.toString();
  return fragment ? `#${fragment}` : '';
}

/** The address of this page opened on one release of the feed keyed `key`. */
export function permalinkHref(
  location: { readonly href: string; readonly hash: string },
  key: string,
  releaseId: string,
): string {
  const base = location.href.slice(0, location.href.length - location.hash.length).replace(/#$/, '');
  return base + writeFragment(location.hash, key, { release: releaseId });
}
