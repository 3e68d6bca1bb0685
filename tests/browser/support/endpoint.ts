/** Helpers for browser tests that talk to the test server (tests/server/endpoint-plugin.mjs). */

/** A query value no other test uses, so counts and `fail=N` start from zero for this test alone. */
export const unique = (): string => `t=${Math.random().toString(36).slice(2)}`;

/** The URL of a fixture on the test endpoint, with fault parameters and a unique marker. */
export function feedUrl(fixture: string, faults = ''): string {
  return `/api/feed/${fixture}?${faults ? `${faults}&` : ''}${unique()}`;
}

/** How many requests the server has seen for exactly this path and query. */
export async function requestCount(pathAndQuery: string): Promise<number> {
  const response = await fetch(`/api/__count?path=${encodeURIComponent(pathAndQuery)}`);
  return ((await response.json()) as { count: number }).count;
}

/**
 * Resolves when `predicate` holds, checking every 20 ms; rejects after `timeout` ms. Timers, not
 * animation frames: a page the browser counts as in the background gets no frames at all.
 */
export async function until(predicate: () => boolean, timeout = 4000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Errors that reached the page (uncaught exceptions, unhandled rejections), collected while a test runs. */
export function watchPageErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent): void => void errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent): void => void errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Text as a reader sees it, with the no-break spaces of typography turned into plain spaces. */
export const plainText = (node: Element | null | undefined): string =>
  (node?.textContent ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
