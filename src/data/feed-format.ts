/**
 * What detecting a document's format yields, shared by the JSON adapters and the XML part (which
 * is loaded on first use, so it imports types from here, never the reader itself).
 */
import type { FeedParts } from './normalise.js';

/** The formats an endpoint may answer in; the content decides, never configuration. */
export type FeedFormat = 'native' | 'array' | 'json-feed' | 'wordpress' | 'rss' | 'rdf' | 'atom';

/**
 * The one method of `DOMParser` the XML reader uses. The browser's by default; in Node pass a
 * standards-following one (e.g. `@xmldom/xmldom`'s).
 */
export interface DOMParserLike {
  parseFromString(text: string, type: 'application/xml'): Document;
}

/** Where an entry is in its document, for reports: a JSON pointer, or a 1-based line for XML. */
export interface ItemLocation {
  readonly pointer?: string;
  readonly line?: number;
}

/** A document whose format was recognised, with its entries in the native shape. */
export interface DetectedFeed {
  readonly format: FeedFormat;
  readonly parts: FeedParts;
  /** Where entry `index` is; only reports call it. */
  readonly locate: (index: number) => ItemLocation;
  /** The format's own names for the fields a release needs, for the reasons in reports. */
  readonly fieldNames?: { readonly id: string; readonly title: string; readonly date: string };
}
