import { toDate } from '../../data/date.js';
import type { CstoEvent } from '../../data/release.js';
import { pickText } from '../../data/text.js';
import { nextLocalDay } from './local-day.js';

/** What `eventToIcs` needs besides the event itself. */
export interface IcsOptions {
  /** Language of SUMMARY, LOCATION and CATEGORIES (`en`, `ru`, …), through `pickText`. */
  readonly lang: string;
  /**
   * Stable identity of the event, usually its release id. A bare id gets `@odkb-csto.org` appended;
   * an id that already holds `@` is used as is. The same id gives the same UID, so importing the
   * file twice updates the calendar entry instead of duplicating it.
   */
  readonly uid: string;
  /** When the file is made (DTSTAMP). Defaults to the current time. */
  readonly now?: Date;
  /** The page about the event; only absolute http(s) URLs are written. */
  readonly url?: string;
  /** Plain text, already in `lang`. */
  readonly description?: string;
}

const CRLF = '\r\n';
// RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break.
const MAX_LINE_OCTETS = 75;
const PRODID = '-//csto-widgets//event-card//EN';
// The press service that publishes the releases; release ids are unique within it.
const UID_DOMAIN = 'odkb-csto.org';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYYMMDD` of a date's UTC calendar day. */
const utcDay = (date: Date): string =>
  `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;

/** `YYYYMMDDTHHMMSSZ`, the UTC DATE-TIME form. */
const utcDateTime = (date: Date): string =>
  `${utcDay(date)}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;

/** `YYYY-MM-DD` of a date's local calendar day, the form all-day DatePoints use. */
const localIsoDay = (date: Date): string =>
  `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** `YYYYMMDD` of the day after an all-day `YYYY-MM-DD`, computed in UTC so no time zone shifts it. */
function dayAfter(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return utcDay(new Date(Date.UTC(y, m - 1, d + 1)));
}

/**
 * TEXT value escaping (RFC 5545 §3.3.11). Control characters other than tab are not allowed in
 * TEXT at all, so they are dropped rather than escaped.
 */
function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\t\n])\p{Cc}/gu, '')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function utf8Octets(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1). Splits between code points only, so no
 * multi-byte character or surrogate pair is cut; the leading space of a continuation counts.
 */
function fold(line: string): string {
  const physicalLines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char);
    if (octets + size > MAX_LINE_OCTETS) {
      physicalLines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  physicalLines.push(current);
  return physicalLines.join(CRLF);
}

function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    // href percent-encodes spaces and the parser drops line breaks, so it cannot break the line.
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * DTSTART and DTEND lines. All-day events use DATE values with an exclusive DTEND (the day after
 * the inclusive last day); timed events use UTC DATE-TIMEs, and a timed event without a usable end
 * gets no DTEND, which RFC 5545 reads as ending when it starts.
 */
function dateLines({ start, end }: Pick<CstoEvent, 'start' | 'end'>): string[] {
  if (start.allDay) {
    // A timed end on an all-day event counts by the day it falls on for this reader.
    const lastDay = !end ? start.iso : end.allDay ? end.iso : localIsoDay(toDate(end));
    // ISO days compare correctly as strings; an end before the start means a one-day event.
    const inclusiveLast = lastDay < start.iso ? start.iso : lastDay;
    return [`DTSTART;VALUE=DATE:${start.iso.replaceAll('-', '')}`, `DTEND;VALUE=DATE:${dayAfter(inclusiveLast)}`];
  }
  const startDate = toDate(start);
  const lines = [`DTSTART:${utcDateTime(startDate)}`];
  if (end) {
    // An all-day end on a timed event lasts to the end of that (local) day.
    const endDate = end.allDay ? nextLocalDay(toDate(end)) : toDate(end);
    if (endDate > startDate) lines.push(`DTEND:${utcDateTime(endDate)}`);
  }
  return lines;
}

/**
 * An iCalendar (RFC 5545) file with one VEVENT for `event`: CRLF line ends, folded at 75 octets,
 * texts in `options.lang`. Ready to be saved as `text/calendar`.
 */
export function eventToIcs(event: CstoEvent, options: IcsOptions): string {
  const uid = options.uid.includes('@') ? options.uid : `${options.uid}@${UID_DOMAIN}`;
  const texts: [name: string, value: string][] = [
    ['SUMMARY', pickText(event.name, options.lang)],
    ['LOCATION', pickText(event.location, options.lang)],
    ['DESCRIPTION', options.description ?? ''],
    ['CATEGORIES', pickText(event.kind, options.lang)],
  ];
  const url = httpUrl(options.url);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${utcDateTime(options.now ?? new Date())}`,
    ...dateLines(event),
    ...texts.filter(([, value]) => value.trim()).map(([name, value]) => `${name}:${escapeText(value)}`),
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

// Russian plus the extra Cyrillic letters of Belarusian, Kazakh, Kyrgyz and Tajik, romanised
// plainly (no diacritics) so the result stays in [a-z].
const ROMAN = new Map(
  (
    'а:a б:b в:v г:g д:d е:e ё:yo ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p ' +
    'р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu ' +
    'я:ya і:i ў:u ә:a ғ:g қ:k ң:ng ө:o ұ:u ү:u һ:h ҳ:h ҷ:j ӣ:i ӯ:u'
  )
    .split(' ')
    .map((pair) => [pair[0], pair.slice(2)] as const),
);
const MAX_SLUG_LENGTH = 60;

function slug(text: string): string {
  return [...text.toLowerCase()]
    .map((char) => ROMAN.get(char) ?? char)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/**
 * A file name for the event's `.ics`: its start day and its name in `lang`, romanised into
 * lower-case ASCII (`2024-09-03-collective-security-summit.ics`). Scripts without a
 * romanisation here (Armenian) fall back to `event`.
 */
export function icsFileName(event: Pick<CstoEvent, 'name' | 'start'>, lang: string): string {
  const name = slug(pickText(event.name, lang)) || 'event';
  return `${localIsoDay(toDate(event.start))}-${name}.ics`;
}
