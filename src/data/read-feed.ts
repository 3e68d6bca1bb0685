import { jsonFeedParts } from './adapters/json-feed.js';
import { jsonFormatOf } from './adapters/json-shape.js';
import { wordPressParts } from './adapters/wordpress.js';
import type { FeedBody } from './decode-body.js';
import type { DetectedFeed, FeedFormat, ItemLocation } from './feed-format.js';
import { buildFeed, isObject, readId, readText } from './normalise.js';
import { parseDate } from './date.js';
import { detectedJson, ownParts, toFeed } from './own-formats.js';
import { detect, optionsOf, reading, type ReadOptions } from './parse-feed.js';
import { EndpointError, type Feed } from './release.js';

/**
 * Reading feeds, the public face (`csto-widgets/classes`, the publisher commands): `parseFeed` as
 * the elements read (parse-feed.ts, which loads each format's code on first use), the synchronous
 * `readFeed` with every JSON adapter at hand, and `readFeedReport` for publishers.
 */

export { parseFeed, parseFeedDocument } from './parse-feed.js';
export type { FeedBody } from './decode-body.js';
export type { DOMParserLike, FeedFormat } from './feed-format.js';
export type { ReadOptions } from './parse-feed.js';

/** An entry that was not kept, and why, in words a publisher can act on. */
export interface SkippedItem extends ItemLocation {
  /** 0-based position among the document's entries. */
  readonly index: number;
  /** The entry's id, when it has a readable one. */
  readonly id?: string;
  /** A plain-language sentence, e.g. `no readable date ("31.02.2024")`. */
  readonly reason: string;
}

/** What `readFeedReport` finds: the feed the elements would show, its format, and what they leave out. */
export interface FeedReport {
  readonly feed: Feed;
  readonly format: FeedFormat;
  readonly skippedItems: readonly SkippedItem[];
}

/**
 * A parsed JSON document as a Feed. Throws a `format` EndpointError when the document has no
 * recognisable list of releases, or when every entry in it was invalid.
 * @param base the endpoint's URL, against which relative links and `next` resolve
 */
export function readFeed(doc: unknown, base?: string): Feed {
  const format = jsonFormatOf(doc);
  if (!format) throw new EndpointError('format', 'The document has no list of releases.');
  const parts =
    format === 'wordpress'
      ? wordPressParts(doc as unknown[])
      : format === 'json-feed'
        ? jsonFeedParts(doc as { items: unknown[] }, base)
        : ownParts(format, doc);
  return toFeed(detectedJson(format, parts), base);
}

function skipReason(item: unknown, fieldNames: NonNullable<DetectedFeed['fieldNames']>): string {
  if (!isObject(item))
    return `is not an object (${item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item})`;
  if (!readId(item.id)) return `no ${fieldNames.id}`;
  if (!readText(item.title)) return `no ${fieldNames.title}`;
  if (!parseDate(item.date)) {
    return typeof item.date === 'string' && item.date.trim()
      ? `no readable date (${JSON.stringify(item.date.trim().slice(0, 60))})`
      : `no ${fieldNames.date}`;
  }
  return 'not a valid release';
}

const NATIVE_FIELDS = { id: 'id', title: 'title', date: 'date' };

/**
 * Like `parseFeed`, and also which format the answer is in and every entry left out, with where it
 * is and why: what publisher tools (`csto-widgets check`) print. The elements never ask for it.
 * Unlike `parseFeed` it resolves when no entry at all is valid (an empty feed and every reason);
 * it rejects only when the answer is not a feed (`parse`, `format`).
 */
export function readFeedReport(body: FeedBody, options?: ReadOptions | string): Promise<FeedReport> {
  const readOptions = optionsOf(options);
  return reading(async () => {
    const detected = await detect(body, readOptions);
    const skippedItems: SkippedItem[] = [];
    const feed = buildFeed(detected.parts, readOptions.base, (index, duplicate) => {
      const item = detected.parts.items[index];
      const id = isObject(item) ? readId(item.id) : undefined;
      const reason = duplicate
        ? `repeats the id ${JSON.stringify(id)} of an earlier release`
        : skipReason(item, detected.fieldNames ?? NATIVE_FIELDS);
      skippedItems.push({ index, ...(id !== undefined && { id }), reason, ...detected.locate(index) });
    });
    return { feed, format: detected.format, skippedItems };
  });
}
