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

/** A part's file name without its content hash: `sanitize-D2b10f.js` is `sanitize`. */
export const partName = (url: string): string =>
  new URL(url, location.href).pathname.replace(/^.*\//, '').replace(/-[\w-]{6}\.js$/, '');

/** The part files (`<folder>/csto-widgets-parts/*.js`) a window has fetched so far, by URL. */
export const partUrlsFetched = (win: Window = window): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => /\/csto-widgets-parts\/[^/]+\.js$/.test(new URL(url).pathname));

/** The parts this page has fetched so far, by name without hash (`sanitize`, `hy`), sorted. */
export const partsFetched = (): string[] => [...new Set(partUrlsFetched().map(partName))].sort();

/** The build's `parts.json`: for each part, its file first and every chunk it imports. */
export async function partFiles(): Promise<
  Record<
    | 'news-feed'
    | 'event-card'
    | 'member-states-badge'
    | 'library'
    | 'hydrate'
    | 'news-feed-first-screen'
    | 'event-card-first-screen'
    | 'member-states-badge-first-screen',
    string[]
  >
> {
  const response = await fetch('/dist/csto-widgets-parts/parts.json');
  if (!response.ok) throw new Error('dist/csto-widgets-parts/parts.json is missing; did the build run?');
  return (await response.json()) as Awaited<ReturnType<typeof partFiles>>;
}

/**
 * What the element parts fetched at first: the part files of the elements and their chunks, and
 * each element's first screen before its code.
 */
export async function firstScreenFiles(): Promise<Set<string>> {
  const parts = await partFiles();
  return new Set([
    ...parts['news-feed'],
    ...parts['event-card'],
    ...parts['member-states-badge'],
    ...parts['news-feed-first-screen'],
    ...parts['event-card-first-screen'],
    ...parts['member-states-badge-first-screen'],
  ]);
}

/**
 * What this page has fetched that no element needs for its first screen, by name: what is loaded
 * on first use (the sanitiser, positioning, a catalogue), not the elements, their chunks, or the
 * whole library of `CstoWidgets.load()`.
 */
export async function onFirstUseFetched(): Promise<string[]> {
  const parts = await partFiles();
  const known = new Set([...(await firstScreenFiles()), parts.library[0]]);
  const names = partUrlsFetched()
    .filter((url) => !known.has(url.replace(/^.*\//, '')))
    .map(partName);
  return [...new Set(names)].sort();
}

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

/**
 * The public properties of an element class (its reactive properties but its internal state),
 * sorted: what a page may set on an element before its code is here, which a first screen must know.
 */
export const publicProperties = (elementClass: {
  elementProperties: Map<PropertyKey, { state?: boolean }>;
}): string[] =>
  [...elementClass.elementProperties]
    .filter(([, options]) => !options.state)
    .map(([key]) => String(key))
    .sort();
