/**
 * The builder's check of an endpoint: the elements' own loader and reader, so what it reports is
 * what the elements will do with that endpoint.
 */
import { loadFeed } from '../src/data/load-feed.js';
import { EndpointError, type EndpointErrorKind, type Feed } from '../src/data/release.js';

export type SourceCheck =
  | { readonly ok: true; readonly feed: Feed }
  | { readonly ok: false; readonly kind: EndpointErrorKind; readonly status?: number };

export async function checkSource(url: string, signal: AbortSignal): Promise<SourceCheck> {
  try {
    // Fresh: the person fixing their endpoint wants its answer now, not the one from a minute ago.
    return { ok: true, feed: await loadFeed(url, { signal, fresh: true }) };
  } catch (error) {
    if (signal.aborted) throw error;
    if (error instanceof EndpointError) return { ok: false, kind: error.kind, status: error.status };
    return { ok: false, kind: 'network' };
  }
}
