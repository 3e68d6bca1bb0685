import type { Messages } from './catalogue.js';

type MonthNames = Messages['months'];

// A quoted literal, a run of one pattern letter, or anything else (taken literally).
const TOKEN = /'([^']*)'|([A-Za-z])\2*|[^'A-Za-z]+/g;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function field(token: string, date: Date, months: MonthNames): string {
  switch (token) {
    case 'd':
      return String(date.getDate());
    case 'dd':
      return pad(date.getDate(), 2);
    case 'MMMM':
      return months.formatting[date.getMonth()]!;
    case 'LLLL':
      return months.standalone[date.getMonth()]!;
    case 'y':
    case 'yyyy':
      return pad(date.getFullYear(), token.length);
    case 'HH':
      return pad(date.getHours(), 2);
    case 'mm':
      return pad(date.getMinutes(), 2);
    default:
      throw new RangeError(`Unsupported date pattern field "${token}"`);
  }
}

/**
 * Formats with a subset of date-fns tokens (`d dd MMMM LLLL y yyyy HH mm`, `'quoted'` text), the
 * subset our catalogues use; date-fns's own `format` and full locales would cost the bundle ~15 KB.
 * Given an `end`, the pattern reads as a CLDR interval: fields come from `start` until a field
 * letter repeats, and from `end` from then on (`d–d MMMM yyyy`). Fields are in local time.
 */
export function formatPattern(pattern: string, months: MonthNames, start: Date, end = start): string {
  const seen = new Set<string>();
  let date = start;
  let out = '';
  for (const [token, quoted, letter] of pattern.matchAll(TOKEN)) {
    if (quoted !== undefined) out += quoted;
    else if (letter === undefined) out += token;
    else {
      // `LLLL` and `MMMM` are one field, the month, in two grammatical forms.
      const name = letter === 'L' ? 'M' : letter;
      if (seen.has(name)) date = end;
      seen.add(name);
      out += field(token, date, months);
    }
  }
  return out;
}
