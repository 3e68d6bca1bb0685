/**
 * Page-level defaults, set once for every element on a page: `CstoWidgets.configure({...})`, or
 * data attributes on the script tag. An element's own attribute always wins.
 */
export interface CstoConfig {
  /** Endpoint for elements that have neither `src` nor data of their own. */
  endpoint?: string;
  /** Language for elements with no `lang` of their own or on an ancestor. */
  lang?: string;
  /** Milliseconds before a request counts as a `timeout` (default 10 000). */
  timeout: number;
  /** Retries after a `network`, `timeout` or 5xx failure (default 2; 4xx, `cors` and bad bodies: none). */
  retries: number;
  /** Milliseconds before the first retry; each later one waits about twice as long (default 500). */
  retryDelay: number;
  /** Seconds an answer is reused by other elements asking for the same `src` (default 60). */
  cacheSeconds: number;
}

const DEFAULTS: CstoConfig = { timeout: 10_000, retries: 2, retryDelay: 500, cacheSeconds: 60 };

const PAGE_CONFIG = Symbol.for('csto-widgets.config');

/**
 * The configuration in force, one per page, not one per copy of this module: the script tag's
 * loader and the element code it imports later are separate builds, and a page configures once
 * for every element, whichever copy of the library defined it.
 */
const store = ((globalThis as { [PAGE_CONFIG]?: { current: CstoConfig } })[PAGE_CONFIG] ??= {
  current: { ...DEFAULTS },
});

/** Sets page-level defaults; keys left out keep their value. Returns the configuration in force. */
export function configure(options: Partial<CstoConfig>): Readonly<CstoConfig> {
  const defined = Object.entries(options).filter(([, value]) => value !== undefined);
  store.current = { ...store.current, ...Object.fromEntries(defined) };
  return getConfig();
}

export function getConfig(): Readonly<CstoConfig> {
  return store.current;
}

/** Back to the built-in defaults (tests, and pages that reconfigure from scratch). */
export function resetConfig(): void {
  store.current = { ...DEFAULTS };
}

/**
 * The `<script type="module">` that loaded the module at `moduleUrl` (`import.meta.url`): a module
 * has no `document.currentScript`. The tag with that URL; failing that (a CDN that redirects
 * `@latest` to a version gives the module another URL than its tag), the one module script with
 * the same file name. Null when there is none, or more than one to choose from.
 */
export function moduleScriptAt(moduleUrl: string | undefined): HTMLScriptElement | null {
  if (!moduleUrl || typeof document === 'undefined') return null;
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')];
  const sameUrl = scripts.find((script) => script.src === moduleUrl);
  if (sameUrl) return sameUrl;
  const fileName = (url: string): string => new URL(url).pathname.split('/').pop() ?? '';
  const sameFile = scripts.filter((script) => fileName(script.src) === fileName(moduleUrl));
  return sameFile.length === 1 ? sameFile[0]! : null;
}

/** Reads `data-endpoint`, `data-lang`, `data-timeout` from the script tag that loaded the library. */
export function configureFromScript(script: HTMLOrSVGScriptElement | null): void {
  if (!script) return;
  const { endpoint, lang, timeout } = script.dataset;
  configure({ endpoint, lang, timeout: timeout ? Number(timeout) : undefined });
}
