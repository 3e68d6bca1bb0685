import { getConfig } from '../config.js';
import { FEED_REQUEST, takeEarlyFeed } from './early-feed.js';
import { parseFeed, parseFeedDocument } from './parse-feed.js';
import { EndpointError, type Feed } from './release.js';
import { responseText } from './response-text.js';
import { resolveEndpoint } from './url.js';
import { keepUnchanged } from './keep-unchanged.js';
import { rememberFeed } from './remember-feed.js';
import { feedsInMemory } from './stale-store.js';
import { loadCorsProbe } from '../internal/on-demand/cors-probe.js';

/**
 * Loading an endpoint: one request per URL however many elements ask (they share a cache entry),
 * a timeout, retries with backoff for passing faults, and an abort once no element waits any more.
 */

export interface LoadOptions {
  /** Aborts this caller's wait; the request itself stops when every caller has aborted. */
  signal?: AbortSignal;
  /** Skip a cached answer (a refresh, a retry). A request already under way is still shared. */
  fresh?: boolean;
}

interface CacheEntry {
  readonly promise: Promise<Feed>;
  readonly controller: AbortController;
  waiting: number;
  settledAt?: number;
  failed?: boolean;
  /** How long the answer stays fresh, in ms, when the endpoint said so (an adopted answer); else `cacheSeconds`. */
  freshFor?: number;
}

const cache = new Map<string, CacheEntry>();

const isRetryable = (error: EndpointError): boolean =>
  error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status ?? 0) >= 500);

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      signal.removeEventListener('abort', abort);
      resolve();
    }
    function abort(): void {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', abort, { once: true });
  });
}

/**
 * One attempt: fetch with a timeout, status check, parse. Always rejects with an EndpointError.
 * `probeCors`: a failure without an answer is checked once for a cross-origin refusal.
 */
