import { feedWarnings, type Warning } from '../data/publisher-warnings.js';
import type { Pages } from './pages.js';
import { isFileStandIn, type HttpFacts } from './source.js';

export type { Warning, WarningCode } from '../data/publisher-warnings.js';

/** The findings of `check` that only a command sees: the HTTP answer and the walk along `next`. */

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
  const [first] = result.pages;
  return [
    ...(first?.source.http ? httpWarnings(first.source.http, first.location) : []),
    ...feedWarnings(result.pages, isFileStandIn),
    ...walkWarnings(result),
  ];
}
