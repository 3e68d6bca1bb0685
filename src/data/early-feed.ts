/**
 * A feed request started before the element that needs it exists: the script tag's loader starts
 * one per `src` while the element's code is still on its way, and the first `loadFeed` of that URL
 * takes it over instead of sending its own. The two are separate builds (the loader, and the
 * element code it imports), so the requests wait in a page-global map.
 */
import { FEED_ACCEPT } from './feed-accept.js';

/** What every feed request sends besides its signal and cache mode: JSON first, no cookies. */
export const FEED_REQUEST: RequestInit = {
  headers: { accept: FEED_ACCEPT },
  credentials: 'omit',
};

export interface EarlyFeed {
  readonly response: Promise<Response>;
  /**
   * The answer parsed as JSON, begun when first asked for: at once (the parse of a long answer then
   * runs as its last byte arrives, while the element's code may still be on its way), or, for a
   * feed whose first screen reads the answer's first releases, once that screen shows. Undefined
   * when it is no JSON (XML, a broken answer): the taker reads `response`.
   */
  readonly json: Promise<{ readonly document: unknown } | undefined>;
  /** Whether `json` has its document: the answer is here and read. */
  arrived: boolean;
  /**
   * Whether the whole answer is here (a successful one, to its last byte), parsed or not: a copy
   * stored by an earlier page would only flash before it.
   */
  received: boolean;
  /** Stops the request: the taker's timeout or abort. */
  readonly controller: AbortController;
  /**
   * The timer that drops it untaken; cleared when taken, as it holds the answer (its bytes, then
   * its document).
   */
  expiry?: ReturnType<typeof setTimeout>;
}

/** A request nobody took by then is dropped: its element left the page, or never loads. */
const UNCLAIMED_MS = 30_000;

const EARLY_FEEDS = Symbol.for('csto-widgets.early-feeds');
const earlyFeeds = ((globalThis as { [EARLY_FEEDS]?: Map<string, EarlyFeed> })[EARLY_FEEDS] ??= new Map());

/**
 * Starts the request for the absolute `url`, unless one is already waiting to be taken, and
 * parses its answer as it arrives unless `parseWhenAsked`: a first screen that reads the answer's
 * first releases asks once it shows, so the whole answer's parse (tens of ms on the main thread for
 * a thousand releases) does not come between the answer and that screen. Starting a request that is
 * already waiting changes nothing: it is parsed as its first start said, or when a reader asks.
 */
export function startEarlyFeed(url: string, parseWhenAsked = false): void {
  if (earlyFeeds.has(url)) return;
  const controller = new AbortController();
  const response = fetch(url, { ...FEED_REQUEST, signal: controller.signal });
  // Read as they arrive, parsed or not: a body nobody reads stops coming once the browser's buffer
  // for it is full. A clone, so the original is still there to be read as XML; and taken before
  // any taker reads it.
  let bytes: Promise<ArrayBuffer> | undefined = response
    .then((answer) => (answer.ok ? answer.clone().arrayBuffer() : Promise.reject()))
    .then((buffer) => {
      early.received = true;
      return buffer;
    });
  bytes.catch(() => {});
  let json: EarlyFeed['json'] | undefined;
  const early: EarlyFeed = {
    response,
    get json() {
      if (!json) {
        const read = bytes!;
        // Held only until parsed.
        bytes = undefined;
        json = read
          .then((buffer) => JSON.parse(new TextDecoder().decode(buffer)) as unknown)
          .then(
            (document) => {
              early.arrived = true;
              return { document };
            },
            () => undefined,
          );
      }
      return json;
    },
    controller,
    arrived: false,
    received: false,
  };
  // Its failure is reported by the load that takes it; an untaken one has nobody to tell.
  response.catch(() => {});
  if (!parseWhenAsked) void early.json;
  earlyFeeds.set(url, early);
  early.expiry = setTimeout(() => {
    if (earlyFeeds.get(url) !== early) return;
    earlyFeeds.delete(url);
    controller.abort();
  }, UNCLAIMED_MS);
}

/**
 * Whether the request started early for the absolute `url` has its answer here, read: a copy
 * stored by an earlier page would only flash before it.
 */
export function earlyFeedArrived(url: string): boolean {
  return earlyFeeds.get(url)?.arrived === true;
}

/**
 * The requests started early so far, by URL, whoever takes them: a first screen reads the answer
 * an `<event-card>` of the same `src` may take first.
 */
export function earlyFeedsNow(): ReadonlyMap<string, EarlyFeed> {
  return new Map(earlyFeeds);
}

/** The request started early for the absolute `url`, once: the first taker owns it. */
export function takeEarlyFeed(url: string): EarlyFeed | undefined {
  const early = earlyFeeds.get(url);
  earlyFeeds.delete(url);
  // Else the timer's closure keeps the parsed document alive for half a minute after it is read.
  clearTimeout(early?.expiry);
  return early;
}
