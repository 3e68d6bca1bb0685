/**
 * Entry of `dist/csto-widgets.standalone.js`: every element and part in one classic script. It
 * registers the three elements at once and sets the same `window.CstoWidgets` as the loader,
 * with everything loaded from the start.
 */
import * as library from './index.js';
import { configureFromScript } from './config.js';
import { createApi } from './loader/api.js';

export type { CstoWidgetsApi, ElementClasses } from './loader/api.js';

configureFromScript(document.currentScript);
if (!window.CstoWidgets) {
  window.CstoWidgets = createApi(async () => library, { ...library });
}
