import { warnOnce } from './warn-once.js';

/**
 * How long an element may wait for its data after the page has loaded before the console says it
 * has nothing to show: a script or a framework often hands the data over a moment after creating it.
 */
export const GRACE_MS = 2000;

/**
 * Says once in the console what to set when an element has nothing to show for lack of
 * configuration: otherwise a webmaster sees an empty space and no reason for it. Checked
 * `GRACE_MS` after the page's `load` (or the element's arrival, if later). Not public API.
 */
export function warnIfUnconfigured(element: Element, isConfigured: () => boolean, advice: string): void {
  const check = (): void =>
    void setTimeout(() => {
      if (element.isConnected && !isConfigured()) warnOnce(advice);
    }, GRACE_MS);
  if (document.readyState === 'complete') check();
  else window.addEventListener('load', check, { once: true });
}
