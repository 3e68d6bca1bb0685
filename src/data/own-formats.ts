import { arrayParts, nativeParts } from './adapters/native.js';
import { jsonFormatOf, type JsonFormat } from './adapters/json-shape.js';
import type { DetectedFeed } from './feed-format.js';
import { hasMoreThan } from './lazy-feed.js';
import { buildFeed, type FeedParts, type SkipListener } from './normalise.js';
import { EndpointError, type Feed } from './release.js';

/**
 * Reading a parsed document in our own formats (the native one and a bare array of releases): all
 * that a first screen needs, without the elements' reader of every other format (parse-feed.ts).
 */

const LOCATIONS: Record<JsonFormat, string> = { native: '/releases', wordpress: '', array: '', 'json-feed': '/items' };

/** A JSON document of `format` with its entries as `parts`. */
export const detectedJson = (format: JsonFormat, parts: FeedParts): DetectedFeed => ({
  format,
  parts,
  locate: (index) => ({ pointer: `${LOCATIONS[format]}/${index}` }),
});

/** The entries of a document in one of our own formats. */
export const ownParts = (format: 'native' | 'array', doc: unknown): FeedParts =>
  format === 'native' ? nativeParts(doc as { releases: unknown[] }) : arrayParts(doc as unknown[]);

/** The releases of a detected document; a `format` EndpointError when every entry in it was invalid. */
export function toFeed(detected: DetectedFeed, base: string | undefined, onSkip?: SkipListener): Feed {
  const feed = buildFeed(detected.parts, base, onSkip);
  if (!hasMoreThan(feed, 0) && feed.skipped > 0) {
    throw new EndpointError('format', `None of the ${feed.skipped} entries is a valid release.`);
  }
  return feed;
}

/** A parsed document in one of our own formats as a Feed; undefined in any other format. */
export function readOwnDocument(doc: unknown, base?: string): Feed | undefined {
  const format = jsonFormatOf(doc);
  return format === 'native' || format === 'array'
    ? toFeed(detectedJson(format, ownParts(format, doc)), base)
    : undefined;
}
