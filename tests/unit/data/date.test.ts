import { isExists, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDatePoints, isRealDay, parseDate, toDate } from '../../../src/data/date.js';

describe('parseDate', () => {
  it.each([
    ['2024-09-03', { iso: '2024-09-03', allDay: true }],
    ['03.09.2024', { iso: '2024-09-03', allDay: true }],
    ['3.9.2024', { iso: '2024-09-03', allDay: true }],
    [' 29.05.2017 ', { iso: '2017-05-29', allDay: true }],
    ['29.02.2024', { iso: '2024-02-29', allDay: true }],
    ['2024-09-03T10:00:00Z', { iso: '2024-09-03T10:00:00.000Z', allDay: false }],
    ['2024-09-03T13:00:00+03:00', { iso: '2024-09-03T10:00:00.000Z', allDay: false }],
    ['2026-10-04T10:00:00-05:00', { iso: '2026-10-04T15:00:00.000Z', allDay: false }],
    // No offset: read as UTC so every reader sees the same instant.
    ['2024-09-03T10:00', { iso: '2024-09-03T10:00:00.000Z', allDay: false }],
    ['2024-09-03 10:00:00', { iso: '2024-09-03T10:00:00.000Z', allDay: false }],
    [
      { iso: '2024-09-03', allDay: true },
      { iso: '2024-09-03', allDay: true },
    ],
  ])('reads %j', (input, expected) => {
    expect(parseDate(input)).toEqual(expected);
  });

  it.each([
    '31.02.2024',
    '29.02.2023',
    '2024-02-30',
    '2024-13-01',
    '00.01.2024',
    '32.01.2024',
    '2024-09-03T25:00:00Z',
    'September 3, 2024',
    '3 сентября 2024',
    '2024/09/03',
    '',
    'yesterday',
    '1725321600000',
  ])('rejects %j', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });

  it.each([undefined, null, 1725321600000, {}, [], true])('rejects the non-string %j', (input) => {
    expect(parseDate(input)).toBeUndefined();
  });
});

describe('isRealDay', () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2024, 4, 31, false],
    [2024, 12, 31, true],
    [2024, 13, 1, false],
    [2024, 0, 1, false],
    [2024, 1, 0, false],
    [99, 1, 1, false],
  ])('%i-%i-%i: %s', (year, month, day, expected) => {
    expect(isRealDay(year, month, day)).toBe(expected);
  });

  it('agrees with date-fns isExists (a Date round trip) on every day of four centuries', () => {
    const disagreements: string[] = [];
    for (let year = 1; year <= 2400; year += year < 150 ? 1 : 7) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          if (isRealDay(year, month, day) !== isExists(year, month - 1, day))
            disagreements.push(`${year}-${month}-${day}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('toDate', () => {
  it('puts an all-day point at local midnight of its own date', () => {
    const date = toDate({ iso: '2024-09-03', allDay: true });
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2024, 8, 3, 0]);
  });

  it('keeps a timed point as its instant', () => {
    expect(toDate({ iso: '2024-09-03T10:00:00.000Z', allDay: false }).toISOString()).toBe('2024-09-03T10:00:00.000Z');
  });
});

describe('compareDatePoints', () => {
  it('orders points in time', () => {
    const a = parseDate('02.09.2024')!;
    const b = parseDate('2024-09-03')!;
    expect(compareDatePoints(a, b)).toBeLessThan(0);
    expect(compareDatePoints(b, a)).toBeGreaterThan(0);
    expect(compareDatePoints(a, a)).toBe(0);
  });
});

describe('parseDate: ISO date-times read as date-fns parseISO reads them', () => {
  it.each([
    ['2018-01-06T08:00', '2018-01-06T08:00:00.000Z'],
    ['2024-09-03 10:00:00', '2024-09-03T10:00:00.000Z'],
    ['2024-09-03T10:00:00.5Z', '2024-09-03T10:00:00.500Z'],
    ['2024-09-03T10:00:00,25+03', '2024-09-03T07:00:00.250Z'],
    ['2024-09-03T10:00:00+0530', '2024-09-03T04:30:00.000Z'],
    ['2024-09-03T24:00:00Z', '2024-09-04T00:00:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ iso, allDay: false });
    expect(parseISO(/z$|[+-]\d\d(:?\d\d)?$/i.test(text) ? text : `${text}Z`).toISOString()).toBe(iso);
  });

  it.each([
    '2024-09-03T25:00Z',
    '2024-09-03T10:60Z',
    '2024-09-03T10:00:61Z',
    '2024-09-03T10:00+03:75',
    '2024-02-30T10:00Z',
    '2024-09-03T10',
    '2024-09-03T24:00:01Z',
  ])('refuses %s', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('agrees with parseISO on every generated date-time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.constantFrom('Z', '+03:00', '-05:00', '+0530', '+02'),
        fc.boolean(),
        (date, zone, withSeconds) => {
          const iso = date.toISOString();
          const text = `${iso.slice(0, withSeconds ? 23 : 16)}${zone}`;
          expect(parseDate(text)?.iso).toBe(parseISO(text).toISOString());
        },
      ),
    );
  });
});
