import { loadBodyDecoder } from '../internal/on-demand/body-decoder.js';
import { partLoaded } from './parse-feed.js';

const isBlank = (byte: number): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * The text of a response, decoded as `decodeBody` (decode-body.ts) does. JSON (whose first visible
 * byte is ASCII and not `<`) is left to `Response.text()`, which decodes UTF-8 while the answer
 * arrives: a large feed is never decoded in one long task, and the decoder of other answers (XML,
 * a byte-order mark of UTF-16) is loaded only for them. Rejects with a `network` EndpointError
 * when that decoder could not be loaded (offline, a script copied without its parts): retried.
 */
export async function responseText(response: Response): Promise<string> {
  if (!response.body) return '';
  const [peek, body] = response.body.tee();
  const reader = peek.getReader();
  const { value: first } = await reader.read();
  void reader.cancel();
  const utf8Mark = first?.[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf;
  const visible = first?.subarray(utf8Mark ? 3 : 0).find((byte) => !isBlank(byte));
  // ASCII and not `<`: JSON. A byte-order mark of UTF-16, or one cut by a tiny first chunk, goes below.
  if (visible !== undefined && visible < 0x80 && visible !== 0x3c) return new Response(body).text();
  const [{ decodeBody }, bytes] = await Promise.all([
    partLoaded(loadBodyDecoder(), 'decoder of XML and legacy encodings'),
    new Response(body).arrayBuffer(),
  ]);
  return decodeBody(bytes, response.headers.get('content-type') ?? '');
}
