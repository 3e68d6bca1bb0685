/**
 * Entry of the script-tag bundle (`dist/csto-widgets.js`): registers every element, reads
 * page-level defaults from the script tag's data attributes, and sets `window.CstoWidgets`.
 */
import * as CstoWidgets from './index.js';
import { configureFromScript } from './config.js';

declare global {
  interface Window {
    CstoWidgets?: typeof CstoWidgets;
  }
}

configureFromScript(document.currentScript);
// A second copy on the page keeps the first one's API, as it keeps its elements.
window.CstoWidgets ??= CstoWidgets;
