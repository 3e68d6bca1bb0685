/**
 * Entry of the script-tag bundle (`dist/csto-widgets.js`): registers every element, reads
 * page-level defaults from the script tag's data attributes, and sets `window.CstoWidgets`.
 */
import * as CstoWidgets from './index.js';
import { configureFromScript, moduleScriptAt } from './config.js';

declare global {
  interface Window {
    CstoWidgets?: typeof CstoWidgets;
  }
}

// The classic script has `document.currentScript`; the module copy (`csto-widgets.mjs`) has
// `import.meta.url` instead (which the classic build leaves empty).
configureFromScript(document.currentScript ?? moduleScriptAt(import.meta.url));
// A second copy on the page keeps the first one's API, as it keeps its elements.
window.CstoWidgets ??= CstoWidgets;
