/**
 * The arithmetic of `npm run bench`: in which order the pages of one row are visited, and what is
 * printed of the runs (the median, and the spread as min–max). Pure, unit-tested
 * (tests/unit/bench/statistics.test.ts).
 */

/**
 * The middle value; for an even count, the mean of the two middle values.
 * @param {readonly number[]} values
 * @returns {number}
 */
export function median(values) {
  if (!values.length) throw new RangeError('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The smallest and the largest value.
 * @param {readonly number[]} values
 * @returns {{ min: number, max: number }}
 */
export function spread(values) {
  if (!values.length) throw new RangeError('spread of no values');
  return { min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Visits for `runs` runs of each variant, strictly alternating (a, b, a, b, ...; with three
 * variants a, b, c, a, b, c, ...), so a drift of the machine's load touches every variant alike.
 * @template T
 * @param {readonly T[]} variants
 * @param {number} runs
 * @returns {T[]}
 */
export function alternatingOrder(variants, runs) {
  return Array.from({ length: runs * variants.length }, (_, index) => variants[index % variants.length]);
}

/**
 * "ok" when `value` is at most `limit`, else "over".
 * @param {number} value
 * @param {number} limit
 * @returns {'ok' | 'over'}
 */
export function verdict(value, limit) {
  return value <= limit ? 'ok' : 'over';
}
