import type { CatalogueOf } from '../catalogue.js';

/** Kazakh UI text. Dates run year first (`2024 ж. 5 қыркүйек`), months stay nominative. */
export default {
  dateFormat: "yyyy\u202f'ж'. d MMMM",
  dateTimeFormat: "yyyy\u202f'ж'. d MMMM, HH:mm",
  dateRange: {
    days: "yyyy\u202f'ж'. d–d MMMM",
    months: "yyyy\u202f'ж'. d MMMM\u00a0– d MMMM",
    years: "yyyy\u202f'ж'. d MMMM\u00a0– yyyy\u202f'ж'. d MMMM",
    hours: "yyyy\u202f'ж'. d MMMM, HH:mm–HH:mm",
    dateTimes: "yyyy\u202f'ж'. d MMMM, HH:mm\u00a0– yyyy\u202f'ж'. d MMMM, HH:mm",
  },
  months: {
    formatting: [
      'қаңтар',
      'ақпан',
      'наурыз',
      'сәуір',
      'мамыр',
      'маусым',
      'шілде',
      'тамыз',
      'қыркүйек',
      'қазан',
      'қараша',
      'желтоқсан',
    ],
    standalone: [
      'қаңтар',
      'ақпан',
      'наурыз',
      'сәуір',
      'мамыр',
      'маусым',
      'шілде',
      'тамыз',
      'қыркүйек',
      'қазан',
      'қараша',
      'желтоқсан',
    ],
  },
  relative: {
    today: 'бүгін',
    tomorrow: 'ертең',
    yesterday: 'кеше',
    // Kazakh nouns stay singular after a numeral, so both forms read the same.
    future: { one: '{n} күннен кейін', other: '{n} күннен кейін' },
    past: { one: '{n} күн бұрын', other: '{n} күн бұрын' },
  },

  feed: {
    label: 'Баспасөз релиздері',
    loading: 'Релиздер жүктелуде…',
    empty: 'Әзірге релиз жоқ.',
    more: 'Тағы көрсету',
    moreLoading: 'Тағы жүктелуде…',
    retry: 'Қайталау',
    open: 'Толығырақ',
    close: 'Жасыру',
    stale: 'Сақталған релиздер көрсетілуде: баспасөз қызметінің сайты қазір қолжетімсіз.',
    moreLoaded: { one: 'Тағы {n} релиз жүктелді', other: 'Тағы {n} релиз жүктелді' },
    newArrived: { one: '{n} жаңа релиз', other: '{n} жаңа релиз' },
  },

  errors: {
    network: 'Баспасөз қызметіне қосылу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.',
    http: 'Баспасөз қызметінің сервері қатемен жауап берді (HTTP {status}).',
    timeout: 'Баспасөз қызметі тым ұзақ жауап бермей тұр.',
    parse: 'Баспасөз қызметі жаңалықтар таспасы емес деректер жіберді.',
    format: 'Жаңалықтар таспасында көрсетуге болатын релиз жоқ.',
    cors: 'Бұл сайтқа баспасөз қызметінің таспасын көрсетуге әзірге рұқсат берілмеген.',
  },

  event: {
    loading: 'Іс-шара жүктелуде…',
    empty: 'Іс-шара көрсетілмеген.',
    notFound: 'Бұл релизде іс-шара жоқ.',
    status: { upcoming: 'Алда', ongoing: 'Өтіп жатыр', completed: 'Аяқталды' },
    details: 'Толығырақ',
    close: 'Жабу',
    addToCalendar: 'Күнтізбеге қосу',
    participants: 'Қатысушылар',
    location: 'Өтетін орны',
    dates: 'Күндері',
    kind: 'Түрі',
  },

  states: {
    label: 'Мүше мемлекеттер',
    count: { one: '{n} мүше мемлекет', other: '{n} мүше мемлекет' },
    status: { member: 'Мүше мемлекет', suspended: 'Мүшелігі тоқтатылған', observer: 'Бақылаушы' },
  },
} as const satisfies CatalogueOf<'one' | 'other'>;
