import type { DatePoint } from './release.js';

const DAY_MONTH_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * An ISO 8601 instant as feeds write it: hours and minutes at least, then seconds and a fraction
 * (`.` or `,`), then `Z` or an offset (`+03`, `+0300`, `+03:00`). Read by hand rather than with
 * date-fns's `parseISO`: the shapes are few, and every page pays for the bundle.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a year, month (1–12) and day name a real day: 31.02.2024 does not, where `new Date`
 * would roll over into March. Years before 100 are refused, as `new Date` reads them as 19xx.
 * Arithmetic, not a Date: a long feed has thousands of dates.
 */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leapDay = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  return day <= DAYS_IN_MONTH[month - 1]! + leapDay;
}

function allDay(year: number, month: number, day: number): DatePoint | undefined {
  if (!isRealDay(year, month, day)) return undefined;
  return { iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, allDay: true };
}

/**
 * Reads a date as endpoints write it: ISO 8601 (`2024-09-03`, `2024-09-03T10:00:00+03:00`) or the
 * source site's `DD.MM.YYYY`. Returns `undefined` for anything else, including impossible dates.
 * A time without an offset is read as UTC, so a feed means the same instant for every reader.
 */
export function parseDate(input: unknown): DatePoint | undefined {
  // A DatePoint of ours (releases handed back through the `releases` property) reads as its ISO form.
  const value = typeof input === 'object' && input !== null && 'iso' in input ? input.iso : input;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return allDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = DATE_ONLY.exec(text);
  if (ymd) {
    // Already in the form an all-day point keeps: no need to build it again.
    return isRealDay(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])) ? { iso: text, allDay: true } : undefined;
  }
  const instant = isoInstant(text);
  return instant === undefined ? undefined : { iso: instant, allDay: false };
}

/** The instant an ISO 8601 date-time names, in UTC ISO form; undefined when it names none. */
function isoInstant(text: string): string | undefined {
  const parts = DATE_TIME.exec(text);
  if (!parts) return undefined;
  const [, year, month, day, hour, minute, second = '0', fraction = '', zone = 'Z'] = parts;
  const [h, min, sec] = [Number(hour), Number(minute), Number(second)];
  // 24:00 is the end of a day, the next one's midnight; any other hour past 23 is no time.
  const endOfDay = h === 24 && min === 0 && sec === 0 && !/[1-9]/.test(fraction);
  if (!isRealDay(Number(year), Number(month), Number(day)) || (h > 23 && !endOfDay) || min > 59 || sec > 59)
    return undefined;
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const offsetMinute = Number(digits.slice(2) || '0');
    if (offsetMinute > 59) return undefined;
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (Number(digits.slice(0, 2)) * 60 + offsetMinute);
  }
  const milliseconds = Math.floor(Number(`0.${fraction || '0'}`) * 1000);
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day), h, min, sec, milliseconds);
  return new Date(time - offsetMinutes * 60_000).toISOString();
}

/**
 * The Date to compute and format with. An all-day point becomes local midnight of its own date,
 * so "3 September" is the 3rd for a reader in Vladivostok and in Lisbon alike.
 */
export function toDate(point: DatePoint): Date {
  if (!point.allDay) return new Date(point.iso);
  const [y, m, d] = point.iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** Compares two points in time order (all-day points at the start of their local day). */
export function compareDatePoints(a: DatePoint, b: DatePoint): number {
  return toDate(a).getTime() - toDate(b).getTime();
}
