/**
 * Member-state codes, read alone: `<member-states-badge>` reads its `states` list with this, and
 * needs none of the rest of the normaliser for its built-in list (normalise.ts re-exports it).
 */

const STATE_CODE = /^[A-Z]{2}$/;

/** ISO 3166-1 alpha-2 codes, from an array of codes or of `{ code }`, or a space/comma list. */
export function readStateCodes(value: unknown): string[] {
  const items = typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value : [];
  const codes: string[] = [];
  for (const item of items) {
    const raw: unknown = typeof item === 'object' && item !== null ? (item as { code?: unknown }).code : item;
    if (typeof raw !== 'string') continue;
    const code = raw.trim().toUpperCase();
    // `includes` stays cheap: there are at most 26² distinct codes.
    if (STATE_CODE.test(code) && !codes.includes(code)) codes.push(code);
  }
  // An exact-size copy: an array grown by `push` keeps room for 16 more (a long feed keeps thousands).
  return codes.slice();
}
