import errors from './en/errors.js';
import feedStates from './en/feed-states.js';
import states from './en/states.js';

/**
 * English UI text. Every catalogue in this folder has exactly these keys; translators edit the
 * strings only. `{name}` marks a value filled in at run time; plural forms follow the language's
 * CLDR categories (`one`, `few`, `many`, `other`). The sections an element shows on its own first
 * screen (the `feed` section's loading and retry, `errors`, `states`) are modules of their own in `en/`, so a badge page carries
 * only those (see `sectionOf`).
 */
export default {
  /**
   * date-fns patterns for a single day and for a day with a time, limited to the tokens
   * `formatPattern` reads: `d dd MMMM LLLL y yyyy HH mm` and `'quoted text'`.
   */
  dateFormat: 'd MMMM yyyy',
  dateTimeFormat: 'd MMMM yyyy, HH:mm',
  /**
   * Date ranges, in date-fns tokens read the CLDR interval way: fields come from the start date
   * until a field repeats, and from the end date after that. Chosen by the largest part that differs.
   */
  dateRange: {
    days: 'd–d MMMM yyyy',
    months: 'd MMMM – d MMMM yyyy',
    years: 'd MMMM yyyy – d MMMM yyyy',
    /** The same day, times differ. */
    hours: 'd MMMM yyyy, HH:mm–HH:mm',
    /** Timed points on different days. */
    dateTimes: 'd MMMM yyyy, HH:mm – d MMMM yyyy, HH:mm',
  },
  /** `formatting` follows a day number (`MMMM`, Russian genitive), `standalone` stands alone (`LLLL`). */
  months: {
    formatting: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    standalone: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
  /** Day-granular words for how far an event is from today. */
  relative: {
    today: 'today',
    tomorrow: 'tomorrow',
    yesterday: 'yesterday',
    future: { one: 'in {n} day', other: 'in {n} days' },
    past: { one: '{n} day ago', other: '{n} days ago' },
  },

  feed: {
    label: 'Press releases',
    loading: feedStates.loading,
    empty: 'No releases to show.',
    more: 'Show more',
    moreLoading: 'Loading more…',
    retry: feedStates.retry,
    open: 'Read more',
    close: 'Show less',
    stale: 'Showing saved releases: the newsroom could not be reached just now.',
    moreLoaded: { one: '{n} more release loaded', other: '{n} more releases loaded' },
    newArrived: { one: '{n} new release', other: '{n} new releases' },
  },

  errors,

  event: {
    loading: 'Loading event…',
    empty: 'No event to show.',
    notFound: 'This release has no event.',
    status: { upcoming: 'Upcoming', ongoing: 'Under way', completed: 'Completed' },
    details: 'Details',
    close: 'Close',
    addToCalendar: 'Add to calendar',
    participants: 'Participants',
    location: 'Place',
    dates: 'Dates',
    kind: 'Kind',
  },

  states,

  search: {
    toolbar: 'Search and filters',
    label: 'Search releases',
    tag: 'Tag',
    anyTag: 'All tags',
    state: 'Member state',
    anyState: 'All member states',
    year: 'Year',
    anyYear: 'All years',
    count: { one: '{n} release', other: '{n} releases' },
    matches: { one: '{n} release matches', other: '{n} releases match' },
    noMatch: 'No release matches your search and filters.',
    clear: 'Clear search and filters',
    older: 'Search older releases',
    olderLoading: {
      one: 'Searching older releases: {n} page loaded…',
      other: 'Searching older releases: {n} pages loaded…',
    },
    olderStop: 'Stop',
    permalink: 'Link to this release',
    notFound: 'The linked release could not be found in this feed.',
  },
} as const;
