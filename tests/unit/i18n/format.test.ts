import { format } from 'date-fns';
import type { Locale } from 'date-fns';
import { be as dfBe, enGB, kk as dfKk, ru as dfRu } from 'date-fns/locale';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatePoint } from '../../../src/data/release.js';
import {
  fill,
  formatDate,
  formatDateRange,
  formatRelative,
  type Lang,
  LANGS,
  messagesFor,
  plural,
  settleCatalogue,
} from '../../../src/i18n/index.js';
import { ky } from '../../../src/i18n/locales/ky.js';
import { tg } from '../../../src/i18n/locales/tg.js';

// Catalogues other than English and Russian load on first use (src/internal/on-demand/).
beforeAll(() => Promise.all(LANGS.map(settleCatalogue)));

const day = (iso: string): DatePoint => ({ iso, allDay: true });
const at = (iso: string): DatePoint => ({ iso, allDay: false });
// Tests compare text as a reader sees it; the catalogues' no-break spaces are checked separately.
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

const ENGLISH_MONTH = /January|February|March|April|May|June|July|August|September|October|November|December/;
const SCRIPT: Record<Lang, RegExp> = {
  en: /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u,
  hy: /\p{Script=Armenian}/u,
  ru: /\p{Script=Cyrillic}/u,
  be: /\p{Script=Cyrillic}/u,
  kk: /\p{Script=Cyrillic}/u,
  ky: /\p{Script=Cyrillic}/u,
  tg: /\p{Script=Cyrillic}/u,
};

describe('formatDate and formatDateRange', () => {
  it.each([
    [
      'en',
      '5 September 2024',
      '3–6 September 2024',
      '30 September – 2 October 2024',
      '28 December 2024 – 3 January 2025',
    ],
    [
      'ru',
      '5 сентября 2024 г.',
      '3–6 сентября 2024 г.',
      '30 сентября – 2 октября 2024 г.',
      '28 декабря 2024 г. – 3 января 2025 г.',
    ],
    [
      'be',
      '5 верасня 2024 г.',
      '3–6 верасня 2024 г.',
      '30 верасня – 2 кастрычніка 2024 г.',
      '28 снежня 2024 г. – 3 студзеня 2025 г.',
    ],
    [
      'hy',
      '5 սեպտեմբերի, 2024 թ.',
      '3–6 սեպտեմբերի, 2024 թ.',
      '30 սեպտեմբերի – 2 հոկտեմբերի, 2024 թ.',
      '28 դեկտեմբերի, 2024 թ. – 3 հունվարի, 2025 թ.',
    ],
    [
      'kk',
      '2024 ж. 5 қыркүйек',
      '2024 ж. 3–6 қыркүйек',
      '2024 ж. 30 қыркүйек – 2 қазан',
      '2024 ж. 28 желтоқсан – 2025 ж. 3 қаңтар',
    ],
    [
      'ky',
      '2024-ж., 5-сентябрь',
      '2024-ж., 3–6-сентябрь',
      '2024-ж., 30-сентябрь – 2-октябрь',
      '2024-ж., 28-декабрь – 2025-ж., 3-январь',
    ],
    [
      'tg',
      '5 сентябри соли 2024',
      '3–6 сентябри соли 2024',
      '30 сентябр – 2 октябри соли 2024',
      '28 декабри соли 2024 – 3 январи соли 2025',
    ],
  ] as const)('%s writes a day, days, months and years', (lang, single, days, months, years) => {
    expect(plain(formatDate(day('2024-09-05'), lang))).toBe(single);
    expect(plain(formatDateRange(day('2024-09-03'), day('2024-09-06'), lang))).toBe(days);
    expect(plain(formatDateRange(day('2024-09-30'), day('2024-10-02'), lang))).toBe(months);
    expect(plain(formatDateRange(day('2024-12-28'), day('2025-01-03'), lang))).toBe(years);
  });

  it.each([
    ['no end', day('2024-09-03'), undefined, '3 September 2024'],
    ['the same day', day('2024-09-03'), day('2024-09-03'), '3 September 2024'],
    ['a time', at('2024-09-03T10:00:00Z'), undefined, '3 September 2024, 10:00'],
    ['times on one day', at('2024-09-03T10:00:00Z'), at('2024-09-03T18:00:00Z'), '3 September 2024, 10:00–18:00'],
    ['the same instant', at('2024-09-03T10:00:00Z'), at('2024-09-03T10:00:00Z'), '3 September 2024, 10:00'],
    [
      'times on two days',
      at('2024-09-03T10:00:00Z'),
      at('2024-09-05T18:00:00Z'),
      '3 September 2024, 10:00 – 5 September 2024, 18:00',
    ],
    ['an all-day end after a time', at('2024-09-03T10:00:00Z'), day('2024-09-05'), '3–5 September 2024'],
  ] as const)('en collapses %s', (_case, start, end, expected) => {
    // Timed points show in the reader's zone; pin the reader to UTC for this table.
    process.env.TZ = 'UTC';
    expect(plain(formatDateRange(start, end, 'en'))).toBe(expected);
  });

  it('ru writes times after the year', () => {
    process.env.TZ = 'UTC';
    expect(plain(formatDate(at('2024-09-05T14:30:00Z'), 'ru'))).toBe('5 сентября 2024 г., 14:30');
    expect(plain(formatDateRange(at('2024-09-03T10:00:00Z'), at('2024-09-03T18:00:00Z'), 'ru'))).toBe(
      '3 сентября 2024 г., 10:00–18:00',
    );
  });

  it('uses en dashes and keeps abbreviations and dashes off the start of a line', () => {
    const range = formatDateRange(day('2024-12-28'), day('2025-01-03'), 'ru');
    expect(range).toBe('28 декабря 2024\u202fг.\u00a0– 3 января 2025\u202fг.');
    expect(formatDateRange(day('2024-09-03'), day('2024-09-06'), 'en')).toContain('3\u20136');
  });

  it.each(LANGS.filter((lang) => lang !== 'en'))('%s writes dates in its own script, never English months', (lang) => {
    const texts = [
      formatDate(day('2024-05-05'), lang),
      formatDateRange(day('2024-09-30'), day('2024-10-02'), lang),
      messagesFor(lang).event.status.upcoming,
      plural(lang, messagesFor(lang).states.count, 6),
    ];
    for (const text of texts) {
      expect(text).toMatch(SCRIPT[lang]);
      expect(text).not.toMatch(ENGLISH_MONTH);
    }
  });

  // Single dates must read exactly as date-fns writes the same pattern with the same locale.
  it.each([
    ['en', enGB],
    ['ru', dfRu],
    ['be', dfBe],
    ['kk', dfKk],
    ['ky', ky],
    ['tg', tg],
  ] as [Lang, Locale][])('%s matches date-fns format for every month', (lang, locale) => {
    const { dateFormat, dateTimeFormat } = messagesFor(lang);
    for (let month = 0; month < 12; month++) {
      const date = new Date(2024, month, 7, 9, 5);
      const iso = `2024-${String(month + 1).padStart(2, '0')}-07`;
      expect(formatDate(day(iso), lang)).toBe(format(date, dateFormat, { locale }));
      expect(formatDate(at(date.toISOString()), lang)).toBe(format(date, dateTimeFormat, { locale }));
    }
  });
});

