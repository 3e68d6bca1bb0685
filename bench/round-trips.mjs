/**
 * What a page's script cost before its elements showed, read from its Resource Timing entries:
 * which entries are scripts, their gzip bytes, and the depth of their request chain (the script
 * round trips). Pure, unit-tested (tests/unit/bench/round-trips.test.ts).
 *
 * A round trip is one level of that chain: a script request that started (`startTime`) at or after
 * an earlier script response ended (`responseEnd`) is one level below it, since it could not have
 * been sent before that response was in. Requests on one level go out together; the depth is the
 * longest such chain. A page whose one script tag needs nothing else has depth 1; a loader that
 * then fetches an element's code has 2; code that imports a chunk found only once it runs, 3.
 */

/**
 * @typedef {object} ResourceEntry what the bench keeps of a PerformanceResourceTiming entry
 * @property {string} name the URL
 * @property {number} startTime ms since navigation start, when the fetch began
 * @property {number} responseEnd ms since navigation start, when the last byte arrived
 * @property {number} encodedBodySize body bytes as sent (gzip), headers not included
 */

/**
 * Whether an entry fetched a script: a `.js` or `.mjs` path, whatever loaded it (a script tag,
 * `import()`, a module's static import or a preload).
 * @param {Pick<ResourceEntry, 'name'>} entry
 * @returns {boolean}
 */
export function isScript(entry) {
  return /\.m?js$/.test(new URL(entry.name).pathname);
}

/**
 * The scripts whose response had ended by `time` (ms since navigation start), in request order.
 * @param {readonly ResourceEntry[]} entries
 * @param {number} time
 * @returns {ResourceEntry[]}
 */
export function scriptsBefore(entries, time) {
  return entries
    .filter((entry) => isScript(entry) && entry.responseEnd <= time)
    .sort((a, b) => a.startTime - b.startTime);
}

/**
 * The depth of the request chain: 0 for no requests, 1 when all were sent at once, and one more
 * for each request that had to wait for an earlier response.
 * @param {readonly Pick<ResourceEntry, 'startTime' | 'responseEnd'>[]} requests
 * @returns {number}
 */
export function roundTripDepth(requests) {
  const sorted = [...requests].sort((a, b) => a.startTime - b.startTime);
  const depths = [];
  sorted.forEach((request, index) => {
    let before = 0;
    for (let earlier = 0; earlier < index; earlier++)
      if (sorted[earlier].responseEnd <= request.startTime) before = Math.max(before, depths[earlier]);
    depths.push(before + 1);
  });
  return Math.max(0, ...depths);
}

/**
 * Gzip bytes of the given entries, as they crossed the network.
 * @param {readonly Pick<ResourceEntry, 'encodedBodySize'>[]} entries
 * @returns {number}
 */
export function encodedBytes(entries) {
  return entries.reduce((sum, entry) => sum + entry.encodedBodySize, 0);
}
