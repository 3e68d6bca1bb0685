/**
 * An endpoint's answer as text. JSON is UTF-8 by definition (RFC 8259), whatever the server's
 * charset says. XML says its own encoding; real feeds also come in legacy encodings, sent with a
 * wrong or missing charset, so the order is: a byte-order mark, the XML declaration, the HTTP
 * charset, UTF-8, and windows-1252 (the web's legacy default) when the bytes are not UTF-8.
 * Loaded on first use (on-demand/body-decoder.ts): JSON, what the elements' first screens read, is
 * decoded by the browser (response-text.ts).
 */

/** What `parseFeed` and `readFeedReport` accept: the text, or the bytes as they came. */
export type FeedBody = string | ArrayBuffer | ArrayBufferView;

const LEGACY_FALLBACK = 'windows-1252';
// Enough for a byte-order mark, blank lines and the XML declaration.
const PROLOG_BYTES = 512;
const DECLARED_ENCODING = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/;
const CHARSET = /;\s*charset\s*=\s*"?([\w.:-]+)/i;

function byteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** A decoder for `label`, or undefined when the platform knows no such encoding. */
function decoder(label: string, fatal = false): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined;
  }
}

const asBytes = (body: ArrayBuffer | ArrayBufferView): Uint8Array =>
  body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);

/** Whether the first visible character is `<`: XML (or an HTML page), not JSON. */
function startsWithMarkup(bytes: Uint8Array): boolean {
  for (let i = byteOrderMark(bytes) === 'utf-8' ? 3 : 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x3c) return true;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return false;
}

/** The decoders to try on an answer that starts with `head`, in order; the last one never fails. */
function decodersFor(head: Uint8Array, contentType: string): TextDecoder[] {
  const marked = byteOrderMark(head);
  // TextDecoder drops the byte-order mark of its own encoding.
  if (marked) return [decoder(marked)!];
  if (!startsWithMarkup(head)) return [new TextDecoder()];
  // The declaration is ASCII in every encoding a feed is written in (UTF-16 has a byte-order mark).
  const prolog = String.fromCharCode(...head.subarray(0, PROLOG_BYTES));
  const declared = DECLARED_ENCODING.exec(prolog)?.[1];
  const charset = CHARSET.exec(contentType)?.[1];
  const named = [declared, charset, 'utf-8'].flatMap((label) => (label && decoder(label, true)) || []);
  return [...named, decoder(LEGACY_FALLBACK)!];
}

function decodeWithFirstThatFits(bytes: Uint8Array, decoders: readonly TextDecoder[]): string {
  for (const candidate of decoders.slice(0, -1)) {
    try {
      return candidate.decode(bytes);
    } catch {
      // Bytes that are not in the named encoding (a feed saying UTF-8 and written in cp1251): go on.
    }
  }
  return decoders.at(-1)!.decode(bytes);
}

/**
 * The text of an answer, decoded as described above. A leading byte-order mark is removed.
 * @param contentType the HTTP `Content-Type`, whose charset counts for XML only
 */
export function decodeBody(body: FeedBody, contentType = ''): string {
  if (typeof body === 'string') return body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  const bytes = asBytes(body);
  return decodeWithFirstThatFits(bytes, decodersFor(bytes, contentType));
}
