/**
 * The on-demand modules as the script-tag bundle has them (vite.config.ts resolves each of
 * them here): the parts are files of their own in `csto-widgets-parts/` beside `csto-widgets.js`,
 * imported by URL. Not public API.
 */
import { version } from '../../version.js';
import type { CatalogueModule, OnDemandLang } from './catalogues.js';
import type { PositioningModule } from './positioning.js';
import type { SanitizerModule } from './sanitizer.js';
import type { XmlReaderModule } from './xml-reader.js';
import type { SearchModule } from './search.js';

// Read while the script runs: `document.currentScript` is gone by the time a part is needed. The
// classic script has no `import.meta` (the build makes it `{}`); the module copy has no currentScript.
const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url;

/**
 * A part of this version, so a cached part of an older release is never mixed in. Async, so that
 * a script run without a URL of its own (its code pasted inline) gets a rejection to fall back
 * on, not a throw in the middle of a render.
 */
const importPart = async <T>(name: string): Promise<T> =>
  (await import(/* @vite-ignore */ new URL(`csto-widgets-parts/${name}.js?v=${version}`, scriptUrl).href)) as T;

export const loadSanitizer = (): Promise<SanitizerModule> => importPart('sanitize');
export const loadPositioning = (): Promise<PositioningModule> => importPart('position-floating');
export const loadSearch = (): Promise<SearchModule> => importPart('search-index');
export const loadCatalogue = (lang: OnDemandLang): Promise<CatalogueModule> => importPart(`messages-${lang}`);
export const loadXmlReader = (): Promise<XmlReaderModule> => importPart('read-xml');
