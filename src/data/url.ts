/**
 * Resolves a URL from an endpoint against the endpoint's own URL and keeps it only when it is
 * http(s): a `javascript:` or `data:` URL never reaches an `href` or `src`.
 */
// An absolute http(s) URL with nothing a parser would rewrite: kept as written, without the cost
// of a URL parse per release (10 000 of them add up).
const PLAIN_ABSOLUTE_URL = /^https?:\/\/[\w.-]+(?::\d+)?(?:[/?#][\w\-./?#=&%~+:@!$,;*()']*)?$/;

export function safeHttpUrl(value: unknown, base: string | undefined): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  if (PLAIN_ABSOLUTE_URL.test(value)) return value;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page's URL where there is one (browser), so relative endpoints resolve as `fetch` would. */
export function pageUrl(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.href;
}
