import type { Locale } from 'date-fns';
import messages from '../messages/ky.js';
import { buildLocale } from './build-locale.js';

const { months } = messages;
const abbreviatedMonths = [
  'янв.',
  'фев.',
  'мар.',
  'апр.',
  'май',
  'июн.',
  'июл.',
  'авг.',
  'сен.',
  'окт.',
  'ноя.',
  'дек.',
];
const narrowMonths = ['Я', 'Ф', 'М', 'А', 'М', 'И', 'И', 'А', 'С', 'О', 'Н', 'Д'];

/**
 * Kyrgyz for date-fns, which ships none: names after CLDR `ky`, months and date order shared with
 * our `ky` catalogue. Nouns stay singular after numerals; ablative suffixes follow vowel harmony.
 */
export const ky: Locale = buildLocale({
  code: 'ky',
  months: {
    formatting: { narrow: narrowMonths, abbreviated: abbreviatedMonths, wide: months.formatting },
    standalone: { narrow: narrowMonths, abbreviated: abbreviatedMonths, wide: months.standalone },
  },
  days: {
    narrow: ['Ж', 'Д', 'Ш', 'Ш', 'Б', 'Ж', 'И'],
    short: ['жк', 'дш', 'шш', 'шр', 'бш', 'жм', 'иш'],
    abbreviated: ['жек.', 'дүй.', 'шейш.', 'шарш.', 'бейш.', 'жума', 'ишм.'],
    wide: ['жекшемби', 'дүйшөмбү', 'шейшемби', 'шаршемби', 'бейшемби', 'жума', 'ишемби'],
  },
  eras: {
    narrow: ['б.з.ч.', 'б.з.'],
    abbreviated: ['б.з.ч.', 'б.з.'],
    wide: ['биздин заманга чейин', 'биздин заман'],
  },
  quarters: {
    narrow: ['1', '2', '3', '4'],
    abbreviated: ['1-чейр.', '2-чейр.', '3-чейр.', '4-чейр.'],
    wide: ['1-чейрек', '2-чейрек', '3-чейрек', '4-чейрек'],
  },
  dayPeriods: {
    narrow: {
      am: 'тң',
      pm: 'тк',
      midnight: 'түн орт.',
      noon: 'чак түш',
      morning: 'эртң',
      afternoon: 'түштн кйн',
      evening: 'кечк',
      night: 'түнк',
    },
    abbreviated: {
      am: 'таңкы',
      pm: 'түштөн кийинки',
      midnight: 'түн орт.',
      noon: 'чак түш',
      morning: 'эртең менен',
      afternoon: 'түштөн кийин',
      evening: 'кечинде',
      night: 'түн ичинде',
    },
    wide: {
      am: 'таңкы',
      pm: 'түштөн кийинки',
      midnight: 'түн ортосу',
      noon: 'чак түш',
      morning: 'эртең менен',
      afternoon: 'түштөн кийин',
      evening: 'кечинде',
      night: 'түн ичинде',
    },
  },
  // Kyrgyz writes ordinals with a hyphen: 5- (бешинчи).
  ordinal: (n) => `${n}-`,
  ordinalPattern: /^(\d+)-?/,
  formatLong: {
    date: {
      full: "yyyy-'ж'., d-MMMM, EEEE",
      long: "yyyy-'ж'., d-MMMM",
      medium: "yyyy-'ж'., d-MMM",
      short: 'dd.MM.yyyy',
    },
    time: { full: 'HH:mm:ss zzzz', long: 'HH:mm:ss z', medium: 'HH:mm:ss', short: 'HH:mm' },
    dateTime: '{{date}}, {{time}}',
  },
  formatRelative: {
    lastWeek: "'өткөн' eeee, p",
    yesterday: "'кечээ', p",
    today: "'бүгүн', p",
    tomorrow: "'эртең', p",
    nextWeek: "'келерки' eeee, p",
    other: 'P',
  },
  distance: {
    lessThanXSeconds: [
      '{{count}} секунддан аз',
      '{{count}} секунддан аз убакытта',
      '{{count}} секунддан аз убакыт мурун',
    ],
    xSeconds: ['{{count}} секунд', '{{count}} секунддан кийин', '{{count}} секунд мурун'],
    halfAMinute: ['жарым мүнөт', 'жарым мүнөттөн кийин', 'жарым мүнөт мурун'],
    lessThanXMinutes: ['{{count}} мүнөттөн аз', '{{count}} мүнөттөн аз убакытта', '{{count}} мүнөттөн аз убакыт мурун'],
    xMinutes: ['{{count}} мүнөт', '{{count}} мүнөттөн кийин', '{{count}} мүнөт мурун'],
    aboutXHours: [
      'болжол менен {{count}} саат',
      'болжол менен {{count}} сааттан кийин',
      'болжол менен {{count}} саат мурун',
    ],
    xHours: ['{{count}} саат', '{{count}} сааттан кийин', '{{count}} саат мурун'],
    xDays: ['{{count}} күн', '{{count}} күндөн кийин', '{{count}} күн мурун'],
    aboutXWeeks: [
      'болжол менен {{count}} апта',
      'болжол менен {{count}} аптадан кийин',
      'болжол менен {{count}} апта мурун',
    ],
    xWeeks: ['{{count}} апта', '{{count}} аптадан кийин', '{{count}} апта мурун'],
    aboutXMonths: [
      'болжол менен {{count}} ай',
      'болжол менен {{count}} айдан кийин',
      'болжол менен {{count}} ай мурун',
    ],
    xMonths: ['{{count}} ай', '{{count}} айдан кийин', '{{count}} ай мурун'],
    aboutXYears: [
      'болжол менен {{count}} жыл',
      'болжол менен {{count}} жылдан кийин',
      'болжол менен {{count}} жыл мурун',
    ],
    xYears: ['{{count}} жыл', '{{count}} жылдан кийин', '{{count}} жыл мурун'],
    overXYears: [
      '{{count}} жылдан ашык',
      '{{count}} жылдан ашык убакыттан кийин',
      '{{count}} жылдан ашык убакыт мурун',
    ],
    almostXYears: [
      '{{count}} жылга жакын',
      '{{count}} жылга жакын убакыттан кийин',
      '{{count}} жылга жакын убакыт мурун',
    ],
  },
  weekStartsOn: 1,
  firstWeekContainsDate: 1,
});
