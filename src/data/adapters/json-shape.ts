import { isObject } from '../normalise.js';

/**
 * Which JSON format a parsed document is in, by its shape alone: cheap enough for the first screen,
 * so the adapter of JSON Feed or WordPress is loaded only for a document in that format.
 */

/** The JSON formats; the XML ones are told apart by the XML reader. */
export type JsonFormat = 'native' | 'wordpress' | 'array' | 'json-feed';

/** The native format: `{ releases, memberStates?, next? }`. */
export function isNativeDocument(doc: unknown): doc is { releases: unknown[] } {
  return isObject(doc) && Array.isArray(doc.releases);
}

/** The WordPress REST API post list (`/wp-json/wp/v2/posts`): an array of posts. */
export function isWordPressList(doc: unknown): doc is unknown[] {
  return Array.isArray(doc) && doc.some((post) => isObject(post) && isObject(post.title) && 'rendered' in post.title);
}

/**
 * JSON Feed 1.0 and 1.1. Any `version` string is accepted: feeds write `http:` URLs, escaped
 * slashes, or bare numbers, and an `items` array of objects says more than the version does.
 */
export function isJsonFeed(doc: unknown): doc is { items: unknown[] } {
  return isObject(doc) && Array.isArray(doc.items);
}

/** The document's format, in the order that tells them apart (a WordPress list is an array too). */
export function jsonFormatOf(doc: unknown): JsonFormat | undefined {
  if (isNativeDocument(doc)) return 'native';
  if (isWordPressList(doc)) return 'wordpress';
  if (Array.isArray(doc)) return 'array';
  if (isJsonFeed(doc)) return 'json-feed';
  return undefined;
}
