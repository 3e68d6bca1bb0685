/**
 * Lit's `unsafeHTML`, which renders a release body once the sanitiser has made it safe: loaded
 * with the sanitiser, on the first opened body (see README.md). Not public API.
 */
import type * as unsafeHtml from 'lit/directives/unsafe-html.js';

export type BodyHtmlModule = typeof unsafeHtml;

export const loadBodyHtml = (): Promise<BodyHtmlModule> => import('lit/directives/unsafe-html.js');
