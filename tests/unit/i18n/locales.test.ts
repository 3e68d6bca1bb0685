import { format, formatDistance, formatRelative, parse } from 'date-fns';
import type { Locale } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { ky } from '../../../src/i18n/locales/ky.js';
import { tg } from '../../../src/i18n/locales/tg.js';

const date = new Date(2024, 8, 5, 14, 30); // a Thursday

describe.each([
  ['ky', ky, '2024-ж., 5-сентябрь, бейшемби', '5-', '3 күндөн кийин', '3 күн мурун', 'кечээ, 09:00'],
  ['tg', tg, 'панҷшанбе, 5 сентябри соли 2024', '5-ум', 'пас аз 3 рӯз', '3 рӯз пеш', 'дирӯз, 09:00'],
] as [string, Locale, string, string, string, string, string][])(
  'the date-fns %s locale',
  (_code, locale, full, ordinal, inThreeDays, threeDaysAgo, yesterday) => {
    it('formats long dates, times and ordinals', () => {
      expect(format(date, 'PPPP', { locale })).toBe(full);
      expect(format(date, 'p', { locale })).toBe('14:30');
      expect(format(date, 'do', { locale })).toBe(ordinal);
      expect(format(date, 'LLLL', { locale })).toBe(locale.localize.month(8, { context: 'standalone' }));
    });

    it('words distances with a suffix', () => {
      const base = new Date(2024, 8, 5);
      expect(formatDistance(new Date(2024, 8, 8), base, { locale, addSuffix: true })).toBe(inThreeDays);
      expect(formatDistance(new Date(2024, 8, 2), base, { locale, addSuffix: true })).toBe(threeDaysAgo);
    });

    it('formats relative days', () => {
      expect(formatRelative(new Date(2024, 8, 4, 9, 0), date, { locale })).toBe(yesterday);
    });

    it('parses what it formats', () => {
      for (const pattern of ['d MMMM yyyy', 'd LLLL yyyy', 'EEEE d MMM yyyy', 'do MMMM yyyy G']) {
        const text = format(date, pattern, { locale });
        expect(parse(text, pattern, new Date(0), { locale }).getTime(), `${pattern}: ${text}`).toBe(
          new Date(2024, 8, 5).getTime(),
        );
      }
    });
  },
);

it('tg ordinals follow the vowel of the numeral', () => {
  const ordinals = [1, 2, 3, 5, 12, 13, 22, 30, 40, 102].map((n) => tg.localize.ordinalNumber(n));
  expect(ordinals).toEqual(['1-ум', '2-юм', '3-юм', '5-ум', '12-ум', '13-ум', '22-юм', '30-юм', '40-ум', '102-юм']);
});
