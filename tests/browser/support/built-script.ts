import { waitUntil } from '@open-wc/testing';

/**
 * For the tests of the built scripts (`dist/csto-widgets.js`, its module twin, the standalone
 * file): loading one as a page would, and reading what it rendered and fetched.
 */

/**
 * Adds a script to the page, as a webmaster's tag does; resolves once it has run. `inline` pastes
 * its code into the tag instead, as some tag managers do: the script then has no URL of its own.
 */
export async function loadScript(
  src: string,
  { type, data = {}, inline = false }: { type?: 'module'; data?: Record<string, string>; inline?: boolean } = {},
): Promise<HTMLScriptElement> {
  const script = document.createElement('script');
  if (type) script.type = type;
  Object.assign(script.dataset, data);
  if (inline) {
    script.textContent = await (await fetch(src)).text();
    document.head.append(script);
    return script;
  }
  script.src = src;
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve(script));
    script.addEventListener('error', () => reject(new Error(`${src} did not load; did the build run?`)));
    document.head.append(script);
  });
}

/** Before the file's tests: `markup` into the page, then the built script, as on a real page. */
export function openPage(markup: string, src: string, options?: Parameters<typeof loadScript>[1]): void {
  before(async () => {
    document.body.insertAdjacentHTML('beforeend', markup);
    await loadScript(src, options);
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

/** The console warnings of a test file, kept out of the log (first argument of each). */
export function recordWarnings(): string[] {
  const warnings: string[] = [];
  const warn = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  });
  after(() => {
    console.warn = warn;
  });
  return warnings;
}

/** Opens the tooltip of a badge's member state as a pointer does; resolves once it is placed. */
export async function hoverState(badge: Element, code: string): Promise<HTMLElement> {
  const state = badge.shadowRoot!.querySelector<HTMLElement>(`[part~="state"][data-code="${code}"]`)!;
  state.dispatchEvent(new MouseEvent('mouseenter'));
  const tooltip = badge.shadowRoot!.getElementById(state.getAttribute('aria-describedby')!)!;
  await waitUntil(() => tooltip.dataset.placement, `the tooltip of ${code} is placed`);
  return tooltip;
}
