import { render } from 'lit/html.js';
import { getConfig } from '../../config.js';
import type { EarlyFeed } from '../../data/early-feed.js';
import { showFromFeeds } from '../../data/early-read.js';
import { hasMoreThan, leadingReleases } from '../../data/lazy-feed.js';
import type { Feed } from '../../data/release.js';
import { resolveEndpoint } from '../../data/url.js';
import { languageOf } from '../../i18n/index.js';
import { headingLevelOf, renderFeedContent, renderScreen } from './feed-templates.js';
import { permalinkHref, readFragment, urlKey } from './feed-url.js';
import { newsFeedSheets } from './news-feed.styles.js';

/**
 * The first screen of `<news-feed>` before the element's code is here: the script tag's loader
 * imports this small part (lit-html, the reader of the native format, the templates and styles)
 * first, and the element's own part only once it has shown. For each feed it can handle, it waits
 * for the feed the loader started, reads it as the element would, and renders the element's first
 * screen into the element's shadow root with the element's templates and stylesheets. The element,
 * once defined, takes the feed over and renders afresh over that screen in one update (see
 * `renderedAhead` in csto-element.ts): nothing shifts, nothing is fetched or read twice.
 *
 * Wherever the element's own first render could differ, it declines and the element does it all,
 * as without this part: see `declines`.
 */

/** The properties of `<news-feed>` a page may have set before the element's code is here. */
export const NEWS_FEED_PROPERTIES = [
  'src',
  'releases',
  'limit',
  'tag',
  'memberState',
  'refresh',
  'expand',
  'layout',
  'controls',
  'syncUrl',
  'headingLevel',
  'lang',
  'loading',
] as const;

/** Attributes with which the first render is the element's alone: a toolbar, filters, open bodies, laziness. */
const ELEMENT_ONLY_ATTRIBUTES = ['controls', 'sync-url', 'tag', 'member-state', 'expand'];

/**
 * The longest list a first screen draws. The element renders the same list again when it takes
 * over: for a screenful that costs little, for 1 000 releases it held the main thread 135 ms longer
 * and showed nothing sooner (the bench's "all 1 000" row), so a long list is the element's alone.
 */
const MOST_RELEASES = 20;

/** What the element would read from its attributes for its first render. */
interface FirstScreenSettings {
  readonly url: string;
  readonly limit: number;
  readonly headingLevel: number;
}

/**
 * What the element's first render needs of `element`, or undefined when it could differ from
 * a first screen drawn here: the element decides alone.
 */
function settingsOf(element: HTMLElement): FirstScreenSettings | undefined {
  if (NEWS_FEED_PROPERTIES.some((key) => Object.hasOwn(element, key))) return undefined;
  if (ELEMENT_ONLY_ATTRIBUTES.some((name) => element.hasAttribute(name))) return undefined;
  if (element.getAttribute('loading') === 'lazy') return undefined;
  if (languageOf(element, getConfig().lang) !== 'en') return undefined;
  // A link to one release: the element finds, opens and scrolls to it.
  if (readFragment(location.hash, urlKey(element.id)).release) return undefined;
  const endpoint = element.getAttribute('src') || getConfig().endpoint;
  if (!endpoint) return undefined;
  // Numbers as the element's attributes read them (`Number(value)`).
  const limit = Number(element.getAttribute('limit') ?? 10);
  if (!Number.isInteger(limit) || limit < 1 || limit > MOST_RELEASES) return undefined;
  const level = element.getAttribute('heading-level');
  try {
    return {
      url: resolveEndpoint(endpoint),
      limit,
      headingLevel: headingLevelOf(level === null ? 3 : Number(level)),
    };
  } catch {
    return undefined;
  }
}

/** Renders the element's first screen of `feed` into a new shadow root of `element`, with `sheets`. */
function show(
  element: HTMLElement,
  feed: Feed,
  { limit, headingLevel }: FirstScreenSettings,
  sheets: CSSStyleSheet[],
): void {
  const visible = leadingReleases(feed, limit);
  const hasMore = hasMoreThan(feed, visible.length) || Boolean(feed.next);
  const linkKey = urlKey(element.id);
  const content = renderFeedContent(visible, {
    lang: 'en',
    headingLevel,
    setSize: hasMore ? -1 : visible.length,
    key: `en ${headingLevel} ${element.id}`,
    href: (releaseId) => permalinkHref(location, linkKey, releaseId),
    more: hasMore ? { loading: false } : undefined,
  });
  // Rendered aside, then moved in: the root keeps no lit-html part that the element's render would find.
  const fragment = document.createDocumentFragment();
  render(renderScreen(content, ''), fragment);
  // Drawn again when the whole answer differs from its first releases.
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  root.replaceChildren(fragment);
}

/**
 * Shows the first screen of each of `feeds` (`<news-feed>` elements) that it can, from `early`,
 * the requests the loader started for them (earlyFeedsNow). Resolves once the element's code is
 * wanted: when one of them declines (it needs its code now), or once all have shown.
 */
export function showFirstScreens(feeds: readonly HTMLElement[], early: ReadonlyMap<string, EarlyFeed>): Promise<void> {
  // The element's stylesheets, parsed while the feed is on its way rather than after it.
  const sheets = newsFeedSheets.map((styles) => styles.styleSheet!);
  return showFromFeeds(
    feeds,
    early,
    settingsOf,
    (element, { feed }, settings) => {
      show(element, feed, settings, sheets);
      return true;
    },
    ({ limit }) => limit,
  );
}