async function attempt(url: string, signal: AbortSignal, cache: RequestCache, probeCors: boolean): Promise<Feed> {
  const { timeout } = getConfig();
  const timeoutError = new EndpointError('timeout', `No answer within ${timeout} ms.`);
  const attemptController = new AbortController();
  const stop = (): void => attemptController.abort(signal.reason);
  signal.addEventListener('abort', stop, { once: true });
  const timer = setTimeout(() => attemptController.abort(timeoutError), timeout);
  // A first attempt takes over the request the script tag's loader started for this URL, if any.
  const early = cache === 'default' && probeCors ? takeEarlyFeed(url) : undefined;
  attemptController.signal.addEventListener('abort', () => early?.controller.abort(attemptController.signal.reason));
  try {
    const response = await (early?.response ??
      fetch(url, { ...FEED_REQUEST, signal: attemptController.signal, cache }));
    if (!response.ok) {
      throw new EndpointError('http', `The endpoint answered ${response.status}.`, response.status);
    }
    const base = response.url || url;
    const parsed = await early?.json;
    // The loader parsed it as JSON while the element's code was loading; what is not JSON is read here.
    if (parsed) return await parseFeedDocument(parsed.document, { base });
    // Not `text()`: an XML feed names its own encoding, which only the first bytes tell.
    return await parseFeed(await responseText(response), { base });
  } catch (error) {
    if (error instanceof EndpointError) throw error;
    if (attemptController.signal.aborted) throw attemptController.signal.reason;
    // The probe's code comes after a failure only; when it cannot (offline), the failure is a network one.
    const refusal = probeCors
      ? await loadCorsProbe().then(
          ({ corsRefusal }) => corsRefusal(url, attemptController.signal),
          () => undefined,
        )
      : undefined;
    if (refusal) throw refusal;
    if (attemptController.signal.aborted) throw attemptController.signal.reason;
    throw new EndpointError('network', 'The endpoint could not be reached.');
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

async function request(url: string, signal: AbortSignal, cache: RequestCache): Promise<Feed> {
  const { retries, retryDelay } = getConfig();
  for (let tries = 0; ; tries++) {
    try {
      // A refusal is never retried, so only the first failure needs the probe.
      // Releases that did not change since the last good answer stay the same objects.
      const feed = keepUnchanged(await attempt(url, signal, cache, tries === 0), feedsInMemory.get(url));
      rememberFeed(url, feed);
      return feed;
    } catch (error) {
      if (!(error instanceof EndpointError) || !isRetryable(error) || tries >= retries || signal.aborted) throw error;
      // Full jitter keeps many pages that lost the same endpoint from retrying in step.
      const backoff = retryDelay * 2 ** tries;
      await wait(backoff / 2 + Math.random() * (backoff / 2), signal);
    }
  }
}

function isFresh(entry: CacheEntry): boolean {
  if (entry.settledAt === undefined) return true; // still under way: always share it
  return !entry.failed && Date.now() - entry.settledAt < (entry.freshFor ?? getConfig().cacheSeconds * 1000);
}

/**
 * A fresh load (refresh, retry) asks the server whether its copy changed (`no-cache`: a conditional
 * request, a 304 when it did not) instead of reading a possibly stale HTTP cache entry; other
 * loads honour the HTTP cache as the server set it.
 */
function startRequest(url: string, fresh: boolean): CacheEntry {
  const controller = new AbortController();
  const cacheMode: RequestCache = fresh ? 'no-cache' : 'default';
  const entry: CacheEntry = {
    controller,
    waiting: 0,
    promise: request(url, controller.signal, cacheMode).then(
      (feed) => {
        entry.settledAt = Date.now();
        return feed;
      },
      (error: unknown) => {
        entry.settledAt = Date.now();
        entry.failed = true;
        throw error;
      },
    ),
  };
  // Nobody may be waiting when it fails (every caller aborted): keep that from being "unhandled".
  entry.promise.catch(() => {});
  cache.set(url, entry);
  return entry;
}

/**
 * The feed at `src`. Callers with the same URL share one request and its answer for
 * `cacheSeconds`. Rejects with an EndpointError, or with the signal's reason when aborted.
 */
export function loadFeed(src: string, { signal, fresh = false }: LoadOptions = {}): Promise<Feed> {
  const url = resolveEndpoint(src);
  let entry = cache.get(url);
  if (!entry || !isFresh(entry) || (fresh && entry.settledAt !== undefined)) entry = startRequest(url, fresh);
  if (!signal) return entry.promise;
  if (signal.aborted) return Promise.reject(signal.reason);

  const shared = entry;
  shared.waiting++;
  return new Promise<Feed>((resolve, reject) => {
    const leave = (): void => {
      signal.removeEventListener('abort', abandon);
      shared.waiting--;
    };
    function abandon(): void {
      leave();
      if (shared.waiting === 0 && shared.settledAt === undefined) {
        shared.controller.abort(signal!.reason);
        if (cache.get(url) === shared) cache.delete(url);
      }
      reject(signal!.reason);
    }
    signal.addEventListener('abort', abandon, { once: true });
    shared.promise.then(
      (feed) => {
        leave();
        resolve(feed);
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
}

/**
 * Whether `loadFeed(src)` would be answered without a new request: one is under way for this URL,
 * or its answer is still fresh. Such an answer is newer than any copy kept from an earlier page.
 */
export function hasSharedAnswer(src: string): boolean {
  const entry = cache.get(resolveEndpoint(src));
  return entry !== undefined && isFresh(entry);
}

/**
 * Takes an answer loaded elsewhere (a server render, carried in the page) as the shared answer for
 * `src` while it is fresh: `fetchedAt` (ms) plus `freshSeconds`, or `cacheSeconds` when undefined.
 * Elements asking for `src` then make no request. A reader's clock may be behind the server's: an
 * answer dated ahead counts as just fetched. Nothing changes when a current answer is at hand.
 */
export function adoptAnswer(src: string, feed: Feed, fetchedAt: number, freshSeconds?: number): void {
  const url = resolveEndpoint(src);
  const existing = cache.get(url);
  if (existing && isFresh(existing)) return;
  const freshFor = (freshSeconds ?? getConfig().cacheSeconds) * 1000;
  const now = Date.now();
  if (Math.abs(now - fetchedAt) >= freshFor) return;
  const settledAt = Math.min(fetchedAt, now);
  cache.set(url, {
    promise: Promise.resolve(feed),
    controller: new AbortController(),
    waiting: 0,
    settledAt,
    freshFor,
  });
}

/** Forgets every cached answer (tests; a page that knows its data changed). */
export function clearFeedCache(): void {
  cache.clear();
}
