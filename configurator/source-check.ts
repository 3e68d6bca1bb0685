/**
 * The builder's check of an endpoint: the elements' own loader and reader, so what it reports is
 * what the elements will do with that endpoint; then the reader's report and the publisher
 * warnings of `csto-widgets check` on the same answer.
 */
import { loadFeed } from '../src/data/load-feed.js';
import { feedWarnings, type Warning } from '../src/data/publisher-warnings.js';
import { readFeedReport, type FeedFormat, type SkippedItem } from '../src/data/read-feed.js';
import { EndpointError, type EndpointErrorKind, type Feed } from '../src/data/release.js';

export type SourceCheck =
  | {
      readonly ok: true;
      readonly feed: Feed;
      /** Undefined when the answer could not be read a second time for the report. */
      readonly format?: FeedFormat;
      readonly skippedItems: readonly SkippedItem[];
      readonly warnings: readonly Warning[];
    }
  | {
      readonly ok: false;
      readonly kind: EndpointErrorKind;
      readonly status?: number;
      readonly skippedItems: readonly SkippedItem[];
    };

/** The answer read with the publisher's details: from the HTTP cache where the endpoint allows it. */
async function report(url: string, signal: AbortSignal) {
  const response = await fetch(url, { signal, cache: 'force-cache', credentials: 'omit' });
  if (!response.ok) return undefined;
  const base = response.url || url;
  const read = await readFeedReport(await response.arrayBuffer(), {
    base,
    contentType: response.headers.get('content-type') ?? undefined,
  });
  return { ...read, warnings: feedWarnings([{ ...read, location: base }]) };
}

export async function checkSource(url: string, signal: AbortSignal): Promise<SourceCheck> {
  let feed: Feed;
  try {
    // Fresh: the person fixing their endpoint wants its answer now, not the one from a minute ago.
    feed = await loadFeed(url, { signal, fresh: true });
  } catch (error) {
    if (signal.aborted) throw error;
    const kind = error instanceof EndpointError ? error.kind : 'network';
    const status = error instanceof EndpointError ? error.status : undefined;
    // Every entry invalid: say why for each, as `check` would.
    const skippedItems =
      kind === 'format' ? ((await report(url, signal).catch(() => undefined))?.skippedItems ?? []) : [];
    return { ok: false, kind, status, skippedItems };
  }
  const details = await report(url, signal).catch(() => undefined);
  if (signal.aborted) throw signal.reason;
  return details ? { ok: true, ...details } : { ok: true, feed, skippedItems: [], warnings: [] };
}
