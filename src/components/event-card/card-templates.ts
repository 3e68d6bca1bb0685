import { html, nothing, type TemplateResult } from 'lit/html.js';
import { toDate } from '../../data/date.js';
import type { CstoEvent, MemberState, Release } from '../../data/release.js';
import { pickText } from '../../data/text.js';
import { formatDateRange, formatRelative, messagesFor, type Lang } from '../../i18n/index.js';
import { memberStateFor } from '../member-states-badge/member-state-list.js';
import { permalinkHref, urlKey } from '../news-feed/feed-url.js';
import { eventStatus } from './event-status.js';

/**
 * The markup of `<event-card>`'s card, as pure functions of a view: the element renders with them,
 * and so does the first screen the script tag shows before the element's code is here
 * (first-screen.ts), so the two cannot differ. Only lit-html: no element class is needed to run them.
 */

/** Ids inside the shadow root. */
export const DETAILS_ID = 'details';
const NAME_ID = 'name';

/** The release whose event a card of `src` shows: `releaseId`'s, or without it the first that has an event. */
export function releaseToShow(releases: readonly Release[], releaseId: string | null | undefined): Release | undefined {
  return releaseId ? releases.find((release) => release.id === releaseId) : releases.find((release) => release.event);
}

/** The moment a card tells its status against: `now` pinned (ISO 8601) when readable, else the clock. */
export function cardTime(now: string | null | undefined): Date {
  const pinned = now ? new Date(now) : undefined;
  return pinned && !Number.isNaN(pinned.getTime()) ? pinned : new Date();
}

/**
 * The address of the page whose `<news-feed>` (`feedId`) opens on `release`: `feedPage`, or this
 * page, as the feed's own permalink writes it.
 */
export function cardPermalink(feedPage: string, feedId: string, release: Release, onServer = false): string {
  // A server render knows no page URL: the link stays relative to the page it is served on.
  const page = onServer
    ? { href: feedPage, hash: /#.*$/.exec(feedPage)?.[0] ?? '' }
    : new URL(feedPage || location.href, document.baseURI);
  return permalinkHref(page, urlKey(feedId), release.id);
}

/** What the element does when its buttons are used; a first screen does nothing. */
export interface CardHandlers {
  readonly toggleDetails: () => void;
  readonly closeDetails: () => void;
  readonly addToCalendar: () => void;
  /** Starts loading the `.ics` writer before the click that needs it. */
  readonly preloadCalendar: () => void;
}

/** What the card of one event shows besides the event. */
export interface CardView {
  readonly lang: Lang;
  /** 1–6 (anything else is brought into that range). */
  readonly headingLevel: number;
  /** The moment the status is told against. */
  readonly now: Date;
  /** The release the event comes from, with `src`. */
  readonly release?: Release;
  /** The endpoint's member states, which name the participants. */
  readonly memberStates?: readonly MemberState[];
  /** With `release`: the address of a `<news-feed>` page opened on it. */
  readonly permalink?: string;
  readonly detailsOpen: boolean;
  readonly on?: CardHandlers;
}

function status(event: CstoEvent, { lang, now }: CardView): TemplateResult {
  const t = messagesFor(lang).event;
  const current = eventStatus(event, now);
  // Ongoing events need no hint; the others say how far their start or end is.
  const anchor =
    current === 'upcoming' ? event.start : current === 'completed' ? (event.end ?? event.start) : undefined;
  const hint = anchor ? formatRelative(toDate(anchor), now, lang) : '';
  return html`<p part="status status-${current}">
    <span class="status-mark" aria-hidden="true"></span>${t.status[current]}${
      hint ? html` · <span part="relative">${hint}</span>` : nothing
    }
  </p>`;
}

function details(event: CstoEvent, view: CardView, dates: string): TemplateResult {
  const { lang, release, on } = view;
  const t = messagesFor(lang).event;
  const kind = pickText(event.kind, lang);
  const location = pickText(event.location, lang);
  const summary = release ? pickText(release.summary, lang) : '';
  const participants = event.memberStates
    .map((code) => pickText(memberStateFor(code, view.memberStates).name, lang))
    .join(', ');
  const row = (label: string, value: string): TemplateResult | typeof nothing =>
    value
      ? html`<dt>${label}</dt>
          <dd>${value}</dd>`
      : nothing;
  return html`<div
    part="details"
    id=${DETAILS_ID}
    role="dialog"
    aria-labelledby="details-name"
    tabindex="-1"
    popover="manual"
    hidden
  >
    <p class="details-name" id="details-name">${pickText(event.name, lang)}</p>
    <dl part="details-list">
      ${row(t.kind, kind)} ${row(t.dates, dates)} ${row(t.location, location)} ${row(t.participants, participants)}
    </dl>
    ${summary ? html`<p part="summary">${summary}</p>` : nothing}
    <button part="close" @click=${on?.closeDetails}>${t.close}</button>
  </div>`;
}

function permalink({ lang, release, permalink: href }: CardView): TemplateResult | typeof nothing {
  if (!release || href === undefined) return nothing;
  return html`<a part="permalink" href=${href}
    >${messagesFor(lang).search.permalink}<span class="visually-hidden">: ${pickText(release.title, lang)}</span></a
  >`;
}

/** The card of `event`. */
export function renderCard(event: CstoEvent, view: CardView): TemplateResult {
  const { lang, on } = view;
  const t = messagesFor(lang).event;
  const dates = formatDateRange(event.start, event.end, lang);
  const kind = pickText(event.kind, lang);
  const location = pickText(event.location, lang);
  const level = Math.min(Math.max(Math.round(view.headingLevel) || 3, 1), 6);
  return html`<article part="card" aria-labelledby=${NAME_ID}>
    <div part="heading" role="heading" aria-level=${level}>
      <span part="name" id=${NAME_ID}>${pickText(event.name, lang)}</span>
    </div>
    ${kind ? html`<p part="kind">${kind}</p>` : nothing}
    <p class="facts">
      <time part="dates" datetime=${event.start.iso}>${dates}</time>
      ${location ? html`<span part="location">${location}</span>` : nothing}
    </p>
    ${status(event, view)}
    ${
      event.memberStates.length
        ? html`<member-states-badge
            part="participants"
            exportparts="state, flag, code, tooltip"
            states=${event.memberStates.join(' ')}
            .memberStates=${view.memberStates}
          ></member-states-badge>`
        : nothing
    }
    <div part="actions">
      <button
        part="details-button"
        aria-haspopup="dialog"
        aria-expanded=${view.detailsOpen ? 'true' : 'false'}
        aria-controls=${DETAILS_ID}
        @click=${on?.toggleDetails}
      >
        ${t.details}<span class="visually-hidden">: ${pickText(event.name, lang)}</span>
      </button>
      <button
        part="calendar"
        @click=${on?.addToCalendar}
        @pointerenter=${on?.preloadCalendar}
        @focus=${on?.preloadCalendar}
      >
        ${t.addToCalendar}
      </button>
      ${permalink(view)}
    </div>
    ${details(event, view, dates)}
  </article>`;
}
