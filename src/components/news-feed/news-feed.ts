import { TaskStatus } from '@lit/task';
import { adoptStyles, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getConfig } from '../../config.js';
import { htmlToText } from '../../data/clean-text.js';
import { leadingReleases, loadDetail, readRestWhenIdle, releaseCount } from '../../data/lazy-feed.js';
import { readDocument } from '../../data/parse-feed.js';
import { EndpointError, type Feed, type Release } from '../../data/release.js';
import { loadBodySanitizer } from '../../data/safe-body.js';
import { fill, messagesFor, plural, type Lang } from '../../i18n/index.js';
import { CstoElement } from '../../internal/csto-element.js';
import { loadBodyHtml, type BodyHtmlModule } from '../../internal/on-demand/body-html.js';
import { EndpointController } from '../../internal/endpoint-controller.js';
import { cancelConfigurationCheck, checkConfiguration } from '../../internal/missing-configuration.js';
import { loadControls, loadedControls, type ControlsModule } from '../../internal/on-demand/controls.js';
import { loadPages } from '../../internal/on-demand/pages.js';
import { errorState, loadingState } from '../../internal/state-templates.js';
import { warnOnce } from '../../internal/warn-once.js';
import { FeedLinks, scrollIntoViewClear } from './feed-links.js';
import type { FeedPages, PagesGoal } from './feed-pages.js';
import { EMPTY_QUERY, isEmptyQuery, type FeedQuery } from './feed-query.js';
import type { FeedToolbar } from './feed-toolbar.js';
import { filterReleases } from './feed-view.js';
import { domId, headingLevelOf, renderFeedContent, renderScreen, type FeedView } from './feed-templates.js';
import { newsFeedSheets } from './news-feed.styles.js';

/** How many `next` pages a link to an older release may load to find it. */
const MAX_LINK_PAGES = 20;
/** How many older pages one press of "search older releases" may load. */
const MAX_OLDER_PAGES = 20;
/** The later pages before any is loaded: one array, so the filtered list stays cached. */
const NO_RELEASES: readonly Release[] = [];
const NOTHING_TO_SHOW =
  '<news-feed> has nothing to show. Give it `src`, the `releases` property, or a page endpoint ' +
  '(`data-endpoint` on the script tag, or `CstoWidgets.configure({ endpoint })`).';

/**
 * A list of press releases from a JSON endpoint, newest first, with "show more", filters,
 * a reader's search and filters (`controls`), links to each release, bodies that open in place,
 * and loading, error and empty states.
 *
 * @summary The press service's releases on any page.
 * @tag news-feed
 *
 * @fires csto-load - Releases arrived and are shown. `detail: { releases, skipped }`.
 * @fires csto-error - The endpoint failed. `detail: { kind, message, status? }`.
 * @fires csto-select - A reader opened a release (its body or its link). `detail: { release }`.
 *
 * @slot - Fallback content (say, a link to the newsroom): shown until releases arrive, and kept when scripts are off or the endpoint fails.
 *
 * @csspart list - The list of releases (`role="feed"`; `aria-busy` while loading).
 * @csspart item - One release (`<article>`).
 * @csspart heading - The heading that holds the title.
 * @csspart title - The title; a link when the release has a `url`.
 * @csspart date - The release date (`<time datetime>`).
 * @csspart summary - The summary.
 * @csspart image - The release image.
 * @csspart tags - The list of tags; each is a `tag` part.
 * @csspart tag - One tag.
 * @csspart toggle - The button that opens and closes the body.
 * @csspart body - The release body (sanitised HTML).
 * @csspart more - The "show more" button.
 * @csspart loading - The loading message.
 * @csspart error - The error message block (`role="alert"`).
 * @csspart retry - The retry button in the error state.
 * @csspart empty - The message shown when no release matches.
 * @csspart stale - The notice shown when saved releases are on screen because a refresh failed.
 * @csspart permalink - The link to this page opened on the release (its `href` is shareable).
 * @csspart toolbar - With `controls`: the search and filters above the list (`role="search"`).
 * @csspart search - The search field.
 * @csspart filter - Each filter (a `<select>`); also `tag-filter`, `state-filter`, `year-filter`.
 * @csspart count - How many releases match (a polite status).
 * @csspart search-older - The button that loads older pages to search them.
 * @csspart progress - The progress of a search of older releases, with its `stop` button.
 * @csspart stop - The button that stops a search of older releases.
 * @csspart no-match - The message shown when the search and filters let no release through.
 * @csspart clear - The button that clears the search and filters.
 *
 * @cssprop [--csto-accent=currentColor] - Colour of links.
 * @cssprop [--csto-color=inherit] - Text colour.
 * @cssprop [--csto-font=inherit] - Font shorthand.
 * @cssprop [--csto-line-height=1.5] - Line height.
 * @cssprop [--csto-radius=0.5rem] - Corner radius of cards and buttons.
 * @cssprop [--csto-gap=1rem] - Space between blocks.
 * @cssprop [--csto-surface=transparent] - Background of cards and buttons.
 * @cssprop [--csto-border-color=currentColor 18%] - Colour of borders.
 * @cssprop [--csto-muted-color=currentColor] - Colour of dates, tags and state messages.
 * @cssprop [--csto-focus-color=currentColor] - Colour of the focus ring.
 * @cssprop [--csto-news-feed-item-gap=var(--csto-gap)] - Space between releases.
 * @cssprop [--csto-news-feed-item-padding=1rem] - Padding inside a release card.
 * @cssprop [--csto-news-feed-title-size=1.125em] - Size of release titles.
 * @cssprop [--csto-news-feed-image-width=12rem] - Width of a release image beside the text in a wide card.
 * @cssprop [--csto-news-feed-scroll-margin=0.5rem] - Space kept above a release a link scrolls to, besides any fixed or sticky header found there.
 */
