import type { FeedFormat } from '../data/read-feed.js';
import { EndpointError } from '../data/release.js';
import { readPages, type PagesOptions } from './pages.js';
import { SourceError, type HttpFacts } from './source.js';
import { publisherWarnings, type Warning } from './warnings.js';

/**
 * `csto-widgets check <url-or-file>`: what the elements will make of a feed, and what its
 * publisher should fix. The result is plain data (`--json` prints it as it is); `formatCheck`
 * turns it into the human report.
 */

/** 0: nothing to fix; 1: problems found; 2: not reachable, or not a feed. */
export type ExitCode = 0 | 1 | 2;

export interface SkippedEntry {
  /** The file or URL of the page the entry is on. */
  readonly page: string;
  readonly index: number;
  readonly id?: string;
  /** A JSON pointer to the entry (JSON), or its line (XML). */
  readonly pointer?: string;
  readonly line?: number;
  readonly reason: string;
}

export interface CheckResult {
  readonly source: string;
  readonly exitCode: ExitCode;
  /** The first page's format. */
  readonly format?: FeedFormat;
  readonly pages: readonly {
    readonly location: string;
    readonly format: FeedFormat;
    readonly releases: number;
    readonly skipped: number;
  }[];
  /** Releases read, over every page. */
  readonly releases: number;
  readonly skipped: readonly SkippedEntry[];
  readonly warnings: readonly Warning[];
  /** The first page's answer, for a URL. */
  readonly http?: HttpFacts;
  /** Why there is no feed to check (exit code 2). */
  readonly error?: { readonly kind: 'unreachable' | 'parse' | 'format'; readonly message: string };
}

export async function check(source: string, options: PagesOptions = {}): Promise<CheckResult> {
  const empty = { source, pages: [], releases: 0, skipped: [], warnings: [] };
  let result;
  try {
    result = await readPages(source, options);
  } catch (error) {
    if (error instanceof SourceError) {
      return {
        ...empty,
        exitCode: 2,
        ...(error.http && { http: error.http }),
        error: { kind: 'unreachable', message: error.message },
      };
    }
    if (error instanceof EndpointError && (error.kind === 'parse' || error.kind === 'format')) {
      return { ...empty, exitCode: 2, error: { kind: error.kind, message: error.message } };
    }
    throw error;
  }
  const { pages } = result;
  const skipped = pages.flatMap((page) =>
    page.skippedItems.map((item): SkippedEntry => ({ page: page.location, ...item })),
  );
  const warnings = publisherWarnings(result);
  const first = pages[0]!;
  return {
    source,
    exitCode: skipped.length > 0 || warnings.length > 0 ? 1 : 0,
    format: first.format,
    pages: pages.map((page) => ({
      location: page.location,
      format: page.format,
      releases: page.feed.releases.length,
      skipped: page.skippedItems.length,
    })),
    releases: pages.reduce((sum, page) => sum + page.feed.releases.length, 0),
    skipped,
    warnings,
    ...(first.source.http && { http: first.source.http }),
  };
}

const FORMAT_NAMES: Record<FeedFormat, string> = {
  native: 'native (csto-widgets JSON)',
  array: 'a JSON array of releases',
  'json-feed': 'JSON Feed',
  wordpress: 'WordPress REST API posts',
  rss: 'RSS 2.0',
  rdf: 'RSS 1.0 (RDF)',
  atom: 'Atom 1.0',
};

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Where an entry or a warning is: page (when there are several), pointer or line, id. */
function place(
  result: CheckResult,
  entry: { page: string; index?: number; id?: string; pointer?: string; line?: number },
): string {
  const parts: string[] = [];
  if (result.pages.length > 1) parts.push(entry.page);
  if (entry.pointer !== undefined) parts.push(entry.pointer || '/');
  else if (entry.line !== undefined) parts.push(`line ${entry.line}`);
  else if (entry.index !== undefined) parts.push(`entry ${entry.index}`);
  if (entry.id !== undefined) parts.push(`id ${JSON.stringify(entry.id)}`);
  return parts.join('  ');
}

function httpLines(http: HttpFacts): string[] {
  const size =
    http.contentEncoding && http.transferBytes !== http.bytes
      ? `${kilobytes(http.transferBytes)} ${http.contentEncoding} (${kilobytes(http.bytes)})`
      : `${kilobytes(http.bytes)}, not compressed`;
  const lines = [
    `  HTTP        ${http.status} ${http.statusText}, ${http.timeMs} ms, ${size}`,
    `  type        ${http.contentType ?? '(none)'}${http.charset ? '' : ' (no charset)'}`,
    `  caching     Cache-Control: ${http.cacheControl ?? '(none)'}; ETag: ${http.etag ?? '(none)'}; Last-Modified: ${http.lastModified ?? '(none)'}`,
  ];
  if (http.redirects.length) lines.push(`  redirected  ${[...http.redirects, http.url].join(' -> ')}`);
  if (http.origin) {
    lines.push(
      `  CORS        Access-Control-Allow-Origin: ${http.allowOrigin ?? '(none)'}: ${http.origin.allowed ? 'readable' : 'NOT readable'} from ${http.origin.value}`,
    );
  }
  return lines;
}

/** The human report. */
export function formatCheck(result: CheckResult): string {
  const lines = [`csto-widgets check ${result.source}`];
  if (result.http) lines.push(...httpLines(result.http));
  if (result.error) {
    lines.push(`✗ ${result.error.message}`, '', `Not a feed the elements can read (exit code 2).`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `  format      ${result.format ? FORMAT_NAMES[result.format] : '?'}`,
    `  releases    ${result.releases} read${result.pages.length > 1 ? ` on ${plural(result.pages.length, 'page')}` : ''}`,
  );
  if (result.skipped.length) {
    lines.push('', `✗ ${plural(result.skipped.length, 'entry', 'entries')} would be skipped:`);
    for (const entry of result.skipped) lines.push(`  ${place(result, entry)}: ${entry.reason}`);
  }
  if (result.warnings.length) {
    lines.push('', `⚠ ${plural(result.warnings.length, 'warning')}:`);
    for (const warning of result.warnings) {
      const where = place(result, warning);
      lines.push(`  [${warning.code}] ${where ? `${where}: ` : ''}${warning.message}`);
    }
  }
  const problems = result.skipped.length + result.warnings.length;
  lines.push('', problems ? `${plural(problems, 'problem')} to fix (exit code 1).` : 'Nothing to fix.');
  return `${lines.join('\n')}\n`;
}
