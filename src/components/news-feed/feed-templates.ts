import { html, nothing, type TemplateResult } from 'lit/html.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Release } from '../../data/release.js';
import { pickText } from '../../data/text.js';
import { formatDate, messagesFor, type Lang } from '../../i18n/index.js';
import { renderedOnce } from './rendered-once.js';

/**
 * The markup of `<news-feed>`'s list of releases, as pure functions of a view: the element renders
 * with them, and so does the first screen the script tag shows before the element's code is here
 * (first-screen.ts), so the two cannot differ. Only lit-html: no element class is needed to run them.
 */

/** A shadow-DOM id for a release id, which may hold any character. */
export function domId(prefix: string, releaseId: string): string {
  return `${prefix}-${releaseId.replace(/[^a-zA-Z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
}

/** What every release of one render shares. */
export interface ReleaseView {
  readonly lang: Lang;
  /** 1–6. */
  readonly headingLevel: number;
  /** `-1` while more releases can be loaded (ARIA's "size unknown"). */
  readonly setSize: number;
  /** What the text of every release depends on besides the release: see `renderedOnce`. */
  readonly key: string;
  /** The first update of a server-rendered feed: its releases are taken over, and stay live. */
  readonly hydrating?: boolean;
  /** The address of the page opened on a release. */
  readonly href: (releaseId: string) => string;
  /** Whether a release's body is open; none is without it. */
  readonly isOpen?: (release: Release) => boolean;
  /** Whether an open body is still waiting for the sanitiser (`aria-busy`). */
  readonly bodyBusy?: boolean;
  /** An open body's content. */
  readonly renderBody?: (body: string) => unknown;
}

/** What the list and its footer show besides the releases. */
export interface FeedView extends ReleaseView {
  /** The toolbar of `controls`. */
  readonly toolbar?: unknown;
  /** Whether saved releases are shown because a refresh failed (a notice says so). */
  readonly stale?: boolean;
  /** Whether more releases, or a fresh answer, are on their way (`aria-busy`). */
  readonly busy?: boolean;
  /** The "show more" button, when there is more; `loading` while more are on their way. */
  readonly more?: { readonly loading: boolean; readonly onClick?: () => void };
  /** Why more releases could not be loaded. */
  readonly moreError?: string;
  readonly onListClick?: (event: Event) => void;
  readonly onListApproach?: (event: Event) => void;
}

/** `heading-level` as rendered: a whole number from 1 to 6, 3 when it is none. */
export const headingLevelOf = (value: number): number => Math.min(Math.max(Math.round(value) || 3, 1), 6);

/**
 * One release. Only what changes once it is on screen is live: its place in the list, the image
 * (loaded lazily) and the toggle with the body. The rest (heading, date, permalink, summary,
 * tags) is rendered once as plain DOM (`renderedOnce`): Lit keeps no part for it, and renders it
 * again only for another language, heading level or element id. No listener of its own (the
 * list has one per kind), no class computed per release (CSS asks `:has()`).
 */
function renderRelease(release: Release, view: ReleaseView, index: number): TemplateResult {
  const { lang } = view;
  const titleId = domId('title', release.id);
  const title = pickText(release.title, lang);
  const body = pickText(release.body, lang);
  return html`
    <article
      part="item"
      id=${domId('item', release.id)}
      tabindex="-1"
      aria-labelledby=${titleId}
      aria-posinset=${index + 1}
      aria-setsize=${view.setSize}
    >
      ${release.image ? html`<img part="image" src=${release.image} alt="" loading="lazy" decoding="async" />` : nothing}
      <div class="text">
        ${renderedOnce([release, view.key], () => renderReleaseText(release, view, titleId, title), Boolean(view.hydrating))}
        ${body ? renderToggle(release, body, title, view) : nothing}
      </div>
    </article>
  `;
}

/** What a release shows that changes only with the language, the heading level or the element id. */
function renderReleaseText(release: Release, view: ReleaseView, titleId: string, title: string): TemplateResult {
  const { lang } = view;
  const summary = pickText(release.summary, lang);
  return html`
    <div part="heading" role="heading" aria-level=${view.headingLevel} id=${titleId}>
      ${release.url ? html`<a part="title" href=${release.url}>${title}</a>` : html`<span part="title">${title}</span>`}
    </div>
    <time part="date" datetime=${release.date.iso}>${formatDate(release.date, lang)}</time>
    <a part="permalink" href=${view.href(release.id)}
      >${messagesFor(lang).search.permalink}<span class="visually-hidden">: ${title}</span></a
    >
    ${summary ? html`<p part="summary">${summary}</p>` : nothing}
    ${
      release.tags.length
        ? html`<ul part="tags">
            ${release.tags.map((tag) => html`<li part="tag">${tag}</li>`)}
          </ul>`
        : nothing
    }
  `;
}

/** The toggle and the body block of a release with a body: what changes when a reader opens it. */
function renderToggle(release: Release, body: string, title: string, view: ReleaseView): TemplateResult {
  const open = view.isOpen?.(release) ?? false;
  const { feed } = messagesFor(view.lang);
  const bodyId = domId('body', release.id);
  return html`
    <button part="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${bodyId}>
      ${open ? feed.close : feed.open}<span class="visually-hidden">: ${title}</span>
    </button>
    <div part="body" id=${bodyId} ?hidden=${!open} aria-busy=${open && view.bodyBusy ? 'true' : nothing}>
      ${open ? view.renderBody?.(body) : nothing}
    </div>
  `;
}

/** The toolbar, the stale notice, the list of `visible` releases and its footer ("show more", its error). */
export function renderFeedContent(visible: readonly Release[], view: FeedView): TemplateResult {
  const { more, moreError } = view;
  const { feed } = messagesFor(view.lang);
  return html`
    ${view.toolbar ?? nothing} ${view.stale ? html`<p part="stale" role="status">${feed.stale}</p>` : nothing}
    <div
      part="list"
      role="feed"
      aria-busy=${view.busy ? 'true' : 'false'}
      aria-label=${feed.label}
      @click=${view.onListClick}
      @pointerover=${view.onListApproach}
      @focusin=${view.onListApproach}
    >
      ${repeat(
        visible,
        (release) => release.id,
        (release, index) => renderRelease(release, view, index),
      )}
    </div>
    ${
      more || moreError
        ? html`<div class="footer">
            ${
              more
                ? html`<button part="more" ?disabled=${more.loading} @click=${more.onClick}>
                    ${more.loading ? feed.moreLoading : feed.more}
                  </button>`
                : nothing
            }
            ${moreError ? html`<p part="error" role="alert">${moreError}</p>` : nothing}
          </div>`
        : nothing
    }
  `;
}

/** What the element shows: `content`, and the polite status that reads `announcement` out. */
export function renderScreen(content: unknown, announcement: string): TemplateResult {
  return html`${content}
    <div class="visually-hidden" role="status" aria-live="polite">${announcement}</div>`;
}
