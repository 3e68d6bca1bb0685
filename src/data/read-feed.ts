import { arrayParts, isNativeDocument, nativeParts } from './adapters/native.js';
import { isJsonFeed, jsonFeedParts } from './adapters/json-feed.js';
import { isWordPressList, wordPressParts } from './adapters/wordpress.js';
import { decodeBody, type FeedBody } from './decode-body.js';
import type { DetectedFeed, DOMParserLike, FeedFormat, ItemLocation } from './feed-format.js';
import { buildFeed, isObject, readId, readText, type SkipListener } from './normalise.js';
import { parseDate } from './date.js';
import { releaseCount } from './lazy-feed.js';
import { EndpointError, type Feed } from './release.js';
import { loadXmlReader } from '../internal/on-demand/xml-reader.js';

export type { FeedBody } from './decode-body.js';
export type { DOMParserLike, FeedFormat } from './feed-format.js';

/** How to read an answer: where it came from and what the server said it is. */
export interface ReadOptions {
  /** The endpoint's URL, against which relative links and `next` resolve. */
  readonly base?: string;
  /** The HTTP `Content-Type`: a hint only (its charset counts for XML); the content decides. */
  readonly contentType?: string;
  /** The parser for RSS and Atom; the browser's `DOMParser` by default. */
  readonly domParser?: DOMParserLike;
}

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

const at =
  (prefix: string) =>
  (index: number): ItemLocation => ({ pointer: `${prefix}/${index}` });

/** Which of the JSON formats a parsed document is in; nothing is configured. */
function detectJson(doc: unknown, base: string | undefined): DetectedFeed | undefined {
  if (isNativeDocument(doc)) return { format: 'native', parts: nativeParts(doc), locate: at('/releases') };
  if (isWordPressList(doc)) return { format: 'wordpress', parts: wordPressParts(doc), locate: at('') };
  if (Array.isArray(doc)) return { format: 'array', parts: arrayParts(doc), locate: at('') };
  if (isJsonFeed(doc)) return { format: 'json-feed', parts: jsonFeedParts(doc, base), locate: at('/items') };
  return undefined;
}

function toFeed(detected: DetectedFeed, base: string | undefined, onSkip?: SkipListener): Feed {
  const feed = buildFeed(detected.parts, base, onSkip);
  if (releaseCount(feed) === 0 && feed.skipped > 0) {
    throw new EndpointError('format', `None of the ${feed.skipped} entries is a valid release.`);
  }
  return feed;
}

/**
 * A parsed JSON document as a Feed. Throws a `format` EndpointError when the document has no
 * recognisable list of releases, or when every entry in it was invalid.
 * @param base the endpoint's URL, against which relative links and `next` resolve
 */
export function readFeed(doc: unknown, base?: string): Feed {
  const detected = detectJson(doc, base);
  if (!detected) throw new EndpointError('format', 'The document has no list of releases.');
  return toFeed(detected, base);
}

// The root element of a markup answer, after the prolog (declaration, comments, doctype).
const MARKUP_ROOT = /^\s*(?:(?:<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^[>]*(?:\[[^]*?\])?\s*>)\s*)*<([\w.-]+:)?([\w.-]+)/i;
// Enough of the start for any real prolog; a hostile one longer than that is not a feed.
const PROLOG_CHARS = 65_536;
const FEED_ROOTS = new Set(['rss', 'feed', 'RDF']);

/** The document's format and entries, or an EndpointError (`parse`, `format`). */
async function detect(body: FeedBody, options: ReadOptions): Promise<DetectedFeed> {
  const text = decodeBody(body, options.contentType);
  if (/^\s*</.test(text)) {
    const root = MARKUP_ROOT.exec(text.slice(0, PROLOG_CHARS))?.[2];
    // An HTML page (a login wall, a maintenance notice) never costs the XML reader's download.
    if (!root || !FEED_ROOTS.has(root)) {
      throw new EndpointError('parse', 'The answer is markup but not an RSS or Atom feed (an HTML page?).');
    }
    const parser = options.domParser ?? (typeof DOMParser === 'undefined' ? undefined : new DOMParser());
    if (!parser) throw new EndpointError('parse', 'No DOMParser here to read XML: pass `domParser`.');
    // A part that did not load (offline, a script copied without its parts) is a network fault: retried.
    const reader = await loadXmlReader().catch(() => {
      throw new EndpointError('network', 'The RSS/Atom reader could not be loaded.');
    });
    return reader.readXmlFeed(text, parser, options.base);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new EndpointError('parse', 'The answer is not valid JSON, RSS or Atom.');
  }
  const detected = detectJson(doc, options.base);
  if (!detected) throw new EndpointError('format', 'The document has no list of releases.');
  return detected;
}

/** Whatever a hostile document makes reading throw is the document's fault, never a crash. */
async function reading<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof EndpointError) throw error;
    throw new EndpointError('format', 'The document could not be read as releases.');
  }
}

const optionsOf = (options: ReadOptions | string | undefined): ReadOptions =>
  typeof options === 'string' ? { base: options } : (options ?? {});

/**
 * Reads an endpoint's answer (JSON, RSS or Atom; text or bytes, a byte-order mark allowed) as a
 * Feed. Resolves once the XML reader has loaded, for a feed in XML. Rejects with an EndpointError:
 * `parse` when the answer is not JSON or well-formed XML, `format` when it holds no releases.
 * @param options the endpoint's URL (as a string, as before 0.1.0), or ReadOptions
 */
export function parseFeed(body: FeedBody, options?: ReadOptions | string): Promise<Feed> {
  const readOptions = optionsOf(options);
  return reading(async () => toFeed(await detect(body, readOptions), readOptions.base));
}

/**
 * `parseFeed` of an answer already parsed as JSON (the script tag's loader parses the feed it
 * started as soon as it arrives): the same Feed, the same errors.
 */
export function parseFeedDocument(doc: unknown, options?: ReadOptions | string): Promise<Feed> {
  const readOptions = optionsOf(options);
  return reading(async () => readFeed(doc, readOptions.base));
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
