import { strictXmlParser } from '../cli/xml-parser.js';
import { responseText } from '../data/response-text.js';
import { parseFeed } from '../data/read-feed.js';
import { FEED_ACCEPT } from '../data/feed-accept.js';
import { EndpointError, type Feed } from '../data/release.js';

/**
 * One endpoint loaded for a server render: fetched once, read by the elements' own reader (RSS and
 * Atom through the CLI's standard-following XML parser), with what the hydrating browser needs to
 * know how fresh it is. One attempt: a build or a cron job that fails is simply run again.
 */

export interface LoadedEndpoint {
  readonly feed: Feed;
  /** When the answer arrived, ISO 8601 UTC (the real clock, whatever `now` a render pins). */
  readonly fetchedAt: string;
  /** `Cache-Control: max-age` of the answer (0 for `no-store` and `no-cache`); absent when it sent none. */
  readonly maxAge?: number;
}

export interface EndpointLoadOptions {
  readonly fetch: typeof fetch;
  /** Milliseconds before the attempt counts as a `timeout`. */
  readonly timeout: number;
}

/** Seconds the answer may be reused, as its `Cache-Control` says; undefined when it says nothing about it. */
export function cacheMaxAge(cacheControl: string | null): number | undefined {
  if (!cacheControl) return undefined;
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((directive) => directive.trim());
  if (directives.includes('no-store') || directives.includes('no-cache')) return 0;
  const maxAge = directives.find((directive) => directive.startsWith('max-age='))?.slice('max-age='.length);
  const seconds = maxAge === undefined ? NaN : Number(maxAge.replace(/^"|"$/g, ''));
  return Number.isInteger(seconds) && seconds >= 0 ? seconds : undefined;
}

async function read(url: string, fetch: typeof globalThis.fetch, signal: AbortSignal): Promise<LoadedEndpoint> {
  const response = await fetch(url, {
    signal,
    headers: { accept: FEED_ACCEPT },
  });
  if (!response.ok) throw new EndpointError('http', `The endpoint answered ${response.status}.`, response.status);
  const feed = await parseFeed(await responseText(response), {
    base: response.url || url,
    contentType: response.headers.get('content-type') ?? '',
    domParser: strictXmlParser,
  });
  const maxAge = cacheMaxAge(response.headers.get('cache-control'));
  return { feed, fetchedAt: new Date().toISOString(), ...(maxAge !== undefined && { maxAge }) };
}

/** The feed at `url` (absolute). Rejects with an EndpointError (`network`, `timeout`, `http`, `parse`, `format`). */
export async function loadEndpoint(url: string, { fetch, timeout }: EndpointLoadOptions): Promise<LoadedEndpoint> {
  const controller = new AbortController();
  const timeoutError = new EndpointError('timeout', `No answer within ${timeout} ms.`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Raced as well as aborted: a `fetch` given in the options may not heed its signal.
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(timeoutError);
      reject(timeoutError);
    }, timeout);
  });
  try {
    return await Promise.race([read(url, fetch, controller.signal), expired]);
  } catch (error) {
    if (error instanceof EndpointError) throw error;
    if (controller.signal.aborted) throw timeoutError;
    // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, ...) is its cause.
    const { cause: why } = error as { cause?: { code?: unknown; message?: unknown } };
    const reason = why?.code ?? why?.message ?? (error instanceof Error && error.message);
    const cause = reason ? ` (${String(reason)})` : '';
    throw new EndpointError('network', `The endpoint could not be reached${cause}.`);
  } finally {
    clearTimeout(timer);
  }
}
