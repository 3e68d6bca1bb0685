/**
 * The fields of RSS 2.0 and Atom 1.0 that the XSS feeds (xss-feeds.mjs) can make hostile, one at a
 * time; the browser test (tests/browser/xss-feeds.test.ts) goes through the same list.
 */
export const RSS_FIELDS = [
  'title',
  'link',
  'guid',
  'description',
  'content-encoded',
  'enclosure',
  'media-content',
  'media-thumbnail',
  'category',
];
export const ATOM_FIELDS = [
  'title-text',
  'title-html',
  'title-xhtml',
  'link',
  'summary-html',
  'content-html',
  'content-xhtml',
  'content-text',
  'enclosure',
  'media-thumbnail',
  'category',
];
