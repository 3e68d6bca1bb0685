import { render } from 'lit/html.js';
import { getConfig } from '../../config.js';
import { recordFirstScreen } from '../../data/first-screens.js';
import type { MemberState } from '../../data/release.js';
import { languageOf } from '../../i18n/languages.js';
import { renderStates } from './badge-templates.js';
import { memberStatesToShow } from './member-state-list.js';
import { memberStatesBadgeSheets } from './member-states-badge.styles.js';

/**
 * The first screen of `<member-states-badge>` before the element's code is here: the script tag's
 * loader imports this small part (lit-html, the flags, the templates and styles) first, and the
 * element's own part only once it has shown. It draws the built-in list of states with the
 * element's templates and stylesheets into the element's shadow root; the element, once defined,
 * renders afresh over it in one update (`renderedAhead` in csto-element.ts), and only then do the
 * tooltips open. Nothing shifts: both draw the same markup with the same sheets.
 *
 * A badge whose states come from data (`src`, `memberStates`), or that speaks another language
 * than English (whose names come with a catalogue loaded on first use), is the element's alone.
 */

/** The properties of `<member-states-badge>` a page may set before the element's code is here. */
export const BADGE_PROPERTIES = ['src', 'states', 'variant', 'memberStates', 'lang', 'loading'] as const;

/** Whether the element's first render is the built-in list in English, as drawn here. */
function mayShow(element: HTMLElement): boolean {
  // Defined meanwhile, rendered on a server, or shown already.
  if (customElements.get(element.localName) || element.shadowRoot) return false;
  if (BADGE_PROPERTIES.some((key) => Object.hasOwn(element, key))) return false;
  return !element.hasAttribute('src') && languageOf(element, getConfig().lang) === 'en';
}

/**
 * Draws `states`, in English, as `badge` shows them into a new shadow root of it, and records that
 * first screen for the element to take over. Also for the badge of an `<event-card>`'s first screen.
 */
export function drawBadge(badge: HTMLElement, states: readonly MemberState[]): void {
  // Rendered aside, then moved in: the root keeps no lit-html part that the element's render would find.
  const fragment = document.createDocumentFragment();
  render(renderStates(states, 'en', badge.getAttribute('variant') ?? 'flags'), fragment);
  const root = badge.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = memberStatesBadgeSheets.map((styles) => styles.styleSheet!);
  root.append(fragment);
  recordFirstScreen(badge);
}

/** Shows the first screen of each of `badges` (`<member-states-badge>` elements) that it can, at once. */
export function showFirstScreens(badges: readonly HTMLElement[]): void {
  for (const badge of badges) {
    if (!mayShow(badge)) continue;
    try {
      drawBadge(badge, memberStatesToShow(badge.getAttribute('states'), undefined));
    } catch {
      // Whatever went wrong, the element shows it as it would have.
    }
  }
}
