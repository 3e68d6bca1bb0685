/**
 * Entry of the script tag (`dist/csto-widgets.js`, and `dist/csto-widgets.mjs` as a module): a
 * small loader. It reads page-level defaults from the script tag's data attributes, sets
 * `window.CstoWidgets`, and loads the code of each element in the page from
 * `csto-widgets-parts/` beside the script (src/loader/).
 */
import { configureFromScript, moduleScriptAt } from './config.js';
import { earlyFeedsNow } from './data/early-feed.js';
import { createApi } from './loader/api.js';
import { autoload } from './loader/autoloader.js';
import { ELEMENT_SELECTOR, hydratingFirst, partImporter, type ElementTag } from './loader/parts.js';

export type { CstoWidgetsApi, ElementClasses } from './loader/api.js';

// The classic script has `document.currentScript`; the module copy (`csto-widgets.mjs`) has
// `import.meta.url` instead (which the classic build leaves empty). Pasted inline, a classic
// script has no URL, and so no parts to load.
const script = document.currentScript as HTMLScriptElement | null;
configureFromScript(script ?? moduleScriptAt(import.meta.url));

// A second copy on the page keeps the first one's API and leaves the loading to it.
if (!window.CstoWidgets) {
  const scriptUrl = script ? script.src : import.meta.url;
  const importPart = partImporter(scriptUrl ? new URL('csto-widgets-parts/', scriptUrl).href : undefined);
  // Asked at the first import, before any first screen is drawn: a shadow root then is a server's.
  const serverRendered = (): boolean =>
    [...document.querySelectorAll(ELEMENT_SELECTOR)].some((element) => element.shadowRoot);
  const importAfterHydration = hydratingFirst(importPart, serverRendered);
  const api = createApi(importAfterHydration);
  window.CstoWidgets = api;
  // Not beside a server render: Lit's hydration support would take the first screens for one. The
  // feeds just started go with them: another element's code may take one before theirs has run.
  const firstScreens = (tag: ElementTag, elements: Element[], early = earlyFeedsNow()): Promise<void> =>
    serverRendered()
      ? Promise.resolve()
      : importAfterHydration(`${tag}-first-screen`).then(
          (part) => (part.showFirstScreens as (elements: Element[], early: unknown) => Promise<void>)(elements, early),
          // Without it, the element shows everything, as it would have.
          () => undefined,
        );
  autoload((tag) => api.load(tag), firstScreens);
}
