import { warnOnce } from './warn-once.js';

/**
 * Says once in the console what to set when an element has nothing to show for lack of
 * configuration: otherwise a webmaster sees an empty space and no reason for it. Not public API.
 *
 * Checked once the page has parsed and a task after the element connects, since a page script or a
 * framework may hand it its data (or call `CstoWidgets.configure`) just after creating it.
 */
export function warnIfUnconfigured(element: Element, isConfigured: () => boolean, advice: string): void {
  const check = (): void =>
    void setTimeout(() => {
      if (element.isConnected && !isConfigured()) warnOnce(advice);
    });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
  else check();
}
