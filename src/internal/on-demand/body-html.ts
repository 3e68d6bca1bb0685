/**
 * Lit's `unsafeHTML`, which renders a release body once the sanitiser has made it safe: loaded
 * with the sanitiser, on the first opened body (see README.md). Not public API.
 */
import type * as unsafeHtml from 'lit/directives/unsafe-html.js';

export type BodyHtmlModule = typeof unsafeHtml;

let loading: Promise<BodyHtmlModule> | undefined;

/** One load for the page: a later feed's first body waits microtasks, not a task (a failed load is tried again). */
export const loadBodyHtml = (): Promise<BodyHtmlModule> =>
  (loading ??= import('lit/directives/unsafe-html.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
