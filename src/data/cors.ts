import { warnOnce } from '../internal/warn-once.js';
import { EndpointError } from './release.js';
import { pageUrl } from './url.js';

/**
 * Telling a cross-origin refusal from being offline. A `fetch` that another origin's endpoint
 * refuses (no `Access-Control-Allow-Origin` for this page) fails with the same TypeError as a dead
 * host, so the browser does not say which. A `no-cors` request does: it resolves with an opaque
 * answer when the server is there, and fails like the first one when it is not.
 */

/** The page's origin when `url` is on another one; undefined on the same origin or outside a page. */
function otherOriginPage(url: string): string | undefined {
  const page = pageUrl();
  if (!page) return undefined;
  const pageOrigin = new URL(page).origin;
  return new URL(url).origin === pageOrigin ? undefined : pageOrigin;
}

/** What the endpoint's owner must change, for the webmaster: once in the console, and in `csto-error`. */
export const corsAdvice = (url: string, pageOrigin: string): string =>
  `the endpoint ${url} does not allow this page (${pageOrigin}) to read it. ` +
  `It must answer with the header "Access-Control-Allow-Origin: ${pageOrigin}" (or "*").`;

/**
 * After a `fetch` of `url` failed without an answer: the `cors` error when another origin's server
 * answered but withheld its answer from this page, else undefined (offline, dead host, same origin).
 * Costs one `no-cors` request, and none when the browser knows it is offline.
 */
export async function corsRefusal(url: string, signal: AbortSignal): Promise<EndpointError | undefined> {
  const pageOrigin = otherOriginPage(url);
  if (!pageOrigin || globalThis.navigator?.onLine === false) return undefined;
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal });
  } catch {
    return undefined;
  }
  const advice = corsAdvice(url, pageOrigin);
  warnOnce(advice);
  return new EndpointError('cors', advice.charAt(0).toUpperCase() + advice.slice(1));
}
