import { isExists, isValid, parseISO } from 'date-fns';
import type { DatePoint } from './release.js';

const DAY_MONTH_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO instants need at least hours and minutes; date-fns accepts more shapes than we want to guess at.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function allDay(year: number, month: number, day: number): DatePoint | undefined {
  // isExists rejects 31.02.2024 where `new Date` would roll over into March.
  if (!isExists(year, month - 1, day)) return undefined;
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
  if (ymd) return allDay(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  if (!DATE_TIME.test(text)) return undefined;
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(text) ?? [];
  if (!isExists(Number(y), Number(m) - 1, Number(d))) return undefined;
  const hasOffset = /(Z|[+-]\d{2}(:?\d{2})?)$/i.test(text);
  const instant = parseISO(hasOffset ? text : `${text}Z`);
  return isValid(instant) ? { iso: instant.toISOString(), allDay: false } : undefined;
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
