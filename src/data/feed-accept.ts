/**
 * The `Accept` header of every feed request: the elements' (and their loader's), the server
 * render's and the command-line checker's. Our JSON first, then the other formats the readers take
 * (JSON Feed, RSS, Atom), then anything: a server that negotiates sends what we read best, and one
 * that does not is still read. At most 128 bytes of safelisted characters, so it stays a
 * CORS-safelisted request header and a cross-origin request needs no preflight.
 */
export const FEED_ACCEPT =
  'application/json, application/feed+json;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8, */*;q=0.1';
