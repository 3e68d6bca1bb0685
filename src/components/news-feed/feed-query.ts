/** What a reader asked the toolbar for; empty strings ask for nothing. */
export interface FeedQuery {
  /** Words to search for. */
  readonly text: string;
  /** A tag, as the feed writes it. */
  readonly tag: string;
  /** An ISO 3166-1 alpha-2 code, upper case. */
  readonly state: string;
  /** A year, four digits. */
  readonly year: string;
}

export const EMPTY_QUERY: FeedQuery = { text: '', tag: '', state: '', year: '' };

export const isEmptyQuery = (query: FeedQuery): boolean =>
  !query.text.trim() && !query.tag && !query.state && !query.year;

export const sameQuery = (a: FeedQuery, b: FeedQuery): boolean =>
  a.text === b.text && a.tag === b.tag && a.state === b.state && a.year === b.year;
