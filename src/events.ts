import type { EndpointErrorKind, Release } from './data/release.js';

/** `csto-load`: data arrived and rendered. */
export interface CstoLoadDetail {
  readonly releases: readonly Release[];
  /** Entries of the answer that were dropped as invalid. */
  readonly skipped: number;
}

/** `csto-error`: the endpoint failed; the element shows its error state (or stale data). */
export interface CstoErrorDetail {
  /**
   * `network`, `http`, `timeout`, `parse`, `format`, or `cors`: another origin's endpoint that
   * does not allow this page (not retried; the console says which header it must send).
   */
  readonly kind: EndpointErrorKind;
  readonly message: string;
  /** HTTP status, for `kind: 'http'`. */
  readonly status?: number;
}

/** `csto-select`: a reader opened a release (its body, or its link). */
export interface CstoSelectDetail {
  readonly release: Release;
}

/** Every event of the library, by name. Bubbling and composed: listen on `document`. */
export interface CstoEventMap {
  'csto-load': CustomEvent<CstoLoadDetail>;
  'csto-error': CustomEvent<CstoErrorDetail>;
  'csto-select': CustomEvent<CstoSelectDetail>;
}

declare global {
  // Typed `addEventListener('csto-load', e => e.detail.releases)` on elements, document and window.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merging is the point
  interface GlobalEventHandlersEventMap extends CstoEventMap {}
}
