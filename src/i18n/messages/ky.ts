import type { CatalogueOf } from '../catalogue.js';

/** Kyrgyz UI text. Dates run year first with the ordinal hyphen (`2024-ж., 5-сентябрь`), as in CLDR. */
export default {
  dateFormat: "yyyy-'ж'., d-MMMM",
  dateTimeFormat: "yyyy-'ж'., d-MMMM, HH:mm",
  dateRange: {
    days: "yyyy-'ж'., d–d-MMMM",
    months: "yyyy-'ж'., d-MMMM\u00a0– d-MMMM",
    years: "yyyy-'ж'., d-MMMM\u00a0– yyyy-'ж'., d-MMMM",
    hours: "yyyy-'ж'., d-MMMM, HH:mm–HH:mm",
    dateTimes: "yyyy-'ж'., d-MMMM, HH:mm\u00a0– yyyy-'ж'., d-MMMM, HH:mm",
  },
  months: {
    formatting: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
    standalone: [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ],
  },
  relative: {
    today: 'бүгүн',
    tomorrow: 'эртең',
    yesterday: 'кечээ',
    // Kyrgyz nouns stay singular after a numeral, so both forms read the same.
    future: { one: '{n} күндөн кийин', other: '{n} күндөн кийин' },
    past: { one: '{n} күн мурун', other: '{n} күн мурун' },
  },

  feed: {
    label: 'Пресс-релиздер',
    loading: 'Пресс-релиздер жүктөлүүдө…',
    empty: 'Азырынча пресс-релиз жок.',
    more: 'Дагы көрсөтүү',
    moreLoading: 'Дагы жүктөлүүдө…',
    retry: 'Кайталоо',
    open: 'Толугураак',
    close: 'Жыйыштыруу',
    stale: 'Сакталган пресс-релиздер көрсөтүлүүдө: басма сөз кызматынын сайты азыр жеткиликсиз.',
    moreLoaded: { one: 'Дагы {n} пресс-релиз жүктөлдү', other: 'Дагы {n} пресс-релиз жүктөлдү' },
    newArrived: { one: '{n} жаңы пресс-релиз', other: '{n} жаңы пресс-релиз' },
  },

  errors: {
    network: 'Басма сөз кызматына туташуу мүмкүн болбоду. Байланышты текшерип, кайра аракет кылыңыз.',
    http: 'Басма сөз кызматынын сервери ката менен жооп берди (HTTP {status}).',
    timeout: 'Басма сөз кызматы өтө узак жооп бербей жатат.',
    parse: 'Басма сөз кызматы жаңылыктар тасмасы эмес маалымат жөнөттү.',
    format: 'Жаңылыктар тасмасында көрсөтүүгө боло турган пресс-релиз жок.',
    cors: 'Бул сайтка басма сөз кызматынын тасмасын көрсөтүүгө азырынча уруксат берилген эмес.',
  },

  event: {
    loading: 'Иш-чара жүктөлүүдө…',
    empty: 'Иш-чара көрсөтүлгөн эмес.',
    notFound: 'Бул пресс-релизде иш-чара жок.',
    status: { upcoming: 'Алдыда', ongoing: 'Өтүп жатат', completed: 'Аяктады' },
    details: 'Кененирээк',
    close: 'Жабуу',
    addToCalendar: 'Календарга кошуу',
    participants: 'Катышуучулар',
    location: 'Өтүүчү жери',
    dates: 'Күндөрү',
    kind: 'Түрү',
  },

  states: {
    label: 'Мүчө мамлекеттер',
    count: { one: '{n} мүчө мамлекет', other: '{n} мүчө мамлекет' },
    status: { member: 'Мүчө мамлекет', suspended: 'Мүчөлүгү токтотулган', observer: 'Байкоочу' },
  },
} as const satisfies CatalogueOf<'one' | 'other'>;
