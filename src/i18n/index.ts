/**
 * Languages, message catalogues, plurals and dates for every element (what a first screen needs
 * in every element is languages.ts, re-exported here; the badge and shared templates import it alone).
 * Dates are formatted from the catalogues' own patterns and month names rather than through
 * date-fns locales or Intl: Chromium formats `hy`, `be`, `ky` and `tg` dates in English, and the
 * four date-fns locales alone weigh ~12 KB gzip. Unit tests hold our names to date-fns and CLDR.
 */
import { toDate } from '../data/date.js';
import type { DatePoint } from '../data/release.js';
import type { Messages } from './catalogue.js';
import { formatPattern } from './date-pattern.js';
import { loadedCatalogue, plural, type Lang } from './languages.js';
import en from './messages/en.js';

export type { Messages, PluralForms } from './catalogue.js';
export * from './languages.js';

/** The catalogue of a language: English until that language's catalogue is loaded. */
export function messagesFor(lang: Lang): Messages {
  return loadedCatalogue(lang) ?? en;
}

/** A date as the language writes it (`5 September 2024`), with the reader's local time unless all-day. */
export function formatDate(point: DatePoint, lang: Lang): string {
  const messages = messagesFor(lang);
  return formatPattern(point.allDay ? messages.dateFormat : messages.dateTimeFormat, messages.months, toDate(point));
}

const sameDay = (a: Date, b: Date): boolean =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * A date range with what repeats written once: `3–6 September 2024`, `30 September – 2 October 2024`,
 * `28 December 2024 – 3 January 2025`; one date when `end` is missing or the same. Times show only
 * when both ends carry one (`3 September 2024, 10:00–18:00`): an all-day end says nothing about hours.
 */
export function formatDateRange(start: DatePoint, end: DatePoint | undefined, lang: Lang): string {
  const messages = messagesFor(lang);
  const { dateRange, months } = messages;
  const from = toDate(start);
  const to = end ? toDate(end) : from;
  const timed = !start.allDay && end?.allDay !== true;
  let pattern: string;
  if (sameDay(from, to)) {
    const sameMinute = from.getHours() === to.getHours() && from.getMinutes() === to.getMinutes();
    pattern = !timed ? messages.dateFormat : sameMinute ? messages.dateTimeFormat : dateRange.hours;
  } else if (timed) pattern = dateRange.dateTimes;
  else if (from.getFullYear() !== to.getFullYear()) pattern = dateRange.years;
  else if (from.getMonth() !== to.getMonth()) pattern = dateRange.months;
  else pattern = dateRange.days;
  return formatPattern(pattern, months, from, to);
}

const DAY_MS = 86_400_000;
// Calendar days between local dates, immune to DST days that last 23 or 25 hours.
const dayNumber = (date: Date): number =>
  Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);

/** How far `target` is from `now` in whole calendar days: `today`, `tomorrow`, `in 3 days`, `3 days ago`. */
export function formatRelative(target: Date, now: Date, lang: Lang): string {
  const { relative } = messagesFor(lang);
  const days = dayNumber(target) - dayNumber(now);
  if (days === 0) return relative.today;
  if (days === 1) return relative.tomorrow;
  if (days === -1) return relative.yesterday;
  return days > 0 ? plural(lang, relative.future, days) : plural(lang, relative.past, -days);
}
