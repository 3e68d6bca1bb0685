import { render } from 'lit/html.js';
import { getConfig } from '../../config.js';
import type { EarlyFeed } from '../../data/early-feed.js';
import { showFromFeeds, type EarlyRead } from '../../data/early-read.js';
import { resolveEndpoint } from '../../data/url.js';
import { languageOf } from '../../i18n/languages.js';
import { drawBadge } from '../member-states-badge/first-screen.js';
import { memberStatesToShow } from '../member-states-badge/member-state-list.js';
import { cardPermalink, cardTime, releaseToShow, renderCard } from './card-templates.js';
import { eventCardSheets } from './event-card.styles.js';

/**
 * The first screen of `<event-card>` before the element's code is here: the script tag's loader
 * imports this small part (lit-html, the reader of the native format, the card's and the badge's
 * templates and styles) first, and the element's own part only once it has shown. For each card of
 * an endpoint it can handle, it waits for the feed the loader started (read once with a
 * `<news-feed>` of the same `src`: early-read.ts), finds the release as the element would, and
 * renders the element's card into the element's shadow root with the element's templates and
 * stylesheets, its badge of participants with the badge's. The element, once defined, takes the
 * feed over and renders afresh over that screen in one update (`renderedAhead` in csto-element.ts).
 *
 * Wherever the element's own first render could differ, it declines and the element does it all.
 */

/** The properties of `<event-card>` a page may set before the element's code is here. */
export const EVENT_CARD_PROPERTIES = [
  'src',
  'releaseId',
  'event',
  'name',
  'start',
  'end',
  'location',
  'kind',
  'states',
  'now',
  'headingLevel',
  'feedPage',
  'feedId',
  'lang',
  'loading',
] as const;

/** What the element would read from its attributes for its first render. */
interface CardSettings {
  readonly url: string;
  readonly releaseId: string | null;
  readonly headingLevel: number;
  readonly now: string | null;
  readonly feedPage: string;
  readonly feedId: string;
}

/**
 * What the element's first render needs of `element`, or undefined when it could differ from a
 * first screen drawn here: the element decides alone.
 */
function settingsOf(element: HTMLElement): CardSettings | undefined {
  if (EVENT_CARD_PROPERTIES.some((key) => Object.hasOwn(element, key))) return undefined;
  if (element.getAttribute('loading') === 'lazy') return undefined;
  if (languageOf(element, getConfig().lang) !== 'en') return undefined;
  const releaseId = element.getAttribute('release-id');
  // As the element's `endpoint`: the page's endpoint only for a card that names its release.
  const endpoint = element.getAttribute('src') || (releaseId ? getConfig().endpoint : undefined);
  if (!endpoint) return undefined;
  try {
    return {
      url: resolveEndpoint(endpoint),
      releaseId,
      // As the element's attribute reads it (`Number(value)`).
      headingLevel: Number(element.getAttribute('heading-level') ?? 3),
      now: element.getAttribute('now'),
      feedPage: element.getAttribute('feed-page') ?? '',
      feedId: element.getAttribute('feed-id') ?? '',
    };
  } catch {
    return undefined;
  }
}

/** Renders the card of `feed`'s release into a new shadow root of `element`; false if it has none to show. */
function show(element: HTMLElement, { feed }: EarlyRead, settings: CardSettings): boolean {
  const release = releaseToShow(feed.releases, settings.releaseId);
  const event = release?.event;
  // Not found, or no event: the element says so.
  if (!release || !event) return false;
  const fragment = document.createDocumentFragment();
  render(
    renderCard(event, {
      lang: 'en',
      headingLevel: settings.headingLevel,
      now: cardTime(settings.now),
      release,
      memberStates: feed.memberStates,
      permalink: cardPermalink(settings.feedPage, settings.feedId, release),
      detailsOpen: false,
    }),
    fragment,
  );
  // Its badge, as the badge renders the endpoint's states it is handed, unless its code is here.
  const badge = fragment.querySelector<HTMLElement>('member-states-badge');
  if (badge && !customElements.get('member-states-badge'))
    drawBadge(badge, memberStatesToShow(badge.getAttribute('states'), feed.memberStates));
  const root = element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = eventCardSheets.map((styles) => styles.styleSheet!);
  root.append(fragment);
  return true;
}

/**
 * Shows the first screen of each of `cards` (`<event-card>` elements) that it can, from `early`,
 * the requests the loader started for them (earlyFeedsNow). Resolves once the element's code is
 * wanted: when one of them declines (it needs its code now), or once all have shown.
 */
export function showFirstScreens(cards: readonly HTMLElement[], early: ReadonlyMap<string, EarlyFeed>): Promise<void> {
  return showFromFeeds(cards, early, settingsOf, show);
}
