/**
 * The first entries of an answer in the native format while the rest of it is still on its way, or
 * before the whole is parsed: a first screen of ten releases needs ten of a thousand. On a slow
 * link those are in seconds before the last byte; on a fast one, the whole answer's parse (a
 * megabyte of JSON) holds the main thread for tens of ms that the first ten do not need. The text
 * is scanned for the top-level `releases` array, and each of its entries is parsed by `JSON.parse`
 * once its closing bracket is in. Only brackets, quotes and backslashes are told apart: the scan
 * checks nothing, and a document it misreads (an escaped key, `releases` twice) is caught when the
 * whole answer is read and compared with what was shown.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
/** Text held across chunks (an entry under way, a key and the start of its value) past which the scan gives up. */
const MOST_CHARS = 1 << 20;

/**
 * How much of a chunk is decoded and scanned at a time: an answer that is all here comes as one
 * chunk of a megabyte or more, of which a first screen needs the first few KiB.
 */
const SLICE_BYTES = 1 << 16;

/**
 * Reads `body`, a JSON document in UTF-8, until `enough` holds of the entries of its top-level
 * `releases` array read so far, then cancels the rest: what is not read is never decoded. Undefined
 * when the document is not an object, the array or the text ends first, or an entry is no JSON.
 */
export async function readLeadingEntries(
  body: ReadableStream<Uint8Array>,
  enough: (entries: readonly unknown[]) => boolean,
  sliceBytes = SLICE_BYTES,
): Promise<unknown[] | undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const entries: unknown[] = [];
  // What is not scanned yet, after what still matters of what is: the entry under way, or the key before a value.
  let text = '';
  let at = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Where the last string directly in the document's object began: the key, once a value opens. */
  let keyAt = -1;
  let inReleases = false;
  let entryAt = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      for (let slice = 0; slice < read.value.length; slice += sliceBytes) {
        if (text.length >= MOST_CHARS) return undefined;
        // A character cut at the end of a slice waits in the decoder for the next one.
        text += decoder.decode(read.value.subarray(slice, slice + sliceBytes), { stream: true });
        for (; at < text.length; at++) {
          const code = text.charCodeAt(at);
          if (inString) {
            if (escaped) escaped = false;
            else if (code === BACKSLASH) escaped = true;
            else if (code === QUOTE) inString = false;
          } else if (code === QUOTE) {
            inString = true;
            if (depth === 1) keyAt = at;
          } else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
            if (!depth && code !== OPEN_OBJECT) return undefined;
            depth++;
            if (depth === 2 && code === OPEN_ARRAY) inReleases = text.startsWith('"releases"', keyAt);
            else if (depth === 3 && inReleases) entryAt = at;
          } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
            depth--;
            if (depth === 2 && inReleases) {
              entries.push(JSON.parse(text.slice(entryAt, at + 1)));
              if (enough(entries)) return entries;
            } else if (depth === 1 && inReleases) return undefined;
          }
        }
        const from = inReleases && depth > 2 ? entryAt : depth === 1 && keyAt >= 0 ? keyAt : at;
        text = text.slice(from);
        at -= from;
        keyAt -= from;
        entryAt -= from;
      }
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    void reader.cancel().catch(() => {});
  }
}
