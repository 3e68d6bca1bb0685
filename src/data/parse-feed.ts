import { jsonFormatOf } from './adapters/json-shape.js';
import type { FeedBody } from './decode-body.js';
import type { DetectedFeed, DOMParserLike } from './feed-format.js';
import type { FeedParts } from './normalise.js';
import { detectedJson, ownParts, toFeed } from './own-formats.js';
import { EndpointError, type Feed } from './release.js';
import { loadBodyDecoder } from '../internal/on-demand/body-decoder.js';
import { loadJsonFeedAdapter, loadWordPressAdapter } from '../internal/on-demand/json-adapters.js';
import { loadXmlReader } from '../internal/on-demand/xml-reader.js';

/**
 * The elements' reader of an endpoint's answer. What a first screen of the native format needs is
 * in own-formats.ts; the code of every other format (JSON Feed, WordPress, RSS and Atom, bytes in a legacy
 * encoding) is loaded with the first answer in it. A part that does not load (offline, a script
 * copied without its parts) is a `network` EndpointError, retried like a failed request.
 * The public face, with the synchronous `readFeed` and the reports, is read-feed.ts.
 */

/** How to read an answer: where it came from and what the server said it is. */
export interface ReadOptions {
  /** The endpoint's URL, against which relative links and `next` resolve. */
  readonly base?: string;
  /** The HTTP `Content-Type`: a hint only (its charset counts for XML); the content decides. */
  readonly contentType?: string;
  /** The parser for RSS and Atom; the browser's `DOMParser` by default. */
  readonly domParser?: DOMParserLike;
}

/** `load`, a part loaded on first use, whose failure is a `network` EndpointError naming `part`. */
export const partLoaded = <T>(load: Promise<T>, part: string): Promise<T> =>
  load.catch(() => {
    throw new EndpointError('network', `The ${part} could not be loaded.`);
  });

/** The entries of a JSON Feed or WordPress document, once the format's adapter is here. */
async function foreignParts(format: 'wordpress' | 'json-feed', doc: unknown, base?: string): Promise<FeedParts> {
  if (format === 'wordpress')
    return (await partLoaded(loadWordPressAdapter(), 'WordPress adapter')).wordPressParts(doc as unknown[]);
  return (await partLoaded(loadJsonFeedAdapter(), 'JSON Feed adapter')).jsonFeedParts(
    doc as { items: unknown[] },
    base,
  );
}

/** Which JSON format a parsed document is in and its entries: at once in ours, else once its adapter is here. */
function detectJson(doc: unknown, base: string | undefined): DetectedFeed | Promise<DetectedFeed> {
  const format = jsonFormatOf(doc);
  if (!format) throw new EndpointError('format', 'The document has no list of releases.');
  if (format === 'native' || format === 'array') return detectedJson(format, ownParts(format, doc));
  return foreignParts(format, doc, base).then((parts) => detectedJson(format, parts));
}

/**
 * A parsed JSON document (the `releases` property) as a Feed: at once in the native format or a
 * bare array, a Promise in JSON Feed or WordPress (its adapter loads first). Throws, or rejects
 * with, an EndpointError as `readFeed` does.
 */
export function readDocument(doc: unknown, base?: string): Feed | Promise<Feed> {
  const detected = detectJson(doc, base);
  return detected instanceof Promise ? reading(async () => toFeed(await detected, base)) : toFeed(detected, base);
}

// The root element of a markup answer, after the prolog (declaration, comments, doctype).
const MARKUP_ROOT = /^\s*(?:(?:<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^[>]*(?:\[[^]*?\])?\s*>)\s*)*<([\w.-]+:)?([\w.-]+)/i;
// Enough of the start for any real prolog; a hostile one longer than that is not a feed.
const PROLOG_CHARS = 65_536;
const FEED_ROOTS = new Set(['rss', 'feed', 'RDF']);

/** An answer's text: a string as it is (without a byte-order mark), bytes through the decoder. */
async function textOf(body: FeedBody, contentType = ''): Promise<string> {
  if (typeof body === 'string') return body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  return (await partLoaded(loadBodyDecoder(), 'decoder of XML and legacy encodings')).decodeBody(body, contentType);
}

/** The document's format and entries, or an EndpointError (`parse`, `format`, `network` for a part). */
export async function detect(body: FeedBody, options: ReadOptions): Promise<DetectedFeed> {
  const text = await textOf(body, options.contentType);
  if (/^\s*</.test(text)) {
    const root = MARKUP_ROOT.exec(text.slice(0, PROLOG_CHARS))?.[2];
    // An HTML page (a login wall, a maintenance notice) never costs the XML reader's download.
    if (!root || !FEED_ROOTS.has(root)) {
      throw new EndpointError('parse', 'The answer is markup but not an RSS or Atom feed (an HTML page?).');
    }
    if (!options.domParser && typeof DOMParser === 'undefined')
      throw new EndpointError('parse', 'No DOMParser here to read XML: pass `domParser`.');
    const reader = await partLoaded(loadXmlReader(), 'RSS/Atom reader');
    return reader.readXmlFeed(text, options.domParser ?? reader.pageXmlParser(), options.base);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new EndpointError('parse', 'The answer is not valid JSON, RSS or Atom.');
  }
  return detectJson(doc, options.base);
}

/** Whatever a hostile document makes reading throw is the document's fault, never a crash. */
export async function reading<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof EndpointError) throw error;
    throw new EndpointError('format', 'The document could not be read as releases.');
  }
}

export const optionsOf = (options: ReadOptions | string | undefined): ReadOptions =>
  typeof options === 'string' ? { base: options } : (options ?? {});

/**
 * Reads an endpoint's answer (JSON, RSS or Atom; text or bytes, a byte-order mark allowed) as a
 * Feed. Resolves once the reader of its format has loaded, for a format loaded on first use.
 * Rejects with an EndpointError: `parse` when the answer is not JSON or well-formed XML, `format`
 * when it holds no releases, `network` when the reader of its format could not be loaded.
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
  return reading(async () => readDocument(doc, readOptions.base));
}
