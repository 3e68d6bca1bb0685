import { toDate } from '../../data/date.js';
import type { CstoEvent } from '../../data/release.js';
import { nextLocalDay } from './local-day.js';

/** Where an event stands relative to now. */
export type EventStatus = 'upcoming' | 'ongoing' | 'completed';

type EventDates = Pick<CstoEvent, 'start' | 'end'>;

/**
 * The half-open span [start, end) in which the event is ongoing, in the reader's local time.
 * - An all-day end is inclusive, so the span runs to the midnight after that day.
 * - A timed end is the instant the event is over.
 * - Without an end (or with one that is not after the start) the event lasts to the end of its
 *   start's local day: a timed event is announced with a start time only far more often than it
 *   truly lasts an instant, and a card that flips to "completed" one minute in would mislead.
 */
function ongoingSpan({ start, end }: EventDates): { start: Date; end: Date } {
  const startDate = toDate(start);
  const endOfStartDay = new Date(startDate.getFullYear(), startDate.getMonth(), startDate.getDate() + 1);
  if (!end) return { start: startDate, end: endOfStartDay };
  const endDate = end.allDay ? nextLocalDay(toDate(end)) : toDate(end);
  return { start: startDate, end: endDate > startDate ? endDate : endOfStartDay };
}

/**
 * `upcoming` before the start, `ongoing` from the start up to the end (an all-day event all of its
 * last day, local time), `completed` after.
 */
export function eventStatus(event: EventDates, now: Date): EventStatus {
  const span = ongoingSpan(event);
  if (now < span.start) return 'upcoming';
  return now < span.end ? 'ongoing' : 'completed';
}

/**
 * The instant `eventStatus` next gives a different answer: the start while upcoming, the end while
 * ongoing, `undefined` once completed. Lets an element schedule one timer instead of polling.
 */
export function nextStatusChange(event: EventDates, now: Date): Date | undefined {
  const span = ongoingSpan(event);
  if (now < span.start) return span.start;
  return now < span.end ? span.end : undefined;
}

/**
 * Calendar days from `now` to `target` in local time: 0 today, 1 tomorrow (even if that is a
 * minute away), negative in the past.
 */
export function daysUntil(target: Date, now: Date): number {
  // Midnights as UTC dates: the count stays whole across a DST day of 23 or 25 hours.
  const day = (date: Date): number => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000;
  return day(target) - day(now);
}