describe('plural', () => {
  it.each([
    [1, '1 государство-член'],
    [2, '2 государства-члена'],
    [5, '5 государств-членов'],
    [11, '11 государств-членов'],
    [12, '12 государств-членов'],
    [21, '21 государство-член'],
    [22, '22 государства-члена'],
    [111, '111 государств-членов'],
    [1.5, '1,5 государства-члена'],
  ])('ru: %s', (n, expected) => {
    expect(plural('ru', messagesFor('ru').states.count, n)).toBe(expected);
  });

  it.each([
    ['en', 1, '1 member state'],
    ['en', 6, '6 member states'],
    ['en', 1234, '1,234 member states'],
    ['be', 21, '21 дзяржава-член'],
    ['be', 3, '3 дзяржавы-члены'],
    ['be', 14, '14 дзяржаў-членаў'],
    ['hy', 6, '6 անդամ պետություն'],
    ['kk', 6, '6 мүше мемлекет'],
    ['ky', 6, '6 мүчө мамлекет'],
    ['tg', 6, '6 давлати аъзо'],
    ['ru', 12345, '12\u00a0345 государств-членов'],
  ] as const)('%s: %s', (lang, n, expected) => {
    expect(plural(lang, messagesFor(lang).states.count, n)).toBe(expected);
  });
});

describe('fill', () => {
  it.each([
    ['{n} more', { n: 3 }, '3 more'],
    ['HTTP {status}: {status}', { status: 503 }, 'HTTP 503: 503'],
    ['{n} of {total}', { n: 1 }, '1 of {total}'],
    ['{toString}', {}, '{toString}'],
  ])('%s', (template, params, expected) => {
    expect(fill(template, params)).toBe(expected);
  });
});

describe('formatRelative', () => {
  const now = new Date(2024, 8, 10, 23, 30);
  it.each([
    ['today', 'сегодня', new Date(2024, 8, 10, 0, 5)],
    ['tomorrow', 'завтра', new Date(2024, 8, 11, 0, 5)],
    ['yesterday', 'вчера', new Date(2024, 8, 9, 23, 59)],
    ['in 2 days', 'через 2 дня', new Date(2024, 8, 12)],
    ['in 5 days', 'через 5 дней', new Date(2024, 8, 15)],
    ['in 21 days', 'через 21 день', new Date(2024, 9, 1)],
    ['3 days ago', '3 дня назад', new Date(2024, 8, 7)],
    ['10 days ago', '10 дней назад', new Date(2024, 7, 31)],
    ['21 days ago', '21 день назад', new Date(2024, 7, 20)],
  ])('%s / %s', (en, ru, target) => {
    expect(formatRelative(target, now, 'en')).toBe(en);
    expect(formatRelative(target, now, 'ru')).toBe(ru);
  });

  it('counts calendar days, not 24-hour spans', () => {
    expect(formatRelative(new Date(2024, 9, 28, 0, 0), new Date(2024, 9, 26, 23, 0), 'en')).toBe('in 2 days');
  });

  it.each(LANGS)('%s has words for every distance', (lang) => {
    const words = [-3, -1, 0, 1, 3].map((days) =>
      formatRelative(new Date(2024, 8, 10 + days), new Date(2024, 8, 10), lang),
    );
    expect(new Set(words).size).toBe(5);
    for (const word of words) expect(word).toMatch(SCRIPT[lang]);
  });
});
