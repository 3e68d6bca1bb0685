import { jsonFormatOf } from './adapters/json-shape.js';
import type { EarlyFeed } from './early-feed.js';
import { recordFirstScreen } from './first-screens.js';
import { hasMoreThan } from './lazy-feed.js';
import { readDocument } from './parse-feed.js';
import type { Feed } from './release.js';
import { lastGoodFeed } from './stale-store.js';

/**
 * The answer to a request the script tag's loader started (early-feed.ts), read as an element
 * reads it, for a first screen drawn before the element's code is here
 * (src/components/{news-feed,event-card}/first-screen.ts).
 */

/** A feed read for a first screen, and when (ms since the epoch): how fresh it is for other elements. */
export interface EarlyRead {
  readonly feed: Feed;
  readonly readAt: number;
}

/**
 * How long a first screen waits for its feed. A slower answer is left to the element, whose code
 * then loads and shows that it is loading (and, past the timeout, why it failed).
 */
const PATIENCE_MS = 3000;

/** A promise that gives up after `ms`, resolving `undefined`. */
const within = <T>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(resolve, ms))]);

// One read per request, for every first screen of its URL (a feed's and a card's): one Feed object,
// let go with the request once an element has taken it.
const reads = new WeakMap<EarlyFeed, Promise<EarlyRead | undefined>>();

/**
 * The feed at `url` as the element reads it: undefined when it is not an answer the element would
 * show at once (an error, another format, no valid release, a copy stored by an earlier page that
 * the element shows first), or when there is no `early` request for it.
 */
export function readEarly(early: EarlyFeed | undefined, url: string): Promise<EarlyRead | undefined> {
  if (!early) return Promise.resolve(undefined);
  let read = reads.get(early);
  if (!read) reads.set(early, (read = readAnswer(early, url).catch(() => undefined)));
  return read;
}

async function readAnswer(early: EarlyFeed, url: string): Promise<EarlyRead | undefined> {
  // While the answer is on its way, the element shows a stored copy at once: its code is wanted now.
  if (!early.arrived && lastGoodFeed(url)) return undefined;
  const patience = Date.now() + PATIENCE_MS;
  // An error, or an answer that is not JSON (RSS, an HTML page), is the element's from its headers on.
  const response = await within(early.response, PATIENCE_MS);
  if (!response?.ok || !/json/i.test(response.headers.get('content-type') ?? '')) return undefined;
  const parsed = await within(early.json, patience - Date.now());
  if (!parsed) return undefined;
  const format = jsonFormatOf(parsed.document);
  if (format !== 'native' && format !== 'array') return undefined;
  try {
    // As `loadFeed` reads it: the same function, against the same base.
    const feed = readDocument(parsed.document, response.url || url);
    if (feed instanceof Promise || !hasMoreThan(feed, 0)) return undefined;
    return { feed, readAt: Date.now() };
  } catch {
    return undefined;
  }
}

/**
 * The first screens of `elements` drawn from their feeds: for each one `settingsOf` gives an
 * endpoint for (undefined: it declines), once the loader's `early` request for it is read, `show`
 * draws it (false: it declines after all) unless the page changed it meanwhile, and the screen is
 * recorded with its feed for the element to take over. Resolves once the elements' code is wanted.
 */
export function showFromFeeds<Settings extends { readonly url: string }>(
  elements: readonly HTMLElement[],
  early: ReadonlyMap<string, EarlyFeed>,
  settingsOf: (element: HTMLElement) => Settings | undefined,
  show: (element: HTMLElement, answer: EarlyRead, settings: Settings) => boolean,
): Promise<void> {
  const screens = elements.map(async (element) => {
    const before = settingsOf(element);
    if (!before) return false;
    const answer = await readEarly(early.get(before.url), before.url);
    // The page may have changed the element while its feed came.
    const settings = settingsOf(element);
    if (!answer || !settings || settings.url !== before.url || !element.isConnected) return false;
    try {
      if (!show(element, answer, settings)) return false;
    } catch {
      // Whatever went wrong, the element shows it as it would have.
      return false;
    }
    // The request stays where it is until the element takes the feed: another element of the same
    // `src` that comes first takes the request, and makes none of its own.
    recordFirstScreen(element, { url: settings.url, ...answer });
    return true;
  });
  return untilCodeWanted(screens);
}

/**
 * Resolves once the elements' code is wanted, given whether each of their first screens `shown`:
 * as soon as one declines (it needs its code now), or once all have shown.
 */
function untilCodeWanted(shown: readonly Promise<boolean>[]): Promise<void> {
  return new Promise((resolve) => {
    for (const screen of shown) void screen.then((drawn) => drawn || resolve());
    void Promise.all(shown).then(() => resolve());
  });
}
