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
const OPEN_ARRAY = 91;
const OPEN_OBJECT = 123;
/** The next character that opens a string or opens or closes a container. */
const STRUCTURE = /["[\]{}]/g;
/** A whole JSON string from its opening quote (no match while it is cut short). */
const STRING = /"[^"\\]*(?:\\[^][^"\\]*)*"/y;
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
        // Regular expressions jump from one bracket or quote to the next: the text between, and
        // each string whole, is skipped in native code (a loop over characters ran cold, 1.5–5 ms).
        for (;;) {
          STRUCTURE.lastIndex = at;
          if (!STRUCTURE.test(text)) {
            at = text.length;
            break;
          }
          at = STRUCTURE.lastIndex - 1;
          const code = text.charCodeAt(at);
          if (code === QUOTE) {
            STRING.lastIndex = at;
            // A string cut short is read again from its quote once more text is in.
            if (!STRING.test(text)) break;
            if (depth === 1) keyAt = at;
            at = STRING.lastIndex;
            continue;
          }
          at++;
          if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
            if (!depth && code !== OPEN_OBJECT) return undefined;
            depth++;
            if (depth === 2 && code === OPEN_ARRAY) inReleases = text.startsWith('"releases"', keyAt);
            else if (depth === 3 && inReleases) entryAt = at - 1;
          } else {
            depth--;
            if (depth === 2 && inReleases) {
              entries.push(JSON.parse(text.slice(entryAt, at)));
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
