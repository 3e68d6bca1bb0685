/**
 * English, from the `feed` section: the loading and retry wording that every element's loading
 * and error states show (the badge's too); the rest of the section is the feed's own, in en.ts.
 */
export default {
  loading: 'Loading releases…',
  retry: 'Try again',
} as const;