export class NewsFeed extends CstoElement {
  // The toolbar's styles come with its code, on the first `controls` (a server render adds them itself).
  static override styles = newsFeedSheets;

  private readonly endpointController = new EndpointController(this);

  /** The `next` pages, loaded with the first of them: a feed read on one page needs none of it. */
  private pages?: FeedPages;
  private pagesLoaded?: Promise<FeedPages | undefined>;
  private readonly links = new FeedLinks(this, (query) => this.setQuery(query));

  /** How many releases are shown; grows with "show more" and with new arrivals. */
  @state() private shown = 0;
  /** Releases whose body is open (or, with `expand`, closed). */
  @state() private toggled = new Set<string>();
  /** Read out by screen readers: releases loaded, new arrivals. */
  @state() private announcement = '';
  /**
   * The toolbar of `controls`, loaded with the first `controls`: until then the feed shows its
   * loading state (no list that the toolbar would push down or a URL's query would filter);
   * `null` when it could not be loaded, and the list shows without it.
   */
  @state() private toolbar?: FeedToolbar | null;
  /** The result of setting `releases` directly: the feed, or why it could not be read. */
  @state() private ownData?: Feed | EndpointError;
  /** Whether the code of `next` pages is loading for a first "show more" (shown as loading more). */
  @state() private pagesRequested = false;
  /** Why the code of `next` pages could not be loaded. */
  @state() private pagesError?: EndpointError;

  /** The `releases` last told of by `csto-load` or `csto-error`. */
  private announcedData?: Feed | EndpointError;
  /** The first page that arrivals were last counted on: the same page needs no second count. */
  private trackedFeed?: Feed;
  /** Ids seen on the first pages so far; gathered once a second answer comes to compare with. */
  private knownIds?: Set<string>;
  /** The releases passing the filters, and what they were computed from. */
  private matching?: {
    readonly first: readonly Release[];
    readonly later: readonly Release[];
    readonly tag: string;
    readonly memberState: string;
    readonly releases: readonly Release[];
  };
  private focusAfterRender?: string;
  /** The query the URL gave (`sync-url`) before the toolbar was here to take it. */
  private pendingQuery?: FeedQuery;
  private toolbarLoaded?: Promise<void>;
  /** A release to scroll to and focus after the next render: the one a link named. */
  private revealAfterRender?: string;
  private refreshTimer?: ReturnType<typeof setInterval>;
  private readonly safeBodies = new Map<string, string>();
  /** The sanitiser, once loaded (on the first opened body); `null` when it could not be. */
  @state() private safeBodyHtml?: ((body: string) => string) | null;
  /** Renders the sanitiser's HTML; loaded with it. */
  private unsafeHTML?: BodyHtmlModule['unsafeHTML'];
  private sanitizerRequested = false;

