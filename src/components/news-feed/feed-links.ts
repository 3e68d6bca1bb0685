import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { sameQuery, type FeedQuery } from './feed-query.js';
import { permalinkHref, readFragment, urlKey, writeFragment } from './feed-url.js';

const SERVER_LOCATION = { href: '', hash: '' };

/** What the links need of their element. */
export interface FeedLinksHost extends ReactiveControllerHost {
  readonly id: string;
  /** Whether the toolbar's query lives in the page URL too. */
  readonly syncUrl: boolean;
}

/**
 * Links to a release and the page URL (see `feed-url.ts` for the format): reads the release and,
 * with `sync-url`, the query from the URL on load and on every history step (Back, Forward, a
 * permalink followed on the same page), and writes the query back without adding history entries,
 * so Back leaves the page instead of undoing keystrokes.
 */
export class FeedLinks implements ReactiveController {
  /** The release the URL names and the element has yet to show; taken once the feed is there. */
  private pending?: string;
  /** The release the URL named when last read: only a change is a new request to show one. */
  private lastRelease?: string;

  constructor(
    private readonly host: FeedLinksHost,
    private readonly onQuery: (query: FeedQuery) => void,
  ) {
    host.addController(this);
  }

  private get key(): string {
    return urlKey(this.host.id);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.readUrl);
    this.readUrl();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.readUrl);
  }

  /** The release the URL asks for, once: the element shows it and the request is done. */
  takeRelease(): string | undefined {
    const release = this.pending;
    this.pending = undefined;
    return release;
  }

  /** The address of this page opened on `releaseId`, the rest of the URL as it is now. */
  href(releaseId: string): string {
    // A server render knows no page URL: a fragment-only link reaches the same release there.
    return permalinkHref(isServer ? SERVER_LOCATION : location, this.key, releaseId);
  }

  /** Puts the query in the page URL (with `sync-url`), replacing the current history entry. */
  writeQuery(query: FeedQuery): void {
    // A query read from the URL is there already: rewriting it would only reorder the fragment.
    if (!this.host.syncUrl || sameQuery(readFragment(location.hash, this.key).query, query)) return;
    const hash = writeFragment(location.hash, this.key, { query });
    const url = location.href.slice(0, location.href.length - location.hash.length).replace(/#$/, '') + hash;
    history.replaceState(history.state, '', url);
  }

  private readonly readUrl = (): void => {
    const { release, query } = readFragment(location.hash, this.key);
    if (this.host.syncUrl) this.onQuery(query);
    if (release !== this.lastRelease) {
      this.lastRelease = release;
      this.pending = release;
      if (release) this.host.requestUpdate();
    }
  };
}

/**
 * Scrolls `target` to the top of the viewport, then down again by whatever fixed or sticky part
 * of the page (a site header) covers it there, so the reader sees it whole.
 */
export function scrollIntoViewClear(target: HTMLElement, host: Element): void {
  target.scrollIntoView({ block: 'start' });
  const { top, left, width } = target.getBoundingClientRect();
  let covered = top;
  for (const element of document.elementsFromPoint(left + width / 2, Math.max(top, 0) + 1)) {
    if (element === host || element.contains(host)) continue;
    const { position } = getComputedStyle(element);
    if (position === 'fixed' || position === 'sticky')
      covered = Math.max(covered, element.getBoundingClientRect().bottom);
  }
  if (covered > top) window.scrollBy(0, top - covered - 8);
}
