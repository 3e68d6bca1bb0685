/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0, the part of the reader loaded on the first XML answer.
 * Parsed as XML by a `DOMParser`: nothing in the document runs and no external entity is fetched
 * (the browser's parser never loads them; `@xmldom/xmldom` does not either).
 */
import type { DetectedFeed, DOMParserLike, FeedFormat } from '../feed-format.js';
import { EndpointError } from '../release.js';
import { TRUSTED_TYPES_POLICY_NAME, trustedTypesPolicy } from '../trusted-types-policy.js';
import { atomEntries, atomEntry } from './atom.js';
import { rssItem, rssItems } from './rss.js';

// HTML's named entities that feeds use outside CDATA, undefined in XML (which knows only five).
const HTML_ENTITY_CODES: Readonly<Record<string, number>> = {
  nbsp: 160,
  laquo: 171,
  raquo: 187,
  ldquo: 8220,
  rdquo: 8221,
  lsquo: 8216,
  rsquo: 8217,
  bdquo: 8222,
  ndash: 8211,
  mdash: 8212,
  hellip: 8230,
  copy: 169,
  reg: 174,
  trade: 8482,
  deg: 176,
  times: 215,
  middot: 183,
  bull: 8226,
  euro: 8364,
  shy: 173,
  thinsp: 8201,
  numero: 8470,
};

/** The HTML entities above as character references, so a feed that uses them is still well-formed. */
const withXmlEntities = (text: string): string =>
  text.replace(/&([a-z]+);/g, (match, name: string) => {
    const code = HTML_ENTITY_CODES[name];
    return code === undefined ? match : `&#${code};`;
  });

// Chromium: "error on line 3 at column 5: ..."; other parsers say it otherwise, or not at all.
const ERROR_POSITION = /line (\d+) at column (\d+)/;

/**
 * The page's own `DOMParser`. Where the page requires Trusted Types, `parseFromString` takes only
 * TrustedHTML, whatever the type: the text goes through our policy, which is safe for XML (the
 * document runs nothing and loads nothing, and only its text is read). A page that requires them
 * and forbids our policy cannot have its RSS or Atom read: it is told so.
 */
export function pageXmlParser(): DOMParserLike {
  const parser = new DOMParser();
  const policy = trustedTypesPolicy(globalThis);
  return {
    parseFromString(text, type) {
      try {
        return parser.parseFromString((policy ? policy.createHTML(text) : text) as string, type);
      } catch (error) {
        if (policy === undefined)
          throw new EndpointError(
            'parse',
            `This page's Content-Security-Policy does not allow the Trusted Types policy "${TRUSTED_TYPES_POLICY_NAME}", ` +
              'which reading RSS or Atom needs: add it to `trusted-types`, or serve the feed as JSON.',
          );
        throw error;
      }
    },
  };
}

function parseXml(text: string, parser: DOMParserLike): Document {
  let doc: Document;
  try {
    // Blank lines before an XML declaration are not allowed, and real feeds have them.
    doc = parser.parseFromString(withXmlEntities(text.trimStart()), 'application/xml');
  } catch (error) {
    if (error instanceof EndpointError) throw error;
    throw new EndpointError('parse', `The feed is not well-formed XML: ${(error as Error).message.split('\n')[0]}`);
  }
  const problem = doc.getElementsByTagName('parsererror')[0];
  if (problem || !doc.documentElement) {
    const position = ERROR_POSITION.exec(problem?.textContent ?? '');
    throw new EndpointError(
      'parse',
      `The feed is not well-formed XML${position ? ` (line ${position[1]}, column ${position[2]})` : ''}.`,
    );
  }
  return doc;
}

const FIELD_NAMES: Record<'rss' | 'atom', DetectedFeed['fieldNames']> = {
  rss: { id: 'guid or link', title: 'title', date: 'readable pubDate or dc:date' },
  atom: { id: 'id or alternate link', title: 'title', date: 'readable published or updated date' },
};

/**
 * The releases of an RSS or Atom document, in the native shape, for the reader (read-feed.ts) to
 * normalise like every other format. Throws a `parse` EndpointError when the text is not
 * well-formed XML, a `format` one when its root is not a feed's.
 * @param base the feed's URL: relative URLs resolve against `xml:base`, then it
 */
export function readXmlFeed(text: string, parser: DOMParserLike, base?: string): DetectedFeed {
  const root = parseXml(text, parser).documentElement;
  const name = root.localName;
  const format: FeedFormat | undefined =
    name === 'feed' ? 'atom' : name === 'rss' ? 'rss' : name === 'RDF' ? 'rdf' : undefined;
  if (!format) throw new EndpointError('format', `The XML document is not a feed (its root is <${root.nodeName}>).`);
  const { items, lang } = format === 'atom' ? atomEntries(root) : rssItems(root);
  const read = format === 'atom' ? atomEntry : rssItem;
  return {
    format,
    parts: {
      items: items.map((item) => read(item, base, lang)),
      titleKind: 'text-or-html',
      // An RSS description is HTML; Atom says per element, and its reader already made it text.
      summaryKind: format === 'atom' ? 'text-or-html' : 'html-as-text',
    },
    // A parser that tracks positions (xmldom) puts a line number on each element; the browser's does not.
    locate: (index) => {
      const line = (items[index] as { lineNumber?: unknown } | undefined)?.lineNumber;
      return typeof line === 'number' ? { line } : {};
    },
    fieldNames: FIELD_NAMES[format === 'atom' ? 'atom' : 'rss'],
  };
}
