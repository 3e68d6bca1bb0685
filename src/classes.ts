/**
 * `import { NewsFeed, ... } from 'csto-widgets/classes'`: the element classes and the library's
 * API, registering nothing, so a page can choose its own tag names (`NewsFeed.define('my-feed')`).
 */
export { NewsFeed } from './components/news-feed/news-feed.js';
export { EventCard } from './components/event-card/event-card.js';
export { MemberStatesBadge } from './components/member-states-badge/member-states-badge.js';
export { configure, getConfig, type CstoConfig } from './config.js';
export { clearFeedCache, loadFeed } from './data/load-feed.js';
export { parseFeed, readFeed, readFeedReport } from './data/read-feed.js';
export type { DOMParserLike, FeedBody, FeedFormat, FeedReport, ReadOptions, SkippedItem } from './data/read-feed.js';
export { safeBodyHtml, sanitizeHtml } from './data/safe-body.js';
export { TRUSTED_TYPES_POLICY_NAME } from './data/trusted-types-policy.js';
export { EndpointError } from './data/release.js';
export type {
  CstoEvent,
  DatePoint,
  EndpointErrorKind,
  Feed,
  LocalizedText,
  MemberState,
  MemberStateStatus,
  Release,
} from './data/release.js';
export type { CstoErrorDetail, CstoEventMap, CstoLoadDetail, CstoSelectDetail } from './events.js';
