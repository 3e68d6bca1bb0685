import { decodeEntities } from '../../data/clean-text.js';
import type { Release } from '../../data/release.js';
import { pickText } from '../../data/text.js';
import type { FeedQuery } from './feed-query.js';

/**
 * What the toolbar of `controls` computes from the releases: its filters' choices, what they let
 * through, and the text a search looks in. Loaded with the toolbar (the query itself, which a
 * URL can hold, is in feed-query.ts).
 */

/** The choices the toolbar's filters offer, from the releases themselves. */
export interface Facets {
  /** Tags, most used first, then alphabetical; case variants count as one, written as first seen. */
  readonly tags: readonly string[];
  /** Member-state codes involved in a release or its event, alphabetical. */
  readonly states: readonly string[];
  /** Years, newest first. */
  readonly years: readonly string[];
}

/** A release's year as the endpoint dated it (not shifted into the reader's time zone). */
export const yearOf = (release: Release): string => release.date.iso.slice(0, 4);

const statesOf = (release: Release): readonly string[] =>
  release.event ? [...release.memberStates, ...release.event.memberStates] : release.memberStates;

export function facetsOf(releases: readonly Release[]): Facets {
  const tags = new Map<string, { name: string; count: number }>();
  const states = new Set<string>();
  const years = new Set<string>();
  for (const release of releases) {
    for (const tag of release.tags) {
      const key = tag.toLocaleLowerCase();
      const seen = tags.get(key);
      if (seen) seen.count++;
      else tags.set(key, { name: tag, count: 1 });
    }
    for (const state of statesOf(release)) states.add(state);
    years.add(yearOf(release));
  }
  return {
    tags: [...tags.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).map((tag) => tag.name),
    states: [...states].sort(),
    years: [...years].sort().reverse(),
  };
}

/** The releases that pass the query's tag, state and year filters, in order (its text aside). */
export function filterByFacets(releases: readonly Release[], { tag, state, year }: FeedQuery): readonly Release[] {
  if (!tag && !state && !year) return releases;
  const wantedTag = tag.toLocaleLowerCase();
  return releases.filter(
    (release) =>
      (!wantedTag || release.tags.some((t) => t.toLocaleLowerCase() === wantedTag)) &&
      (!state || statesOf(release).includes(state)) &&
      (!year || yearOf(release) === year),
  );
}

/**
 * What a search looks in: title, summary, tags and the body's text, in the language the feed shows
 * (what a reader can see is what they search).
 */
export function searchText(release: Release, lang: string): string {
  const body = pickText(release.body, lang);
  return [
    pickText(release.title, lang),
    pickText(release.summary, lang),
    release.tags.join(' '),
    // Tags as word breaks, entities as the characters they stand for.
    body && decodeEntities(body.replace(/<[^<>]*>/g, ' ')),
  ].join(' ');
}
