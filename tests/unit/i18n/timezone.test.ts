import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, settleCatalogue } from '../../../src/i18n/index.js';

// Russian is loaded on first use, as in a page.
beforeAll(() => settleCatalogue('ru'));

// Node re-reads process.env.TZ on assignment, so one process can stand in for readers worldwide.
const ZONES = [
  // [zone, UTC offset in minutes on 3 September 2024, local time of 10:00 UTC]
  ['Pacific/Kiritimati', 14 * 60, '4 September 2024, 00:00'],
  ['Asia/Vladivostok', 10 * 60, '3 September 2024, 20:00'],
  ['Europe/Lisbon', 60, '3 September 2024, 11:00'],
  ['America/Los_Angeles', -7 * 60, '3 September 2024, 03:00'],
  ['Pacific/Pago_Pago', -11 * 60, '2 September 2024, 23:00'],
] as const;

describe.each(ZONES)('a reader in %s', (zone, offset, timed) => {
  it('sees all-day points on their own dates and times in local time', () => {
    process.env.TZ = zone;
    // Proves the zone took effect; without it the rest of the test would prove nothing.
    expect(-new Date(2024, 8, 3).getTimezoneOffset()).toBe(offset);
    expect(formatDate({ iso: '2024-09-03', allDay: true }, 'en')).toBe('3 September 2024');
    expect(formatDateRange({ iso: '2024-09-03', allDay: true }, { iso: '2024-09-06', allDay: true }, 'ru')).toBe(
      '3–6 сентября 2024\u202fг.',
    );
    expect(formatDate({ iso: '2024-09-03T10:00:00Z', allDay: false }, 'en')).toBe(timed);
  });
});
