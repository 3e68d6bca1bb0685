import type { CatalogueOf } from '../catalogue.js';

/**
 * Tajik UI text, Cyrillic script. A month before the year takes the izafet (`5 сентябри соли 2024`);
 * alone it does not (`30 сентябр – 2 октябри соли 2024`), hence `LLLL` in the month range.
 * Neither Node nor Chromium has Tajik plural rules, so plurals resolve with English's `one`/`other`;
 * Tajik nouns stay singular after a numeral, so both forms read the same.
 */
export default {
  dateFormat: "d MMMM 'соли' yyyy",
  dateTimeFormat: "d MMMM 'соли' yyyy, HH:mm",
  dateRange: {
    days: "d–d MMMM 'соли' yyyy",
    months: "d LLLL\u00a0– d MMMM 'соли' yyyy",
    years: "d MMMM 'соли' yyyy\u00a0– d MMMM 'соли' yyyy",
    hours: "d MMMM 'соли' yyyy, HH:mm–HH:mm",
    dateTimes: "d MMMM 'соли' yyyy, HH:mm\u00a0– d MMMM 'соли' yyyy, HH:mm",
  },
  months: {
    formatting: [
      'январи',
      'феврали',
      'марти',
      'апрели',
      'майи',
      'июни',
      'июли',
      'августи',
      'сентябри',
      'октябри',
      'ноябри',
      'декабри',
    ],
    standalone: [
      'январ',
      'феврал',
      'март',
      'апрел',
      'май',
      'июн',
      'июл',
      'август',
      'сентябр',
      'октябр',
      'ноябр',
      'декабр',
    ],
  },
  relative: {
    today: 'имрӯз',
    tomorrow: 'фардо',
    yesterday: 'дирӯз',
    future: { one: 'пас аз {n} рӯз', other: 'пас аз {n} рӯз' },
    past: { one: '{n} рӯз пеш', other: '{n} рӯз пеш' },
  },

  feed: {
    label: 'Паёмҳои матбуотӣ',
    loading: 'Паёмҳо бор шуда истодаанд…',
    empty: 'Ҳоло паёме нест.',
    more: 'Боз нишон додан',
    moreLoading: 'Боз бор шуда истодааст…',
    retry: 'Аз нав кӯшиш кардан',
    open: 'Муфассал',
    close: 'Пӯшондан',
    stale: 'Паёмҳои захирашуда нишон дода мешаванд: сомонаи хадамоти матбуот ҳоло дастнорас аст.',
    moreLoaded: { one: 'Боз {n} паём бор шуд', other: 'Боз {n} паём бор шуд' },
    newArrived: { one: '{n} паёми нав', other: '{n} паёми нав' },
  },

  errors: {
    network: 'Пайваст шудан ба хадамоти матбуот муяссар нашуд. Пайвастро санҷед ва аз нав кӯшиш кунед.',
    http: 'Сервери хадамоти матбуот бо хато ҷавоб дод (HTTP {status}).',
    timeout: 'Хадамоти матбуот муддати зиёд ҷавоб намедиҳад.',
    parse: 'Хадамоти матбуот маълумоте фиристод, ки навори хабарӣ нест.',
    format: 'Дар навори хабарҳо ягон паёме нест, ки нишон додан мумкин бошад.',
    cors: 'Ба ин сомона ҳоло иҷозат дода нашудааст, ки навори хадамоти матбуотро нишон диҳад.',
  },

  event: {
    loading: 'Чорабинӣ бор шуда истодааст…',
    empty: 'Чорабинӣ нишон дода нашудааст.',
    notFound: 'Ин паём чорабинӣ надорад.',
    status: { upcoming: 'Дар пеш', ongoing: 'Идома дорад', completed: 'Анҷом ёфт' },
    details: 'Тафсилот',
    close: 'Пӯшидан',
    addToCalendar: 'Ба тақвим илова кардан',
    participants: 'Иштирокчиён',
    location: 'Ҷой',
    dates: 'Санаҳо',
    kind: 'Навъ',
  },

  states: {
    label: 'Давлатҳои аъзо',
    count: { one: '{n} давлати аъзо', other: '{n} давлати аъзо' },
    status: { member: 'Давлати аъзо', suspended: 'Узвият боздошта шудааст', observer: 'Нозир' },
    names: {
      AM: 'Арманистон',
      BY: 'Беларус',
      KZ: 'Қазоқистон',
      KG: 'Ҷумҳурии Қирғизистон',
      RU: 'Федератсияи Россия',
      TJ: 'Тоҷикистон',
    },
  },

  search: {
    toolbar: 'Ҷустуҷӯ ва филтрҳо',
    label: 'Ҷустуҷӯи паёмҳо',
    tag: 'Мавзӯъ',
    anyTag: 'Ҳамаи мавзӯъҳо',
    state: 'Давлати аъзо',
    anyState: 'Ҳамаи давлатҳо',
    year: 'Сол',
    anyYear: 'Ҳамаи солҳо',
    count: { one: '{n} паём', other: '{n} паём' },
    matches: { one: '{n} паём ёфт шуд', other: '{n} паём ёфт шуд' },
    noMatch: 'Ягон паём ба шартҳои ҷустуҷӯ мувофиқ нест.',
    clear: 'Тоза кардани ҷустуҷӯ ва филтрҳо',
    older: 'Ҷустуҷӯ дар паёмҳои пештара',
    olderLoading: {
      one: 'Ҷустуҷӯ дар паёмҳои пештара: {n} саҳифа бор шуд…',
      other: 'Ҷустуҷӯ дар паёмҳои пештара: {n} саҳифа бор шуд…',
    },
    olderStop: 'Қатъ кардан',
    permalink: 'Пайванд ба ин паём',
    notFound: 'Паёми пайвандшуда дар ин навор ёфт нашуд.',
  },
} as const satisfies CatalogueOf<'one' | 'other'>;
