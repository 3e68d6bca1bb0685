import { ANY_LANGUAGE, MAX_TEXT_LENGTH } from './normalise.js';
import type { FeedReport } from './read-feed.js';
import type { LocalizedText, Release } from './release.js';
import { MAX_BODY_LENGTH } from './sanitize.js';
import type { FeedFormat } from './feed-format.js';

/** A page of a feed as read, with where it was read from (a file or URL). */
export interface ReportedPage extends FeedReport {
  readonly location: string;
}

/**
 * What a publisher should fix although the elements cope: the findings beyond the entries the
 * reader skips. Pure and browser-safe: `csto-widgets check` and the embed builder share them.
 */

export type WarningCode =
  | 'http-image'
  | 'relative-url'
  | 'title-cut'
  | 'body-too-long'
  | 'language-missing'
  | 'duplicate-id'
  | 'next-loop'
  | 'too-many-pages'
  | 'next-unreadable'
  | 'cors'
  | 'no-cache-control'
  | 'no-validator'
  | 'content-type';

/** A finding, with where it is: the page, and for a release its index, id and JSON pointer. */
export interface Warning {
  readonly code: WarningCode;
  readonly message: string;
  /** The file or URL of the page it is on. */
  readonly page: string;
  readonly index?: number;
  readonly id?: string;
  readonly pointer?: string;
}

// Where entry i is in each JSON format, as the reader's report locates skipped entries.
const ENTRY_POINTERS: Partial<Record<FeedFormat, string>> = {
  native: '/releases',
  array: '',
  wordpress: '',
  'json-feed': '/items',
};

/** Each kept release with the index of its entry in the document (skipped entries leave gaps). */
function releasesWithIndex(page: ReportedPage): { release: Release; index: number }[] {
  const skipped = new Set(page.skippedItems.map((item) => item.index));
  const located: { release: Release; index: number }[] = [];
  let index = 0;
  for (const release of page.feed.releases) {
    while (skipped.has(index)) index++;
    located.push({ release, index: index++ });
  }
  return located;
}

function at(page: ReportedPage, index: number, release: Release): Pick<Warning, 'page' | 'index' | 'id' | 'pointer'> {
  const prefix = ENTRY_POINTERS[page.format];
  return { page: page.location, index, id: release.id, ...(prefix !== undefined && { pointer: `${prefix}/${index}` }) };
}

// A text the reader cut ends in an ellipsis after at least 80 % of the limit (it cuts at a word).
const wasCut = (text: string): boolean => text.endsWith('…') && text.length >= MAX_TEXT_LENGTH * 0.8;

const languagesOf = (text: LocalizedText): string[] => Object.keys(text).filter((lang) => lang !== ANY_LANGUAGE);

function releaseWarnings(
  page: ReportedPage,
  release: Release,
  index: number,
  isUnresolved: (url?: string) => boolean,
): Warning[] {
  const where = at(page, index, release);
  const found: Warning[] = [];
  if (release.image?.startsWith('http:')) {
    found.push({
      code: 'http-image',
      message: `image is http: (${release.image}); pages on https: block or flag it, so use https:`,
      ...where,
    });
  }
  for (const field of ['url', 'image'] as const) {
    if (isUnresolved(release[field])) {
      found.push({
        code: 'relative-url',
        message: `${field} is relative and a file has no URL to resolve it against: make it absolute, or give --base <the URL the file is served at>`,
        ...where,
      });
    }
  }
  for (const field of ['title', 'summary'] as const) {
    const texts = release[field];
    if (texts && Object.values(texts).some(wasCut)) {
      found.push({
        code: 'title-cut',
        message: `${field} is longer than ${MAX_TEXT_LENGTH} characters and is cut`,
        ...where,
      });
    }
  }
  if (release.body && Object.values(release.body).some((body) => body.length > MAX_BODY_LENGTH)) {
    found.push({
      code: 'body-too-long',
      message: `body is longer than ${MAX_BODY_LENGTH} characters; readers see it cut there`,
      ...where,
    });
  }
  return found;
}

/** Releases whose title lacks a language that other releases of the feed have. */
function languageWarnings(located: { page: ReportedPage; release: Release; index: number }[]): Warning[] {
  const all = new Set(located.flatMap(({ release }) => languagesOf(release.title)));
  if (all.size < 2) return [];
  return located.flatMap(({ page, release, index }) => {
    const has = languagesOf(release.title);
    // A title with no language tag shows in every language.
    if (has.length === 0) return [];
    const missing = [...all].filter((lang) => !has.includes(lang));
    if (missing.length === 0) return [];
    return [
      {
        code: 'language-missing' as const,
        message: `title has no ${missing.join(', ')} text, which other releases have; readers in that language see another language`,
        ...at(page, index, release),
      },
    ];
  });
}

/** The same id on two pages: the elements show it once, and pages that overlap hide releases. */
function duplicateWarnings(located: { page: ReportedPage; release: Release; index: number }[]): Warning[] {
  const firstSeen = new Map<string, ReportedPage>();
  const found: Warning[] = [];
  for (const { page, release, index } of located) {
    const earlier = firstSeen.get(release.id);
    if (!earlier) firstSeen.set(release.id, page);
    else if (earlier !== page) {
      found.push({
        code: 'duplicate-id',
        message: `id ${JSON.stringify(release.id)} is already on ${earlier.location}`,
        ...at(page, index, release),
      });
    }
  }
  return found;
}

/**
 * The warnings of a feed's pages, releases in reading order. `isUnresolved` tells a URL the reader
 * could not resolve (a relative one in a file with no base), where the caller can know that.
 */
export function feedWarnings(
  pages: readonly ReportedPage[],
  isUnresolved: (url?: string) => boolean = () => false,
): Warning[] {
  const located = pages.flatMap((page) =>
    releasesWithIndex(page).map(({ release, index }) => ({ page, release, index })),
  );
  return [
    ...located.flatMap(({ page, release, index }) => releaseWarnings(page, release, index, isUnresolved)),
    ...languageWarnings(located),
    ...duplicateWarnings(located),
  ];
}
