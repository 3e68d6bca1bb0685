import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysUntil, eventStatus, nextStatusChange } from '../../src/components/event-card/event-status.js';
import type { EventStatus } from '../../src/components/event-card/event-status.js';
import type { CstoEvent, DatePoint } from '../../src/data/release.js';

type EventDates = Pick<CstoEvent, 'start' | 'end'>;

// Local wall-clock times, so every case means the same thing in any TZ the tests run in.
const at = (month: number, date: number, hours = 0, minutes = 0, ms = 0): Date =>
  new Date(2024, month - 1, date, hours, minutes, 0, ms);
const day = (iso: string): DatePoint => ({ iso, allDay: true });
const instant = (date: Date): DatePoint => ({ iso: date.toISOString(), allDay: false });

const threeToSixSeptember: EventDates = { start: day('2024-09-03'), end: day('2024-09-06') };
const thirdSeptember: EventDates = { start: day('2024-09-03') };
const tenToNoon: EventDates = { start: instant(at(9, 3, 10)), end: instant(at(9, 3, 12)) };
const tenWithoutEnd: EventDates = { start: instant(at(9, 3, 10)) };
const endBeforeStart: EventDates = { start: day('2024-09-06'), end: day('2024-09-03') };
const allDayToTimed: EventDates = { start: day('2024-09-03'), end: instant(at(9, 4, 15)) };
const timedToAllDay: EventDates = { start: instant(at(9, 3, 10)), end: day('2024-09-05') };

describe('eventStatus', () => {
  it.each<[string, EventDates, Date, EventStatus]>([
    ['3–6 Sept, last instant before', threeToSixSeptember, at(9, 2, 23, 59, 59_999), 'upcoming'],
    ['3–6 Sept, first midnight', threeToSixSeptember, at(9, 3), 'ongoing'],
    ['3–6 Sept, middle', threeToSixSeptember, at(9, 4, 12), 'ongoing'],
    ['3–6 Sept, last minute of the last day', threeToSixSeptember, at(9, 6, 23, 59), 'ongoing'],
    ['3–6 Sept, midnight after', threeToSixSeptember, at(9, 7), 'completed'],
    ['3 Sept without end, midnight before', thirdSeptember, at(9, 2, 23, 59), 'upcoming'],
    ['3 Sept without end, its midnight', thirdSeptember, at(9, 3), 'ongoing'],
    ['3 Sept without end, its last minute', thirdSeptember, at(9, 3, 23, 59), 'ongoing'],
    ['3 Sept without end, next midnight', thirdSeptember, at(9, 4), 'completed'],
    ['10:00–12:00, a minute before', tenToNoon, at(9, 3, 9, 59), 'upcoming'],
    ['10:00–12:00, at the start', tenToNoon, at(9, 3, 10), 'ongoing'],
    ['10:00–12:00, a minute before the end', tenToNoon, at(9, 3, 11, 59), 'ongoing'],
    ['10:00–12:00, at the end', tenToNoon, at(9, 3, 12), 'completed'],
    ['10:00 without end, before', tenWithoutEnd, at(9, 3, 9, 59), 'upcoming'],
    ['10:00 without end, in the evening', tenWithoutEnd, at(9, 3, 23, 59), 'ongoing'],
    ['10:00 without end, next midnight', tenWithoutEnd, at(9, 4), 'completed'],
    ['end before start, on the start day', endBeforeStart, at(9, 6, 12), 'ongoing'],
    ['end before start, the day after', endBeforeStart, at(9, 7), 'completed'],
    ['all-day start, timed end, before it', allDayToTimed, at(9, 4, 14, 59), 'ongoing'],
    ['all-day start, timed end, at it', allDayToTimed, at(9, 4, 15), 'completed'],
    ['timed start, all-day end, last day', timedToAllDay, at(9, 5, 23, 59), 'ongoing'],
    ['timed start, all-day end, after', timedToAllDay, at(9, 6), 'completed'],
  ])('%s → %s', (_, event, now, expected) => {
    expect(eventStatus(event, now)).toBe(expected);
  });
});

describe('nextStatusChange', () => {
  it.each<[string, EventDates, Date, Date | undefined]>([
    ['upcoming → the start', threeToSixSeptember, at(9, 1, 8), at(9, 3)],
    ['ongoing → midnight after the last day', threeToSixSeptember, at(9, 4, 12), at(9, 7)],
    ['ongoing at the first instant → the end', threeToSixSeptember, at(9, 3), at(9, 7)],
    ['completed → never', threeToSixSeptember, at(9, 7), undefined],
    ['timed, ongoing → the end instant', tenToNoon, at(9, 3, 11), at(9, 3, 12)],
    ['timed without end, ongoing → midnight', tenWithoutEnd, at(9, 3, 11), at(9, 4)],
  ])('%s', (_, event, now, expected) => {
    expect(nextStatusChange(event, now)).toEqual(expected);
  });

  it('names exactly the instant the status changes', () => {
    const minute = 60_000;
    const base = at(9, 1).getTime();
    const anyEvent = fc.record({
      startOffset: fc.integer({ min: 0, max: 20 * 24 * 60 }),
      length: fc.option(fc.integer({ min: -3 * 24 * 60, max: 10 * 24 * 60 }), { nil: undefined }),
      startAllDay: fc.boolean(),
      endAllDay: fc.boolean(),
    });
    const point = (offsetMinutes: number, allDay: boolean): DatePoint => {
      const date = new Date(base + offsetMinutes * minute);
      if (!allDay) return instant(date);
      const pad = (n: number): string => String(n).padStart(2, '0');
      return day(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`);
    };
    fc.assert(
      fc.property(anyEvent, fc.integer({ min: 0, max: 40 * 24 * 60 }), (shape, nowOffset) => {
        const event: EventDates = {
          start: point(shape.startOffset, shape.startAllDay),
          end: shape.length === undefined ? undefined : point(shape.startOffset + shape.length, shape.endAllDay),
        };
        const now = new Date(base + nowOffset * minute);
        const status = eventStatus(event, now);
        const change = nextStatusChange(event, now);
        if (!change) return status === 'completed';
        return (
          change > now &&
          eventStatus(event, new Date(change.getTime() - 1)) === status &&
          eventStatus(event, change) !== status
        );
      }),
    );
  });
});

describe('daysUntil', () => {
  it.each<[string, Date, Date, number]>([
    ['same day, later hour', at(9, 3, 23, 59), at(9, 3, 0, 1), 0],
    ['same day, earlier hour', at(9, 3, 0, 1), at(9, 3, 23, 59), 0],
    ['tomorrow, a minute away', at(9, 3), at(9, 2, 23, 59), 1],
    ['yesterday', at(9, 2, 12), at(9, 3, 12), -1],
    ['across a month end', at(10, 1, 9), at(9, 30, 18), 1],
    ['ten days ahead', at(9, 13, 1), at(9, 3, 22), 10],
  ])('%s → %i', (_, target, now, expected) => {
    expect(daysUntil(target, now)).toBe(expected);
  });
});
