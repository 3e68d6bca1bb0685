import { isObject, type FeedParts } from '../normalise.js';

/** The native format: `{ releases, memberStates?, next? }`. */
export function isNativeDocument(doc: unknown): doc is { releases: unknown[] } {
  return isObject(doc) && Array.isArray(doc.releases);
}

export function nativeParts(doc: { releases: unknown[]; memberStates?: unknown; next?: unknown }): FeedParts {
  return { items: doc.releases, memberStates: doc.memberStates, next: doc.next };
}

/** A bare array of native releases. */
export function arrayParts(doc: unknown[]): FeedParts {
  return { items: doc };
}
