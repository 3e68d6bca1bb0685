import type { Feed } from './release.js';

/**
 * The data a server-rendered element was rendered from, carried in the page beside it (see
 * docs/server-rendering.md): `<script type="application/json" data-csto-state>` as the element's
 * first child after its shadow-root template. The browser takes it over instead of fetching again
 * while it is fresh. Plain data, no DOM: the server writes it, the elements read it.
 */

/** The format's version: a reader meeting another one ignores the state and fetches. */
export const SERVER_STATE_VERSION = 1;

/** The attribute that marks the state's `<script type="application/json">`. */
export const SERVER_STATE_ATTRIBUTE = 'data-csto-state';

export interface ServerState {
  readonly version: typeof SERVER_STATE_VERSION;
  /** The element's `src` as written in the page: what a browser compares with its own. */
  readonly src: string;
  /** The absolute URL the server loaded. */
  readonly url: string;
  /** When the answer arrived, ISO 8601 UTC. */
  readonly fetchedAt: string;
  /** Seconds the answer stays fresh from `fetchedAt`, from the endpoint's `Cache-Control: max-age`; absent when it sent none. */
  readonly maxAge?: number;
  /** The first page as the elements read it (normalised; bodies NOT sanitised, as `Release.body`). */
  readonly feed: Feed;
}

// What could end the script element or start a comment in it, and the line terminators that old
// JavaScript parsers reject in strings: written as JSON escapes, which `JSON.parse` reads back.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
const escapeChar = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The state as the text of a `<script type="application/json">`: no `</script>`, no `<!--`, whatever the feed holds. */
export function serialiseServerState(state: ServerState): string {
  return JSON.stringify(state).replace(UNSAFE_IN_SCRIPT, escapeChar);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The state in a script's text, or undefined when it is not one this version writes. */
export function readServerState(text: string): ServerState | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.version !== SERVER_STATE_VERSION) return undefined;
  const { src, url, fetchedAt, maxAge, feed } = value;
  if (typeof src !== 'string' || typeof url !== 'string' || typeof fetchedAt !== 'string') return undefined;
  if (Number.isNaN(Date.parse(fetchedAt))) return undefined;
  if (maxAge !== undefined && !(typeof maxAge === 'number' && maxAge >= 0)) return undefined;
  if (!isRecord(feed) || !Array.isArray(feed.releases)) return undefined;
  return value as unknown as ServerState;
}

/** Whether the state's answer is still fresh at `now`; without `maxAge`, for `fallbackSeconds`. */
export function isServerStateFresh(state: ServerState, now: number, fallbackSeconds: number): boolean {
  const age = now - Date.parse(state.fetchedAt);
  return age >= 0 && age < (state.maxAge ?? fallbackSeconds) * 1000;
}
