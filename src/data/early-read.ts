import { getConfig } from '../config.js';
import type { EarlyFeed } from './early-feed.js';
import { recordFirstScreen } from './first-screens.js';
import { readLeadingEntries } from './leading-entries.js';
import { hasMoreThan, leadingReleases } from './lazy-feed.js';
import { readOwnDocument } from './own-formats.js';
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
 * then loads and shows that it is loading (and, past the timeout, why it failed). Once the first
 * releases of an answer show (`readLeading`), the rest of it may take as long as a request may.
 */
const PATIENCE_MS = 3000;

/** How long a first screen waits for a frame that a hidden tab does not draw. */
const HIDDEN_FRAME_MS = 100;

// When the first screens of each request stop waiting for its answer, in ms since the epoch.
const deadlines = new WeakMap<EarlyFeed, number>();

/**
 * Starts the wait for `early`'s answer, once for all its readers: false when there is none, as the
 * element shows a copy stored by an earlier page while the answer is on its way (its code is wanted
 * now; `sessionStorage` is read once, a synchronous call).
 */
function waitsFor(early: EarlyFeed, url: string): boolean {
  if (!deadlines.has(early)) deadlines.set(early, !early.received && lastGoodFeed(url) ? 0 : Date.now() + PATIENCE_MS);
  return deadlines.get(early)! > 0;
}

/** `promise`, or undefined once `early`'s deadline has passed (it may move meanwhile). */
function byDeadline<T>(promise: Promise<T>, early: EarlyFeed): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (resolve: (value: undefined) => void): void => {
    const left = deadlines.get(early)! - Date.now();
    if (left > 0) timer = setTimeout(check, left, resolve);
    else resolve(undefined);
  };
  // The timer's closure holds the request, and with it the parsed answer: cleared once settled.
  return Promise.race([promise, new Promise<undefined>(check)]).finally(() => clearTimeout(timer));
}

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
  if (!waitsFor(early, url)) return undefined;
  const response = await jsonResponse(early);
  if (!response) return undefined;
  const parsed = await byDeadline(early.json, early);
  if (!parsed) return undefined;
  try {
    // As `loadFeed` reads a document in our own formats: the same function, against the same base.
    const feed = readOwnDocument(parsed.document, response.url || url);
    if (!feed || !hasMoreThan(feed, 0)) return undefined;
    return { feed, readAt: Date.now() };
  } catch {
    return undefined;
  }
}

/** The answer's response, by the deadline: undefined when it is an error, or not JSON (RSS, an HTML page), which is the element's. */
async function jsonResponse(early: EarlyFeed): Promise<Response | undefined> {
  const response = await byDeadline(early.response, early);
  return response?.ok && /json/i.test(response.headers.get('content-type') ?? '') ? response : undefined;
}

/**
 * The feed at `url` from the first entries of its answer, while the rest is on its way or before
 * the whole is parsed: resolves once more than `count` of its releases are in (a first screen of
 * `count`, and whether there are more). Undefined when it is no answer in the native format, or has
 * no more than `count` releases.
 */
export async function readLeading(
  early: EarlyFeed | undefined,
  url: string,
  count: number,
): Promise<EarlyRead | undefined> {
  if (!early || !waitsFor(early, url)) return undefined;
  const response = await jsonResponse(early);
  if (!response?.body) return undefined;
  const base = response.url || url;
  const feedOf = (entries: readonly unknown[]): Feed => readOwnDocument({ releases: entries }, base)!;
  const enough = (entries: readonly unknown[]): boolean => {
    try {
      // Read as a feed only once that can say yes: every entry read again each time.
      return entries.length > count && hasMoreThan(feedOf(entries), count);
    } catch {
      return false;
    }
  };
  try {
    // A clone of the answer nobody has read yet: the element may still read the original.
    const entries = await readLeadingEntries(response.clone().body!, enough);
    return entries && { feed: feedOf(entries), readAt: Date.now() };
  } catch {
    // An element whose code came first has read the answer already.
    return undefined;
  }
}

