import path from 'node:path';
import { readFeedReport, type FeedReport } from '../data/read-feed.js';
import { fileOfStandIn, isFileStandIn, isUrl, readSource, type SourceAnswer, type SourceOptions } from './source.js';
import { strictXmlParser } from './xml-parser.js';

/**
 * A feed and the pages its `next` links lead to, each read by the elements' own reader
 * (`readFeedReport`), as `check` and `convert` both need them.
 */

/** One page as read: where it came from and what the reader made of it. */
export interface Page extends FeedReport {
  /** The file path or URL read. */
  readonly location: string;
  readonly source: SourceAnswer;
}

/** Why the walk along `next` stopped before the last page. */
export type StoppedAt =
  | { readonly kind: 'loop'; readonly from: string; readonly to: string }
  | { readonly kind: 'limit'; readonly pages: number }
  | { readonly kind: 'unreadable'; readonly location: string; readonly message: string };

export interface Pages {
  readonly pages: readonly Page[];
  readonly stoppedAt?: StoppedAt;
}

export interface PagesOptions extends SourceOptions {
  /** How many pages to read at most, the first included (default 100). */
  readonly maxPages?: number;
}

const DEFAULT_MAX_PAGES = 100;

/** Reads one file or URL. Rejects with a SourceError or an EndpointError (`parse`, `format`). */
export async function readPage(location: string, options: SourceOptions = {}): Promise<Page> {
  const source = await readSource(location, options);
  const report = await readFeedReport(source.body, {
    base: source.base,
    domParser: strictXmlParser,
    ...(source.contentType && { contentType: source.contentType }),
  });
  return { ...report, location, source };
}

/** A file path written the way the publisher wrote the first one: absolute, or from here. */
const asGiven = (first: string, file: string): string =>
  path.isAbsolute(first) ? path.resolve(file) : path.relative(process.cwd(), path.resolve(file));

/**
 * Where a page's `next` leads: a URL, or for a page read from a file, the file it names (files
 * link to files beside them, as `convert` writes them), with the base that file will have.
 */
function nextLocation(page: Page, next: string, options: SourceOptions): { location: string; base?: string } {
  if (isUrl(page.location)) return { location: next };
  if (isFileStandIn(next)) return { location: asGiven(page.location, fileOfStandIn(next)) };
  // With `--base`, a `next` below the base's folder is the file at the same place beside this one.
  const folder = page.source.base.slice(0, page.source.base.lastIndexOf('/') + 1);
  if (options.base && next.startsWith(folder)) {
    const relative = decodeURIComponent(new URL(next).pathname.slice(new URL(folder).pathname.length));
    return { location: asGiven(page.location, path.join(path.dirname(page.location), relative)), base: next };
  }
  return { location: next };
}

/**
 * The first page and every page after it along `next`, until a page has none, `next` comes back
 * to a page already read (a loop), `maxPages` is reached, or a later page cannot be read. Rejects
 * only when the first page cannot be read.
 */
export async function readPages(location: string, options: PagesOptions = {}): Promise<Pages> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const first = await readPage(location, options);
  const pages: Page[] = [first];
  const seen = new Set([path.resolve(location), location]);
  for (let page = first; page.feed.next;) {
    const { location: nextPlace, base } = nextLocation(page, page.feed.next, options);
    const key = isUrl(nextPlace) ? nextPlace : path.resolve(nextPlace);
    if (seen.has(key)) return { pages, stoppedAt: { kind: 'loop', from: page.location, to: nextPlace } };
    if (pages.length >= maxPages) return { pages, stoppedAt: { kind: 'limit', pages: maxPages } };
    seen.add(key);
    try {
      // A file along `next` has its own base (or none): the first page's `--base` is not its URL.
      page = await readPage(nextPlace, { ...options, base });
    } catch (error) {
      return { pages, stoppedAt: { kind: 'unreadable', location: nextPlace, message: (error as Error).message } };
    }
    pages.push(page);
  }
  return { pages };
}
