/** English, the `feed` section: the feed's own text, and the loading and retry wording every element shares. */
export default {
  label: 'Press releases',
  loading: 'Loading releases…',
  empty: 'No releases to show.',
  more: 'Show more',
  moreLoading: 'Loading more…',
  retry: 'Try again',
  open: 'Read more',
  close: 'Show less',
  stale: 'Showing saved releases: the newsroom could not be reached just now.',
  moreLoaded: { one: '{n} more release loaded', other: '{n} more releases loaded' },
  newArrived: { one: '{n} new release', other: '{n} new releases' },
} as const;