  /** URL of the JSON endpoint, relative to the page. Without it: the page default of `CstoWidgets.configure()`. */
  @property() src?: string;

  /** Releases to show instead of fetching: any accepted format (native releases, a bare array, JSON Feed items…). */
  @property({ attribute: false }) releases?: unknown;

  /** How many releases show at first, and how many more each press of "show more" adds. */
  @property({ type: Number }) limit = 10;

  /** Show only releases with this tag (case-insensitive). */
  @property() tag = '';

  /** Show only releases involving this member state (ISO 3166-1 alpha-2 code). */
  @property({ attribute: 'member-state' }) memberState = '';

  /** Seconds between re-fetches while the page is open (0: never). New releases appear on top. */
  @property({ type: Number }) refresh = 0;

  /** Opens every body at once (a single-release page). */
  @property({ type: Boolean }) expand = false;

  /** `card` (default) or `compact` (one line per release). */
  @property({ reflect: true }) layout: 'card' | 'compact' = 'card';

  /** Shows a toolbar above the list: a search field, tag, member-state and year filters, the count of matches. */
  @property({ type: Boolean }) controls = false;

  /** Keeps the toolbar's search and filters in the page URL (see the docs for the format); needs `controls`. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Level of the release headings, 1–6, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** @internal The endpoint in force: `src`, else the page default; none when `releases` is set. */
  get endpoint(): string | undefined {
    if (this.releases !== undefined) return undefined;
    return this.src || getConfig().endpoint || undefined;
  }

