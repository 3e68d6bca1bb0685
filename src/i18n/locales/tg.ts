import type { Locale } from 'date-fns';
import messages from '../messages/tg.js';
import { buildLocale } from './build-locale.js';

const { months } = messages;
const abbreviatedMonths = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const narrowMonths = ['Я', 'Ф', 'М', 'А', 'М', 'И', 'И', 'А', 'С', 'О', 'Н', 'Д'];

/**
 * Tajik (Cyrillic) for date-fns, which ships none. Months and date order are shared with our `tg`
 * catalogue: `MMMM` is the izafet form that precedes the year (`сентябри`), `LLLL` the bare name.
 */
export const tg: Locale = buildLocale({
  code: 'tg',
  months: {
    formatting: { narrow: narrowMonths, abbreviated: abbreviatedMonths, wide: months.formatting },
    standalone: { narrow: narrowMonths, abbreviated: abbreviatedMonths, wide: months.standalone },
  },
  days: {
    narrow: ['Я', 'Д', 'С', 'Ч', 'П', 'Ҷ', 'Ш'],
    short: ['яш', 'дш', 'сш', 'чш', 'пш', 'ҷм', 'шб'],
    abbreviated: ['якш', 'дшб', 'сшб', 'чшб', 'пшб', 'ҷмъ', 'шнб'],
    wide: ['якшанбе', 'душанбе', 'сешанбе', 'чоршанбе', 'панҷшанбе', 'ҷумъа', 'шанбе'],
  },
  eras: {
    narrow: ['то м.', 'м.'],
    abbreviated: ['то м.', 'м.'],
    wide: ['то милод', 'милодӣ'],
  },
  quarters: {
    narrow: ['1', '2', '3', '4'],
    abbreviated: ['Ч1', 'Ч2', 'Ч3', 'Ч4'],
    wide: ['чоряки 1', 'чоряки 2', 'чоряки 3', 'чоряки 4'],
  },
  dayPeriods: {
    narrow: {
      am: 'пе. чо.',
      pm: 'па. чо.',
      midnight: 'нимш.',
      noon: 'нимр.',
      morning: 'субҳ',
      afternoon: 'рӯз',
      evening: 'бегоҳ',
      night: 'шаб',
    },
    abbreviated: {
      am: 'пе. чо.',
      pm: 'па. чо.',
      midnight: 'нимшаб',
      noon: 'нимрӯз',
      morning: 'субҳ',
      afternoon: 'рӯз',
      evening: 'бегоҳ',
      night: 'шаб',
    },
    wide: {
      am: 'пеш аз чошт',
      pm: 'пас аз чошт',
      midnight: 'нимашаб',
      noon: 'нисфирӯзӣ',
      morning: 'субҳ',
      afternoon: 'рӯз',
      evening: 'бегоҳ',
      night: 'шаб',
    },
  },
  // 5-ум (панҷум), but 2-юм, 3-юм, 30-юм after the vowels of ду, се, сӣ; teens end in -даҳ: 12-ум.
  ordinal: (n) => {
    const vowelEnd = ((n % 10 === 2 || n % 10 === 3) && Math.floor(n / 10) % 10 !== 1) || n % 100 === 30;
    return `${n}-${vowelEnd ? 'юм' : 'ум'}`;
  },
  ordinalPattern: /^(\d+)(-?(ум|юм))?/i,
  formatLong: {
    date: { full: "EEEE, d MMMM 'соли' yyyy", long: "d MMMM 'соли' yyyy", medium: 'd MMM yyyy', short: 'dd.MM.yyyy' },
    time: { full: 'HH:mm:ss zzzz', long: 'HH:mm:ss z', medium: 'HH:mm:ss', short: 'HH:mm' },
    dateTime: '{{date}}, {{time}}',
  },
  formatRelative: {
    lastWeek: "eeee'и гузашта', p",
    yesterday: "'дирӯз', p",
    today: "'имрӯз', p",
    tomorrow: "'фардо', p",
    nextWeek: "eeee'и оянда', p",
    other: 'P',
  },
  distance: {
    lessThanXSeconds: ['камтар аз {{count}} сония', 'дар камтар аз {{count}} сония', 'камтар аз {{count}} сония пеш'],
    xSeconds: ['{{count}} сония', 'пас аз {{count}} сония', '{{count}} сония пеш'],
    halfAMinute: ['ним дақиқа', 'пас аз ним дақиқа', 'ним дақиқа пеш'],
    lessThanXMinutes: [
      'камтар аз {{count}} дақиқа',
      'дар камтар аз {{count}} дақиқа',
      'камтар аз {{count}} дақиқа пеш',
    ],
    xMinutes: ['{{count}} дақиқа', 'пас аз {{count}} дақиқа', '{{count}} дақиқа пеш'],
    aboutXHours: ['тақрибан {{count}} соат', 'пас аз тақрибан {{count}} соат', 'тақрибан {{count}} соат пеш'],
    xHours: ['{{count}} соат', 'пас аз {{count}} соат', '{{count}} соат пеш'],
    xDays: ['{{count}} рӯз', 'пас аз {{count}} рӯз', '{{count}} рӯз пеш'],
    aboutXWeeks: ['тақрибан {{count}} ҳафта', 'пас аз тақрибан {{count}} ҳафта', 'тақрибан {{count}} ҳафта пеш'],
    xWeeks: ['{{count}} ҳафта', 'пас аз {{count}} ҳафта', '{{count}} ҳафта пеш'],
    aboutXMonths: ['тақрибан {{count}} моҳ', 'пас аз тақрибан {{count}} моҳ', 'тақрибан {{count}} моҳ пеш'],
    xMonths: ['{{count}} моҳ', 'пас аз {{count}} моҳ', '{{count}} моҳ пеш'],
    aboutXYears: ['тақрибан {{count}} сол', 'пас аз тақрибан {{count}} сол', 'тақрибан {{count}} сол пеш'],
    xYears: ['{{count}} сол', 'пас аз {{count}} сол', '{{count}} сол пеш'],
    overXYears: ['зиёда аз {{count}} сол', 'пас аз зиёда аз {{count}} сол', 'зиёда аз {{count}} сол пеш'],
    almostXYears: ['қариб {{count}} сол', 'пас аз қариб {{count}} сол', 'қариб {{count}} сол пеш'],
  },
  weekStartsOn: 1,
  firstWeekContainsDate: 1,
});
