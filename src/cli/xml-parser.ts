import { DOMParser, onErrorStopParsing, ParseError } from '@xmldom/xmldom';
import type { DOMParserLike } from '../data/feed-format.js';

/**
 * The XML parser the publisher commands hand to the elements' own reader in Node, where there is
 * no `DOMParser`. @xmldom/xmldom follows the standard's rules where they matter here: it loads no
 * external entity, runs nothing, and (with `onErrorStopParsing`) stops at the first well-formedness
 * error instead of guessing. A document that is not well-formed comes back as browsers return it:
 * a document whose root is `<parsererror>`, its text worded as Chromium words it ("error on line 3
 * at column 5: ..."), so the reader treats both the same way and reports where the error is.
 * Elements keep their `lineNumber`, which the reader gives as the location of a skipped item.
 */

// The namespace Firefox uses; Chromium nests an XHTML `<parsererror>`. Readers look for the name.
const PARSER_ERROR_NAMESPACE = 'http://www.mozilla.org/newlayout/xml/parsererror.xml';

function parserErrorDocument(message: string): Document {
  const doc = new DOMParser().parseFromString(
    `<parsererror xmlns="${PARSER_ERROR_NAMESPACE}"></parsererror>`,
    'application/xml',
  );
  doc.documentElement!.appendChild(doc.createTextNode(message));
  return doc as unknown as Document;
}

export const strictXmlParser: DOMParserLike = {
  parseFromString(text: string, type: 'application/xml'): Document {
    try {
      return new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, type) as unknown as Document;
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      const at = error.locator
        ? `error on line ${error.locator.lineNumber} at column ${error.locator.columnNumber}: `
        : '';
      return parserErrorDocument(at + error.message);
    }
  },
};
