import type { CatalogueOf } from '../catalogue.js';

/**
 * Armenian UI text. Months take the genitive after a day (`5 սեպտեմբերի`), as CLDR has it;
 * date-fns's `hy` locale uses the nominative there, so these names are ours.
 */
export default {
  dateFormat: "d MMMM, yyyy\u202f'թ.'",
  dateTimeFormat: "d MMMM, yyyy\u202f'թ.', HH:mm",
  dateRange: {
    days: "d–d MMMM, yyyy\u202f'թ.'",
    months: "d MMMM\u00a0– d MMMM, yyyy\u202f'թ.'",
    years: "d MMMM, yyyy\u202f'թ.'\u00a0– d MMMM, yyyy\u202f'թ.'",
    hours: "d MMMM, yyyy\u202f'թ.', HH:mm–HH:mm",
    dateTimes: "d MMMM, yyyy\u202f'թ.', HH:mm\u00a0– d MMMM, yyyy\u202f'թ.', HH:mm",
  },
  months: {
    formatting: [
      'հունվարի',
      'փետրվարի',
      'մարտի',
      'ապրիլի',
      'մայիսի',
      'հունիսի',
      'հուլիսի',
      'օգոստոսի',
      'սեպտեմբերի',
      'հոկտեմբերի',
      'նոյեմբերի',
      'դեկտեմբերի',
    ],
    standalone: [
      'հունվար',
      'փետրվար',
      'մարտ',
      'ապրիլ',
      'մայիս',
      'հունիս',
      'հուլիս',
      'օգոստոս',
      'սեպտեմբեր',
      'հոկտեմբեր',
      'նոյեմբեր',
      'դեկտեմբեր',
    ],
  },
  relative: {
    today: 'այսօր',
    tomorrow: 'վաղը',
    yesterday: 'երեկ',
    // Armenian nouns stay singular after a numeral, so both forms read the same.
    future: { one: '{n} օրից', other: '{n} օրից' },
    past: { one: '{n} օր առաջ', other: '{n} օր առաջ' },
  },

  feed: {
    label: 'Մամուլի հաղորդագրություններ',
    loading: 'Հաղորդագրությունները բեռնվում են…',
    empty: 'Հաղորդագրություններ դեռ չկան։',
    more: 'Ցույց տալ ավելին',
    moreLoading: 'Բեռնվում է…',
    retry: 'Կրկին փորձել',
    open: 'Կարդալ ավելին',
    close: 'Ծալել',
    stale: 'Ցուցադրվում են պահպանված հաղորդագրությունները, քանի որ մամուլի ծառայության կայքն այս պահին անհասանելի է։',
    moreLoaded: { one: 'Բեռնվեց ևս {n} հաղորդագրություն', other: 'Բեռնվեց ևս {n} հաղորդագրություն' },
    newArrived: { one: '{n} նոր հաղորդագրություն', other: '{n} նոր հաղորդագրություն' },
  },

  errors: {
    network: 'Չհաջողվեց կապվել մամուլի ծառայության հետ։ Ստուգեք կապը և կրկին փորձեք։',
    http: 'Մամուլի ծառայության սերվերը պատասխանեց սխալով (HTTP {status})։',
    timeout: 'Մամուլի ծառայությունը չափազանց երկար չի պատասխանում։',
    parse: 'Մամուլի ծառայությունն ուղարկեց տվյալներ, որոնք լրահոս չեն։',
    format: 'Լրահոսում չկա որևէ հաղորդագրություն, որը հնարավոր է ցուցադրել։',
    cors: 'Այս կայքին դեռ թույլատրված չէ ցուցադրել մամուլի ծառայության լրահոսը։',
  },

  event: {
    loading: 'Միջոցառումը բեռնվում է…',
    empty: 'Միջոցառում նշված չէ։',
    notFound: 'Այս հաղորդագրությունը միջոցառում չունի։',
    status: { upcoming: 'Սպասվող', ongoing: 'Ընթացքում է', completed: 'Ավարտված' },
    details: 'Մանրամասներ',
    close: 'Փակել',
    addToCalendar: 'Ավելացնել օրացույցին',
    participants: 'Մասնակիցներ',
    location: 'Վայր',
    dates: 'Ամսաթվեր',
    kind: 'Տեսակ',
  },

  states: {
    label: 'Անդամ պետություններ',
    count: { one: '{n} անդամ պետություն', other: '{n} անդամ պետություն' },
    status: { member: 'Անդամ պետություն', suspended: 'Անդամակցությունը կասեցված է', observer: 'Դիտորդ' },
    names: {
      AM: 'Հայաստան',
      BY: 'Բելառուս',
      KZ: 'Ղազախստան',
      KG: 'Ղրղզստանի Հանրապետություն',
      RU: 'Ռուսաստանի Դաշնություն',
      TJ: 'Տաջիկստան',
    },
  },

  search: {
    toolbar: 'Որոնում և զտիչներ',
    label: 'Որոնել հաղորդագրություններում',
    tag: 'Թեմա',
    anyTag: 'Բոլոր թեմաները',
    state: 'Անդամ պետություն',
    anyState: 'Բոլոր պետությունները',
    year: 'Տարի',
    anyYear: 'Բոլոր տարիները',
    count: { one: '{n} հաղորդագրություն', other: '{n} հաղորդագրություն' },
    matches: { one: 'Գտնվեց {n} հաղորդագրություն', other: 'Գտնվեց {n} հաղորդագրություն' },
    noMatch: 'Որոնմանը համապատասխանող հաղորդագրություն չկա։',
    clear: 'Մաքրել որոնումը և զտիչները',
    older: 'Որոնել ավելի վաղ հաղորդագրություններում',
    olderLoading: {
      one: 'Որոնում ավելի վաղ հաղորդագրություններում. բեռնվել է {n} էջ…',
      other: 'Որոնում ավելի վաղ հաղորդագրություններում. բեռնվել է {n} էջ…',
    },
    olderStop: 'Դադարեցնել',
    permalink: 'Հղում այս հաղորդագրությանը',
    notFound: 'Հղված հաղորդագրությունը այս ժապավենում չի գտնվել։',
  },
} as const satisfies CatalogueOf<'one' | 'other'>;
