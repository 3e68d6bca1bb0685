import { waitUntil } from '@open-wc/testing';

/**
 * For the tests of the built scripts (`dist/csto-widgets.js`, its module twin, the standalone
 * file): loading one as a page would, and reading what it rendered and fetched.
 */

/** Adds a script to the page, as a webmaster's tag does; resolves once it has run. */
export function loadScript(
  src: string,
  { type, data = {} }: { type?: 'module'; data?: Record<string, string> } = {},
): Promise<HTMLScriptElement> {
  const script = document.createElement('script');
  script.src = src;
  if (type) script.type = type;
  Object.assign(script.dataset, data);
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve(script));
    script.addEventListener('error', () => reject(new Error(`${src} did not load; did the build run?`)));
    document.head.append(script);
  });
}

/** The releases an element shows. */
export const itemsOf = (element: Element): HTMLElement[] => [
  ...(element.shadowRoot?.querySelectorAll<HTMLElement>('[part~="item"]') ?? []),
];

/** The parts (`<folder>/csto-widgets-parts/*.js`) this page has fetched so far, by file name. */
export const partsFetched = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((pathname) => pathname.includes('/csto-widgets-parts/'))
    .map((pathname) => pathname.slice(pathname.lastIndexOf('/') + 1))
    .sort();

/** Errors that reached the page while a test file ran. */
export function recordPageErrors(): unknown[] {
  const errors: unknown[] = [];
  const record = (event: ErrorEvent): number => errors.push(event.error ?? event.message);
  before(() => window.addEventListener('error', record));
  after(() => window.removeEventListener('error', record));
  return errors;
}

/** Opens the tooltip of a badge's member state as a pointer does; resolves once it is placed. */
export async function hoverState(badge: Element, code: string): Promise<HTMLElement> {
  const state = badge.shadowRoot!.querySelector<HTMLElement>(`[part~="state"][data-code="${code}"]`)!;
  state.dispatchEvent(new MouseEvent('mouseenter'));
  const tooltip = badge.shadowRoot!.getElementById(state.getAttribute('aria-describedby')!)!;
  await waitUntil(() => tooltip.dataset.placement, `the tooltip of ${code} is placed`);
  return tooltip;
}
