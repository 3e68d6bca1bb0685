/** The HTML sanitiser, loaded on the first opened body (see README.md). Not public API. */
import type * as sanitize from '../../data/sanitize.js';

export type SanitizerModule = typeof sanitize;

export const loadSanitizer = (): Promise<SanitizerModule> => import('../../data/sanitize.js');
