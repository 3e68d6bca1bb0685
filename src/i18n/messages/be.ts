import type { CatalogueOf } from '../catalogue.js';

/** Belarusian UI text. Spaces follow Russian typography, as Belarusian typesetters do. */
export default {
  dateFormat: "d MMMM yyyy\u202f'г.'",
  dateTimeFormat: "d MMMM yyyy\u202f'г.', HH:mm",
  dateRange: {
    days: "d–d MMMM yyyy\u202f'г.'",
    months: "d MMMM\u00a0– d MMMM yyyy\u202f'г.'",
    years: "d MMMM yyyy\u202f'г.'\u00a0– d MMMM yyyy\u202f'г.'",
    hours: "d MMMM yyyy\u202f'г.', HH:mm–HH:mm",
    dateTimes: "d MMMM yyyy\u202f'г.', HH:mm\u00a0– d MMMM yyyy\u202f'г.', HH:mm",
  },
  months: {
    formatting: [
      'студзеня',
      'лютага',
      'сакавіка',
      'красавіка',
      'мая',
      'чэрвеня',
      'ліпеня',
      'жніўня',
      'верасня',
      'кастрычніка',
      'лістапада',
      'снежня',
    ],
    standalone: [
      'студзень',
      'люты',
      'сакавік',
      'красавік',
      'май',
      'чэрвень',
      'ліпень',
      'жнівень',
      'верасень',
      'кастрычнік',
      'лістапад',
      'снежань',
    ],
  },
  relative: {
    today: 'сёння',
    tomorrow: 'заўтра',
    yesterday: 'учора',
    future: { one: 'праз {n} дзень', few: 'праз {n} дні', many: 'праз {n} дзён', other: 'праз {n} дня' },
    past: { one: '{n} дзень таму', few: '{n} дні таму', many: '{n} дзён таму', other: '{n} дня таму' },
  },

  feed: {
    label: 'Прэс-рэлізы',
    loading: 'Загружаем прэс-рэлізы…',
    empty: 'Прэс-рэлізаў пакуль няма.',
    more: 'Паказаць яшчэ',
    moreLoading: 'Загружаем яшчэ…',
    retry: 'Паўтарыць',
    open: 'Чытаць далей',
    close: 'Згарнуць',
    stale: 'Паказаны захаваныя прэс-рэлізы: сайт прэс-службы зараз недаступны.',
    moreLoaded: {
      one: 'Загружаны яшчэ {n} прэс-рэліз',
      few: 'Загружана яшчэ {n} прэс-рэлізы',
      many: 'Загружана яшчэ {n} прэс-рэлізаў',
      other: 'Загружана яшчэ {n} прэс-рэліза',
    },
    newArrived: {
      one: '{n} новы прэс-рэліз',
      few: '{n} новыя прэс-рэлізы',
      many: '{n} новых прэс-рэлізаў',
      other: '{n} новага прэс-рэліза',
    },
  },

  errors: {
    network: 'Не ўдалося звязацца з прэс-службай. Праверце падключэнне і паспрабуйце яшчэ раз.',
    http: 'Сервер прэс-службы адказаў памылкай (HTTP {status}).',
    timeout: 'Прэс-служба занадта доўга не адказвае.',
    parse: 'Прэс-служба даслала даныя, якія не з’яўляюцца стужкай навін.',
    format: 'У стужцы навін няма ніводнага прэс-рэліза, які можна паказаць.',
    cors: 'Гэтаму сайту пакуль не дазволена паказваць стужку прэс-службы.',
  },

  event: {
    loading: 'Загружаем мерапрыемства…',
    empty: 'Мерапрыемства не пазначана.',
    notFound: 'У гэтага прэс-рэліза няма мерапрыемства.',
    status: { upcoming: 'Наперадзе', ongoing: 'Ідзе', completed: 'Завершана' },
    details: 'Падрабязней',
    close: 'Закрыць',
    addToCalendar: 'Дадаць у каляндар',
    participants: 'Удзельнікі',
    location: 'Месца',
    dates: 'Даты',
    kind: 'Тып',
  },

  states: {
    label: 'Дзяржавы-члены',
    count: {
      one: '{n} дзяржава-член',
      few: '{n} дзяржавы-члены',
      many: '{n} дзяржаў-членаў',
      other: '{n} дзяржавы-члена',
    },
    status: { member: 'Дзяржава-член', suspended: 'Членства прыпынена', observer: 'Назіральнік' },
  },
} as const satisfies CatalogueOf<'one' | 'few' | 'many' | 'other'>;