/** Whether the first `count` releases of two feeds are the same, and so whether each has more. */
function sameLeading(one: Feed, other: Feed, count: number): boolean {
  try {
    return JSON.stringify(leadingReleases(one, count + 1)) === JSON.stringify(leadingReleases(other, count + 1));
  } catch {
    return false;
  }
}

/**
 * The first screens of `elements` drawn from their feeds: for each one `settingsOf` gives an
 * endpoint for (undefined: it declines), once the loader's `early` request for it is read, `show`
 * draws it (false: it declines after all) unless the page changed it meanwhile, and the screen is
 * recorded with its feed for the element to take over. With `leading` (how many releases a screen
 * shows), a screen is drawn from the answer's first releases as soon as they are in, and drawn
 * again from the whole answer only if that differs. Resolves once the elements' code is wanted.
 */
export function showFromFeeds<Settings extends { readonly url: string }>(
  elements: readonly HTMLElement[],
  early: ReadonlyMap<string, EarlyFeed>,
  settingsOf: (element: HTMLElement) => Settings | undefined,
  show: (element: HTMLElement, answer: EarlyRead, settings: Settings) => boolean,
  leading?: (settings: Settings) => number,
): Promise<void> {
  const screens = elements.map(async (element) => {
    let root: ShadowRoot | null = null;
    // Not defined meanwhile, nor rendered on a server or shown by anyone else; and not changed by
    // the page while its feed came (another endpoint).
    const settingsNow = (url?: string): Settings | undefined => {
      if (customElements.get(element.localName) || element.shadowRoot !== root || !element.isConnected) return;
      const settings = settingsOf(element);
      return settings && (url ?? settings.url) === settings.url ? settings : undefined;
    };
    const draws = (answer: EarlyRead | undefined, settings: Settings | undefined): settings is Settings => {
      try {
        return Boolean(answer && settings && show(element, answer, settings));
      } catch {
        // Whatever went wrong, the element shows it as it would have.
        return false;
      }
    };
    const before = settingsNow();
    if (!before) return false;
    const request = early.get(before.url);
    let shown: Feed | undefined;
    if (leading) {
      const first = await readLeading(request, before.url, leading(before));
      const settings = settingsNow(before.url);
      if (draws(first, settings)) {
        shown = first!.feed;
        root = element.shadowRoot;
        // Drawn, its feed to come: an element defined meanwhile renders afresh over it.
        recordFirstScreen(element);
        deadlines.set(request!, Date.now() + getConfig().timeout);
        // The whole answer's parse holds the main thread: after the frame that shows the screen.
        await afterNextFrame();
      }
    }
    const answer = await readEarly(request, before.url);
    const settings = settingsNow(before.url);
    if (!answer || !settings) return false;
    // Drawn again unless the whole answer and the element's settings say what the first releases did.
    const drawnRight =
      shown &&
      JSON.stringify(settings) === JSON.stringify(before) &&
      sameLeading(shown, answer.feed, leading!(settings));
    if (!drawnRight && !draws(answer, settings)) return false;
    // The request stays where it is until the element takes the feed: another element of the same
    // `src` that comes first takes the request, and makes none of its own.
    recordFirstScreen(element, { url: settings.url, ...answer });
    return true;
  });
  // Whatever went wrong (a hostile answer, a body another element read first), the code loads.
  return untilCodeWanted(screens.map((screen) => screen.catch(() => false))).then(() => {
    // The element's code parses each answer it takes: begun now, while that code is on its way.
    for (const request of early.values()) void request.json;
  });
}

/** Resolves once a frame has been drawn; in a tab that draws none (hidden), after a moment. */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    // Whichever comes first; the other resolves nothing more.
    setTimeout(resolve, HIDDEN_FRAME_MS);
    requestAnimationFrame(() => setTimeout(resolve));
  });
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
