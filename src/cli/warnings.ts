import { ANY_LANGUAGE, MAX_TEXT_LENGTH } from '../data/normalise.js';
import type { FeedFormat } from '../data/read-feed.js';
import type { LocalizedText, Release } from '../data/release.js';
import { MAX_BODY_LENGTH } from '../data/sanitize.js';
import type { Page, Pages } from './pages.js';
import { isFileStandIn, type HttpFacts } from './source.js';

/**
 * What a publisher should fix although the elements cope: the findings of `check` beyond the
 * entries the reader skips. Pure: pages in, findings out.
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
function releasesWithIndex(page: Page): { release: Release; index: number }[] {
  const skipped = new Set(page.skippedItems.map((item) => item.index));
  const located: { release: Release; index: number }[] = [];
  let index = 0;
  for (const release of page.feed.releases) {
    while (skipped.has(index)) index++;
    located.push({ release, index: index++ });
  }
  return located;
}

function at(page: Page, index: number, release: Release): Pick<Warning, 'page' | 'index' | 'id' | 'pointer'> {
  const prefix = ENTRY_POINTERS[page.format];
  return { page: page.location, index, id: release.id, ...(prefix !== undefined && { pointer: `${prefix}/${index}` }) };
}

// A text the reader cut ends in an ellipsis after at least 80 % of the limit (it cuts at a word).
const wasCut = (text: string): boolean => text.endsWith('…') && text.length >= MAX_TEXT_LENGTH * 0.8;

const languagesOf = (text: LocalizedText): string[] => Object.keys(text).filter((lang) => lang !== ANY_LANGUAGE);

function releaseWarnings(page: Page, release: Release, index: number): Warning[] {
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
    if (isFileStandIn(release[field])) {
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
function languageWarnings(located: { page: Page; release: Release; index: number }[]): Warning[] {
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
function duplicateWarnings(located: { page: Page; release: Release; index: number }[]): Warning[] {
  const firstSeen = new Map<string, Page>();
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

function walkWarnings({ pages, stoppedAt }: Pages): Warning[] {
  const last = pages[pages.length - 1]!.location;
  switch (stoppedAt?.kind) {
    case 'loop':
      return [
        {
          code: 'next-loop',
          message: `next leads back to ${stoppedAt.to}, a page already read: the "more" button would go round in circles`,
          page: stoppedAt.from,
        },
      ];
    case 'limit':
      return [
        {
          code: 'too-many-pages',
          message: `stopped after ${stoppedAt.pages} pages; use a larger page size or --max-pages`,
          page: last,
        },
      ];
    case 'unreadable':
      return [
        {
          code: 'next-unreadable',
          message: `next page ${stoppedAt.location} cannot be read: ${stoppedAt.message}`,
          page: last,
        },
      ];
    default:
      return [];
  }
}

const FEED_TYPES = /^(application\/([\w.+-]*\+)?(json|xml)|text\/xml)\b/i;

/** What the HTTP answer lacks for the elements: CORS for the page's origin, caching, the type. */
export function httpWarnings(http: HttpFacts, page: string): Warning[] {
  const found: Warning[] = [];
  if (http.origin && !http.origin.allowed) {
    found.push({
      code: 'cors',
      message: `Access-Control-Allow-Origin is ${http.allowOrigin ? JSON.stringify(http.allowOrigin) : 'missing'}: pages on ${http.origin.value} cannot read this endpoint (send "*" or that origin)`,
      page,
    });
  }
  if (!http.cacheControl) {
    found.push({
      code: 'no-cache-control',
      message: 'no Cache-Control: browsers guess how long to keep the answer (send e.g. "public, max-age=300")',
      page,
    });
  }
  if (!http.etag && !http.lastModified) {
    found.push({
      code: 'no-validator',
      message: 'no ETag or Last-Modified: every refresh downloads the whole feed again instead of a 304',
      page,
    });
  }
  if (!http.contentType || !FEED_TYPES.test(http.contentType)) {
    found.push({
      code: 'content-type',
      message: `Content-Type is ${http.contentType ? JSON.stringify(http.contentType) : 'missing'}; send application/json (or application/rss+xml, application/atom+xml)`,
      page,
    });
  }
  return found;
}

/**
 * Every warning for a feed's pages: the first page's HTTP answer (later pages come from the same
 * server), the releases in reading order, then the walk along `next`.
 */
export function publisherWarnings(result: Pages): Warning[] {
  const located = result.pages.flatMap((page) =>
    releasesWithIndex(page).map(({ release, index }) => ({ page, release, index })),
  );
  const [first] = result.pages;
  return [
    ...(first?.source.http ? httpWarnings(first.source.http, first.location) : []),
    ...located.flatMap(({ page, release, index }) => releaseWarnings(page, release, index)),
    ...languageWarnings(located),
    ...duplicateWarnings(located),
    ...walkWarnings(result),
  ];
}