  /** @internal */
  get mayLoad(): boolean {
    return this.nearViewport;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.scheduleRefresh();
    checkConfiguration(this, () => Boolean(this.endpoint) || this.releases !== undefined, NOTHING_TO_SHOW);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.refreshTimer);
    cancelConfigurationCheck(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('releases')) this.ownData = this.readOwnData();
    if (changed.has('src') || changed.has('releases')) {
      this.pages?.reset();
      this.trackedFeed = undefined;
      this.knownIds = undefined;
    }
    if (changed.has('refresh')) this.scheduleRefresh();
    // A new `limit` is a new first page size (a CMS control, a Storybook knob), not a "show more".
    if (changed.has('limit') && this.trackedFeed) this.shown = Math.max(this.limit, 0);
    if (this.controls) void this.requestToolbar();
    this.trackArrivals();
  }

  /** @internal Also false while the toolbar of `controls` loads: the list shows with it. */
  override get showsContent(): boolean {
    return super.showsContent && !this.waitsForToolbar;
  }

  protected override updated(): void {
    // Told once shown: after the render that follows its catalogue, for a language loaded on first use.
    if (this.ownData !== this.announcedData && this.showsContent) {
      this.announcedData = this.ownData;
      if (this.ownData instanceof EndpointError)
        this.emit('csto-error', { kind: 'format', message: this.ownData.message });
      else if (this.ownData) this.emit('csto-load', loadDetail(this.ownData));
    }
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.focusAfterRender}`)?.focus();
      this.focusAfterRender = undefined;
    }
    if (this.revealAfterRender) {
      const item = this.renderRoot.querySelector<HTMLElement>(`#${this.revealAfterRender}`);
      this.revealAfterRender = undefined;
      if (item) {
        scrollIntoViewClear(item, this);
        item.focus({ preventScroll: true });
      }
    }
    if (this.feed) {
      // The releases not on screen are read after this first paint, before anyone asks for them.
      readRestWhenIdle(this.feed);
      const release = this.links.takeRelease();
      if (release) void this.openLinkedRelease(release);
    }
  }

  /** @internal Also the toolbar of `controls`, for a server-rendered feed's first update. */
  protected override firstScreenLoading(): Promise<unknown> | undefined {
    const catalogue = super.firstScreenLoading();
    if (!this.controls || this.toolbar !== undefined) return catalogue;
    return Promise.all([catalogue, this.requestToolbar()]);
  }

  private get waitsForToolbar(): boolean {
    return this.controls && this.toolbar === undefined;
  }

  /**
   * Loads the toolbar, once; resolves when it is here or could not be loaded. At once when an
   * earlier feed (or a server render) loaded it already.
   */
  private requestToolbar(): Promise<void> {
    const loaded = loadedControls();
    if (loaded && !this.toolbar) this.takeToolbar(loaded);
    return (this.toolbarLoaded ??= loadControls().then(
      (module) => {
        if (!this.toolbar) this.takeToolbar(module);
      },
      (error: unknown) => {
        warnOnce('the toolbar part could not be loaded; feeds with `controls` show their releases without it.', error);
        this.toolbar = null;
      },
    ));
  }

  private takeToolbar({ FeedToolbar }: ControlsModule): void {
    // Adopted before the render that shows the toolbar: it never shows unstyled. One sheet for every feed.
    if (!isServer && this.renderRoot instanceof ShadowRoot)
      adoptStyles(this.renderRoot, [...(this.constructor as typeof NewsFeed).elementStyles, FeedToolbar.styles]);
    const toolbar = new FeedToolbar(this, (query) => this.links.writeQuery(query));
    if (this.pendingQuery) toolbar.setQuery(this.pendingQuery);
    this.pendingQuery = undefined;
    this.toolbar = toolbar;
  }

  /** A query from the URL (`sync-url`): the toolbar's, or kept for it until it is here. */
  private setQuery(query: FeedQuery): void {
    if (this.toolbar) this.toolbar.setQuery(query);
    else this.pendingQuery = query;
  }

  /**
   * Loads `next` pages after the first until `goal` is met (see FeedPages), the code for it first
   * when this is the first time; a failure to load that code shows as a network error.
   */
  private async loadMorePages(goal: PagesGoal): Promise<void> {
    this.pagesRequested = !this.pages;
    this.pagesLoaded ??= loadPages().then(
      ({ FeedPages }) =>
        (this.pages = new FeedPages(this, (page) =>
          this.emit('csto-load', { releases: page.releases, skipped: page.skipped }),
        )),
      (error: unknown) => {
        warnOnce('the page loading part could not be loaded; "show more" stops at the first page.', error);
        this.pagesLoaded = undefined;
        this.pagesError = new EndpointError('network', 'The page loading part could not be loaded.');
        return undefined;
      },
    );
    this.pagesError = undefined;
    const pages = await this.pagesLoaded;
    this.pagesRequested = false;
    await pages?.load(this.feed, goal);
  }

  /** `releases` read: at once in the native format; in JSON Feed or WordPress once its adapter is here. */
  private readOwnData(): Feed | EndpointError | undefined {
    const releases = this.releases;
    if (releases === undefined) return undefined;
    const asError = (error: unknown): EndpointError =>
      error instanceof EndpointError ? error : new EndpointError('format', String(error));
    try {
      const read = readDocument(releases);
      if (!(read instanceof Promise)) return read;
      const take = (data: Feed | EndpointError): void => {
        if (this.releases === releases) this.ownData = data;
      };
      read.then(take, (error: unknown) => take(asError(error)));
      return undefined;
    } catch (error) {
      return asError(error);
    }
  }

  /** The first page: from `releases`, or from the endpoint (possibly stale). */
  private get feed(): Feed | undefined {
    if (this.releases !== undefined) return this.ownData instanceof EndpointError ? undefined : this.ownData;
    return this.endpointController.feed;
  }

  /**
   * The releases of the first and later pages that pass the filters. Kept until one of those
   * changes: a render, "show more" and an arrival all ask, and a feed can hold 10 000 releases.
   */
  private filteredReleases(): readonly Release[] {
    const first = this.feed?.releases ?? [];
    const { tag, memberState } = this;
    const later = this.pages?.releases ?? NO_RELEASES;
    const cached = this.matching;
    if (
      cached &&
      cached.first === first &&
      cached.later === later &&
      cached.tag === tag &&
      cached.memberState === memberState
    ) {
      return cached.releases;
    }
    const ids = later.length ? new Set(first.map((release) => release.id)) : undefined;
    const all = ids ? [...first, ...later.filter((release) => !ids.has(release.id))] : first;
    const releases = filterReleases(all, { tag, memberState });
    this.matching = { first, later, tag, memberState, releases };
    return releases;
  }

  /** What shows: the filtered releases that also pass the reader's query, with `controls`. */
  private matchingReleases(): readonly Release[] {
    const releases = this.filteredReleases();
    return this.controls && this.toolbar ? this.toolbar.apply(releases, this.language) : releases;
  }

  private get nextUrl(): string | undefined {
    return this.pages ? this.pages.nextUrl(this.feed) : this.feed?.next;
  }

  /** New releases on a refresh go on top and do not push the ones a reader sees out of the list. */
  private trackArrivals(): void {
    const feed = this.feed;
    // Every update comes here; only a new answer can hold new releases.
    if (!feed || feed === this.trackedFeed) return;
    const previous = this.trackedFeed;
    this.trackedFeed = feed;
    if (!previous) {
      this.shown = Math.max(this.limit, 0);
      return;
    }
    const known = (this.knownIds ??= new Set(previous.releases.map((release) => release.id)));
    let arrived = 0;
    for (const { id } of feed.releases) {
      if (known.has(id)) continue;
      known.add(id);
      arrived++;
    }
    if (!arrived) return;
    this.shown += arrived;
    this.announcement = plural(this.language, messagesFor(this.language).feed.newArrived, arrived);
  }

  private revealMore(before: number): void {
    this.shown = before + Math.max(this.limit, 1);
    const added = this.visibleReleases().length - before;
    const first = this.visibleReleases()[before];
    if (first) this.focusAfterRender = domId('item', first.id);
    this.announcement = plural(this.language, messagesFor(this.language).feed.moreLoaded, added);
  }

  private scheduleRefresh(): void {
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    if (!(this.refresh > 0) || !this.isConnected) return;
    this.refreshTimer = setInterval(() => {
      // A hidden tab needs no fresh news; the next visible tick catches up.
      if (document.visibilityState !== 'hidden' && this.endpoint) this.endpointController.reload();
    }, this.refresh * 1000);
  }

  /**
   * The first `count` releases that show, and how many show in all. Without filters, a query or
   * later pages, only those `count` releases of the first page are read in full (see lazy-feed.ts).
   */
  private screen(count: number): { readonly visible: readonly Release[]; readonly total: number } {
    const feed = this.feed;
    if (feed && !this.controls && !this.tag.trim() && !this.memberState.trim() && !this.pages?.releases.length)
      return { visible: leadingReleases(feed, count), total: releaseCount(feed) };
    const matching = this.matchingReleases();
    return { visible: matching.slice(0, count), total: matching.length };
  }

  private visibleReleases(): readonly Release[] {
    return this.screen(this.shown).visible;
  }

  private isOpen(release: Release): boolean {
    return this.expand !== this.toggled.has(release.id);
  }

  private handleToggle(release: Release): void {
    const toggled = new Set(this.toggled);
    if (toggled.has(release.id)) toggled.delete(release.id);
    else toggled.add(release.id);
    this.toggled = toggled;
    if (!this.isOpen(release)) return;
    this.emit('csto-select', { release });
  }

  /** Shows `limit` more, loading `next` pages until they hold that many (or the feed ends). */
  private async handleMore(): Promise<void> {
    const before = this.visibleReleases().length;
    const wanted = before + Math.max(this.limit, 1);
    // Shown at once when the pages at hand hold enough, in the same update as the click.
    if (this.screen(wanted).total < wanted && this.nextUrl)
      await this.loadMorePages({
        reason: 'more',
        maxPages: MAX_LINK_PAGES,
        enough: () => this.matchingReleases().length >= wanted,
      });
    if (this.screen(wanted).total > before) this.revealMore(before);
  }

  /** Loads older pages until they hold a screen of new matches, the bound or the end. */
  private readonly handleSearchOlder = async (): Promise<void> => {
    const wanted = this.matchingReleases().length + Math.max(this.limit, 1);
    await this.loadMorePages({
      reason: 'older',
      maxPages: MAX_OLDER_PAGES,
      enough: () => this.matchingReleases().length >= wanted,
    });
  };

  private readonly handleStopOlder = (): void => {
    this.pages?.cancel();
  };

  /**
   * Shows the release a link named: loads older pages to find it (bounded), lifts a query that
   * hides it, opens its body, then scrolls it into view and focuses it after the render.
   */
  private async openLinkedRelease(id: string): Promise<void> {
    const loaded = (): boolean => this.filteredReleases().some((release) => release.id === id);
    if (!loaded()) await this.loadMorePages({ reason: 'link', maxPages: MAX_LINK_PAGES, enough: loaded });
    // Whether a search hides it is known once the toolbar and its search part are here.
    if (this.controls) await this.requestToolbar().then(() => this.toolbar?.ready());
    if (!this.matchingReleases().some((release) => release.id === id)) this.setQuery(EMPTY_QUERY);
    const matching = this.matchingReleases();
    const index = matching.findIndex((release) => release.id === id);
    const release = matching[index];
    if (!release) {
      this.announcement = messagesFor(this.language).search.notFound;
      return;
    }
    this.shown = Math.max(this.shown, index + 1);
    if (release.body && !this.isOpen(release)) this.handleToggle(release);
    this.revealAfterRender = domId('item', id);
    this.requestUpdate();
  }

  /** The URL may have changed since the render (another feed's `sync-url`): link to it as it is now. */
  private handlePermalink(link: HTMLAnchorElement, release: Release): void {
    link.href = this.links.href(release.id);
  }

  private handleRetry(): void {
    this.endpointController.reload();
  }

  /**
   * An opened body: sanitised HTML; nothing for the moment the sanitiser takes to load; its text
   * when the sanitiser could not be loaded, so the release is still read and nothing unsafe shows.
   */
  private renderBody(body: string): unknown {
    const sanitize = this.safeBodyHtml;
    if (sanitize === undefined) {
      this.requestSanitizer();
      return nothing;
    }
    if (sanitize === null || !this.unsafeHTML) return html`<p>${htmlToText(body)}</p>`;
    let safe = this.safeBodies.get(body);
    if (safe === undefined) {
      safe = sanitize(body);
      this.safeBodies.set(body, safe);
    }
    return this.unsafeHTML(safe);
  }

  /** Loads the sanitiser: on the first opened body, or as soon as a pointer or focus nears a toggle. */
  private readonly requestSanitizer = (): void => {
    // A server render leaves open bodies empty and busy, as a browser shows them until the sanitiser is here.
    if (this.sanitizerRequested || isServer) return;
    this.sanitizerRequested = true;
    Promise.all([loadBodySanitizer(), loadBodyHtml()]).then(
      ([sanitizer, { unsafeHTML }]) => {
        this.unsafeHTML = unsafeHTML;
        this.safeBodyHtml = sanitizer.safeBodyHtml;
      },
      (error: unknown) => {
        warnOnce('the HTML sanitiser part could not be loaded; bodies show as plain text.', error);
        this.safeBodyHtml = null;
      },
    );
  };

  /** The release of the article a list event came from, and the control of ours it reached, if any. */
  private controlOf(event: Event, parts: string): { control: HTMLElement; release: Release } | undefined {
    const control = (event.target as Element).closest<HTMLElement>(parts);
    // A body's own links and buttons are the endpoint's markup, not ours.
    if (!control || control.closest('[part~="body"]')) return undefined;
    const id = control.closest('article')?.id;
    const release = this.visibleReleases().find((candidate) => domId('item', candidate.id) === id);
    return release && { control, release };
  }

  private readonly handleListClick = (event: Event): void => {
    const target = this.controlOf(event, '[part~="title"], [part~="toggle"], [part~="permalink"]');
    if (!target) return;
    const { control, release } = target;
    const part = control.getAttribute('part');
    if (part === 'toggle') this.handleToggle(release);
    else if (part === 'permalink') this.handlePermalink(control as HTMLAnchorElement, release);
    else if (control instanceof HTMLAnchorElement) this.emit('csto-select', { release });
  };

  /** A pointer or focus nearing a toggle starts loading the sanitiser. */
  private readonly handleListApproach = (event: Event): void => {
    if (this.controlOf(event, '[part~="toggle"]')) this.requestSanitizer();
  };

  private renderLoading(lang: Lang): TemplateResult {
    return html`
      <div part="list" role="feed" aria-busy="true" aria-label=${messagesFor(lang).feed.label}></div>
      ${loadingState(messagesFor(lang).feed.loading)}
    `;
  }

  private renderToolbar(toolbar: FeedToolbar, lang: Lang, matches: number): TemplateResult {
    const loading = this.pages?.loading === 'older';
    return toolbar.render({
      lang,
      releases: this.filteredReleases(),
      matches,
      memberStates: this.feed?.memberStates,
      older: {
        available: Boolean(this.nextUrl) && !isEmptyQuery(toolbar.query) && !this.pages?.loading,
        loading,
        pages: this.pages?.pagesThisRun ?? 0,
      },
      onSearchOlder: this.handleSearchOlder,
      onStopOlder: this.handleStopOlder,
    });
  }

  private renderFeed(lang: Lang): TemplateResult {
    const t = messagesFor(lang);
    const { visible, total } = this.screen(this.shown);
    const loadingMore = Boolean(this.pages?.loading) || this.pagesRequested;
    const refreshing = this.endpointController.task.status === TaskStatus.PENDING;
    const hasMore = total > visible.length || Boolean(this.nextUrl);
    const staleError = this.endpointController.staleError;
    const moreError = this.pages ? this.pages.error : this.pagesError;
    const controls = this.controls ? this.toolbar : undefined;
    const toolbar = controls ? this.renderToolbar(controls, lang, total) : nothing;
    if (!visible.length) {
      const nothingMatches = controls && this.filteredReleases().length > 0;
      return html`${toolbar}${nothingMatches ? controls.renderNoMatch(lang) : html`<p part="empty">${t.feed.empty}</p>`}`;
    }
    const headingLevel = headingLevelOf(this.headingLevel);
    const view: FeedView = {
      lang,
      headingLevel,
      setSize: hasMore ? -1 : visible.length,
      // The permalinks' key is the element id.
      key: `${lang} ${headingLevel} ${this.id}`,
      hydrating: isServer || (this.serverRendered && !this.hasUpdated),
      href: (releaseId) => this.links.href(releaseId),
      isOpen: (release) => this.isOpen(release),
      bodyBusy: this.safeBodyHtml === undefined,
      renderBody: (body) => this.renderBody(body),
      toolbar,
      stale: Boolean(staleError),
      busy: loadingMore || refreshing,
      more: hasMore ? { loading: loadingMore, onClick: this.handleMore } : undefined,
      moreError: moreError ? fill(t.errors[moreError.kind], { status: moreError.status ?? '' }) : undefined,
      onListClick: this.handleListClick,
      onListApproach: this.handleListApproach,
    };
    return renderFeedContent(visible, view);
  }

  override render(): TemplateResult {
    const lang = this.languageToRender();
    if (!lang) return html`<slot></slot>`;
    const task = this.endpointController.task;
    let content: TemplateResult;
    if (this.feed && !this.waitsForToolbar) content = this.renderFeed(lang);
    else if (this.ownData instanceof EndpointError) content = errorState({ kind: 'format' }, lang, this.handleRetry);
    else if (task.status === TaskStatus.ERROR && task.error instanceof EndpointError)
      content = errorState(task.error, lang, this.handleRetry);
    else if (this.endpoint || this.feed) content = this.renderLoading(lang);
    else content = html`<slot></slot>`;
    return renderScreen(content, this.announcement);
  }
}
