import type { Release } from '../../data/release.js';

export interface FeedFilter {
  /** A tag, matched case-insensitively; empty matches all. */
  readonly tag: string;
  /** An ISO 3166-1 alpha-2 code, in the release's or its event's states; empty matches all. */
  readonly memberState: string;
}

export function matchesFilters(release: Release, { tag, memberState }: FeedFilter): boolean {
  const wantedTag = tag.trim().toLocaleLowerCase();
  if (wantedTag && !release.tags.some((t) => t.toLocaleLowerCase() === wantedTag)) return false;
  const wantedState = memberState.trim().toUpperCase();
  if (!wantedState) return true;
  return release.memberStates.includes(wantedState) || Boolean(release.event?.memberStates.includes(wantedState));
}

/** The releases that pass `filter`, in order: the very array given when no filter is set. */
export function filterReleases(releases: readonly Release[], filter: FeedFilter): readonly Release[] {
  if (!filter.tag.trim() && !filter.memberState.trim()) return releases;
  return releases.filter((release) => matchesFilters(release, filter));
}
