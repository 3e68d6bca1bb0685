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

/** The page's own URL where there is one (browser): its origin decides what is cross-origin. */
export function pageUrl(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.href;
}

/**
 * The URL relative URLs of the page resolve against where there is one (browser): the page's own,
 * or its `<base href>` (every Angular app has one). A relative `src` resolves as `fetch`, `<img src>`
 * and the page's own links do.
 */
export function documentBaseUrl(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}

// An href or src whose value is relative (no scheme, not a fragment), quoted as HTML writes it.
const RELATIVE_URL_ATTRIBUTE = /(\s(?:href|src)\s*=\s*)(["'])(?![a-z][a-z0-9+.-]*:|#)([^"'<>]*)\2/gi;

/**
 * An HTML body with its relative links and images made absolute against `base`: once the body is
 * on another site's page, `/img/x.jpg` would point at that site. The sanitiser still judges them.
 */
export function withAbsoluteUrls(html: string, base: string | undefined): string {
  if (!base) return html;
  return html.replace(RELATIVE_URL_ATTRIBUTE, (match, before: string, quote: string, url: string) => {
    const absolute = safeHttpUrl(url, base);
    return absolute ? `${before}${quote}${absolute.replace(/"/g, '%22').replace(/'/g, '%27')}${quote}` : match;
  });
}
