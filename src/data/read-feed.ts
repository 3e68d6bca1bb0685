import { arrayParts, isNativeDocument, nativeParts } from './adapters/native.js';
import { isJsonFeed, jsonFeedParts } from './adapters/json-feed.js';
import { isWordPressList, wordPressParts } from './adapters/wordpress.js';
import { buildFeed, type FeedParts } from './normalise.js';
import { EndpointError, type Feed } from './release.js';

/** Which of the accepted formats a parsed document is in; nothing is configured. */
function detect(doc: unknown): FeedParts | undefined {
  if (isNativeDocument(doc)) return nativeParts(doc);
  if (isWordPressList(doc)) return wordPressParts(doc);
  if (Array.isArray(doc)) return arrayParts(doc);
  if (isJsonFeed(doc)) return jsonFeedParts(doc);
  return undefined;
}

/**
 * A parsed endpoint document as a Feed. Throws a `format` EndpointError when the document has no
 * recognisable list of releases, or when every entry in it was invalid.
 * @param base the endpoint's URL, against which relative links and `next` resolve
 */
export function readFeed(doc: unknown, base?: string): Feed {
  const parts = detect(doc);
  if (!parts) throw new EndpointError('format', 'The document has no list of releases.');
  const feed = buildFeed(parts, base);
  if (feed.releases.length === 0 && feed.skipped > 0) {
    throw new EndpointError('format', `None of the ${feed.skipped} entries is a valid release.`);
  }
  return feed;
}

/** Parses an endpoint's text (a leading byte-order mark is allowed) and reads it as a Feed. */
export function parseFeed(text: string, base?: string): Feed {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new EndpointError('parse', 'The answer is not valid JSON.');
  }
  try {
    return readFeed(doc, base);
  } catch (error) {
    // Whatever a hostile document makes normalisation throw is the document's fault, never a crash.
    if (error instanceof EndpointError) throw error;
    throw new EndpointError('format', 'The document could not be read as releases.');
  }
}
