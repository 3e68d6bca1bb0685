import { warnOnce } from './warn-once.js';

/**
 * How long an element may wait for its data after the page has loaded before the console says it
 * has nothing to show: a script or a framework often hands the data over a moment after creating it.
 */
export const GRACE_MS = 2000;

/** The pending check of each connected element, cancelled when it leaves the page. */
const pendingChecks = new WeakMap<Element, () => void>();

/**
 * Says once in the console what to set when an element has nothing to show for lack of
 * configuration: otherwise a webmaster sees an empty space and no reason for it. Checked
 * `GRACE_MS` after the page's `load` (or the element's arrival, if later). Call it when the element
 * connects, and `cancelConfigurationCheck` when it disconnects. Not public API.
 */
export function checkConfiguration(element: Element, isConfigured: () => boolean, advice: string): void {
  cancelConfigurationCheck(element);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = (): void => {
    timer = setTimeout(() => {
      pendingChecks.delete(element);
      if (!isConfigured()) warnOnce(advice);
    }, GRACE_MS);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  pendingChecks.set(element, () => {
    clearTimeout(timer);
    window.removeEventListener('load', start);
  });
}

/** Drops an element's pending check: an element off the page shows nothing to anyone. */
export function cancelConfigurationCheck(element: Element): void {
  pendingChecks.get(element)?.();
  pendingChecks.delete(element);
}
