import type { FeedParts } from '../normalise.js';

/** The native format's parts (`{ releases, memberStates?, next? }`; json-shape.ts tells it). */
export function nativeParts(doc: { releases: unknown[]; memberStates?: unknown; next?: unknown }): FeedParts {
  return { items: doc.releases, memberStates: doc.memberStates, next: doc.next };
}

/** A bare array of native releases. */
export function arrayParts(doc: unknown[]): FeedParts {
  return { items: doc };
}
