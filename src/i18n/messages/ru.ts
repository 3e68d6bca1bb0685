import type { CatalogueOf } from '../catalogue.js';

/** Russian UI text. `\u202f` (narrow no-break space) keeps «г.» on the year's line. */
export default {
  dateFormat: "d MMMM yyyy\u202f'г.'",
  dateTimeFormat: "d MMMM yyyy\u202f'г.', HH:mm",
  // A dash between words gets a no-break space before it, so no line starts with a dash.
  dateRange: {
    days: "d–d MMMM yyyy\u202f'г.'",
    months: "d MMMM\u00a0– d MMMM yyyy\u202f'г.'",
    years: "d MMMM yyyy\u202f'г.'\u00a0– d MMMM yyyy\u202f'г.'",
    hours: "d MMMM yyyy\u202f'г.', HH:mm–HH:mm",
    dateTimes: "d MMMM yyyy\u202f'г.', HH:mm\u00a0– d MMMM yyyy\u202f'г.', HH:mm",
  },
  months: {
    formatting: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
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
    today: 'сегодня',
    tomorrow: 'завтра',
    yesterday: 'вчера',
    future: { one: 'через {n} день', few: 'через {n} дня', many: 'через {n} дней', other: 'через {n} дня' },
    past: { one: '{n} день назад', few: '{n} дня назад', many: '{n} дней назад', other: '{n} дня назад' },
  },

  feed: {
    label: 'Пресс-релизы',
    loading: 'Загружаем пресс-релизы…',
    empty: 'Пресс-релизов пока нет.',
    more: 'Показать ещё',
    moreLoading: 'Загружаем ещё…',
    retry: 'Повторить',
    open: 'Читать далее',
    close: 'Свернуть',
    stale: 'Показаны сохранённые пресс-релизы: сайт пресс-службы сейчас недоступен.',
    moreLoaded: {
      one: 'Загружен ещё {n} пресс-релиз',
      few: 'Загружено ещё {n} пресс-релиза',
      many: 'Загружено ещё {n} пресс-релизов',
      other: 'Загружено ещё {n} пресс-релиза',
    },
    newArrived: {
      one: '{n} новый пресс-релиз',
      few: '{n} новых пресс-релиза',
      many: '{n} новых пресс-релизов',
      other: '{n} нового пресс-релиза',
    },
  },

  errors: {
    network: 'Не удалось связаться с пресс-службой. Проверьте подключение и повторите попытку.',
    http: 'Сервер пресс-службы ответил ошибкой (HTTP {status}).',
    timeout: 'Пресс-служба слишком долго не отвечает.',
    parse: 'Пресс-служба прислала данные, которые не являются лентой новостей.',
    format: 'В ленте новостей нет ни одного пресс-релиза, который можно показать.',
    cors: 'Этому сайту пока не разрешено показывать ленту пресс-службы.',
  },

  event: {
    loading: 'Загружаем мероприятие…',
    empty: 'Мероприятие не указано.',
    notFound: 'У этого пресс-релиза нет мероприятия.',
    status: { upcoming: 'Предстоит', ongoing: 'Идёт', completed: 'Завершено' },
    details: 'Подробнее',
    close: 'Закрыть',
    addToCalendar: 'Добавить в календарь',
    participants: 'Участники',
    location: 'Место',
    dates: 'Даты',
    kind: 'Тип',
  },

  states: {
    label: 'Государства-члены',
    count: {
      one: '{n} государство-член',
      few: '{n} государства-члена',
      many: '{n} государств-членов',
      other: '{n} государства-члена',
    },
    status: { member: 'Государство-член', suspended: 'Членство приостановлено', observer: 'Наблюдатель' },
  },
} as const satisfies CatalogueOf<'one' | 'few' | 'many' | 'other'>;
