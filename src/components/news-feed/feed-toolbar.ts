import { html, isServer, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { BUILT_IN_MEMBER_STATES } from '../../data/member-states.js';
import type { MemberState, Release } from '../../data/release.js';
import { pickText } from '../../data/text.js';
import { messagesFor, plural, type Lang } from '../../i18n/index.js';
import { feedToolbarStyles } from './feed-toolbar.styles.js';
import { facetsOf, filterByFacets, searchText, type Facets } from './feed-facets.js';
import { EMPTY_QUERY, isEmptyQuery, sameQuery, type FeedQuery } from './feed-query.js';
import { loadSearch, type SearchModule } from '../../internal/on-demand/search.js';
import { warnOnce } from '../../internal/warn-once.js';
import type { SearchIndex } from './search-index.js';

/** What the toolbar shows besides its own state, handed over on each render. */
export interface ToolbarView {
  readonly lang: Lang;
  /** Every loaded release that the element's own `tag` and `member-state` let through. */
  readonly releases: readonly Release[];
  /** How many of them match the query. */
  readonly matches: number;
  readonly memberStates?: readonly MemberState[];
  /** Whether older pages are there to search, are loading (with pages loaded so far). */
  readonly older: { readonly available: boolean; readonly loading: boolean; readonly pages: number };
  readonly onSearchOlder: () => void;
  readonly onStopOlder: () => void;
}

/**
 * `<news-feed controls>`: the reader's search and filters, and what they let through. The
 * search index and the filter choices are kept per list of releases and language, so a
 * keystroke only searches; the element renders the toolbar and the matches it gets from here.
 */
export class FeedToolbar {
  /** The toolbar's styles, which come with it: the feed adopts them beside its own. */
  static readonly styles = feedToolbarStyles;

  /** The reader's query; set it through `setQuery` so the host renders and is told. */
  query: FeedQuery = EMPTY_QUERY;
  private index?: SearchIndex;
  /** The search module, once loaded (when the toolbar first shows); `null` when it could not be. */
  private search?: SearchModule | null;
  /** Whether idle indexing is under way. */
  private indexing = false;
  private searchLoaded?: Promise<void>;
  private facets?: { readonly releases: readonly Release[]; readonly facets: Facets };
  private matched?: {
    readonly releases: readonly Release[];
    readonly query: FeedQuery;
    readonly lang: string;
    readonly matches: readonly Release[];
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onQuery: (query: FeedQuery) => void,
  ) {}

  setQuery(query: FeedQuery): void {
    if (sameQuery(query, this.query)) return;
    this.query = query;
    this.host.requestUpdate();
    this.onQuery(query);
  }

  /** The releases of `releases` that match the query, in order; the same array when nothing is asked. */
  apply(releases: readonly Release[], lang: string): readonly Release[] {
    const { query } = this;
    if (isEmptyQuery(query)) return releases;
    const last = this.matched;
    if (last && last.releases === releases && last.lang === lang && sameQuery(last.query, query)) return last.matches;
    const filtered = filterByFacets(releases, query);
    const index = this.indexFor(lang, releases);
    // The module loads with the toolbar, before a reader can type; a text from the URL applies once it is here.
    if (!index) return filtered;
    const matches = index.search(filtered, query.text);
    this.matched = { releases, query, lang, matches };
    return matches;
  }

  /** The index for `lang`, holding little besides `releases` (every release the toolbar filters). */
  private indexFor(lang: string, releases: readonly Release[]): SearchIndex | undefined {
    if (!this.search) return undefined;
    if (this.index?.lang !== lang) this.index = new this.search.SearchIndex(lang, searchText);
    this.index.forgetReplaced(releases);
    return this.index;
  }

  /** Resolves once the search module is loaded (or could not be): from then on, `apply` searches. */
  ready(): Promise<void> {
    return (this.searchLoaded ??= loadSearch().then(
      (module) => {
        this.search = module;
        this.matched = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        warnOnce('the search part could not be loaded; the filters work, the search field does not.', error);
        this.search = null;
        this.host.requestUpdate();
      },
    ));
  }

  /**
   * Indexes the releases in idle moments (a few milliseconds at a time), so the first keystroke
   * finds the index built instead of building it while the reader waits.
   */
  private indexWhenIdle(releases: readonly Release[], lang: string): void {
    const index = this.indexFor(lang, releases);
    if (this.indexing || !index) return;
    const idle = (step: (deadline: IdleDeadline) => void): void => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 500 });
      else setTimeout(() => step({ didTimeout: true, timeRemaining: () => 8 }), 16);
    };
    const step = (deadline: IdleDeadline): void => {
      // A newer language or list is indexed by the next render.
      // At least a few milliseconds a slice, so a page that is never idle still gets there.
      const end = performance.now() + Math.max(deadline.timeRemaining(), 4);
      const done = this.index !== index || index.indexSome(releases, () => performance.now() < end);
      if (done) this.indexing = false;
      else idle(step);
    };
    this.indexing = true;
    idle(step);
  }

  private facetsOf(releases: readonly Release[]): Facets {
    if (this.facets?.releases !== releases) this.facets = { releases, facets: facetsOf(releases) };
    return this.facets.facets;
  }

  private readonly handleInput = (event: Event): void => {
    this.setQuery({ ...this.query, text: (event.target as HTMLInputElement).value });
  };

  private handleSelect(key: 'tag' | 'state' | 'year', event: Event): void {
    this.setQuery({ ...this.query, [key]: (event.target as HTMLSelectElement).value });
  }

  /** Clears the query and puts the reader back in the search field, where a new search starts. */
  private readonly handleClear = async (event: Event): Promise<void> => {
    const root = (event.currentTarget as Element).getRootNode() as ParentNode;
    this.setQuery(EMPTY_QUERY);
    await this.host.updateComplete;
    root.querySelector<HTMLElement>('#search')?.focus();
  };

  private select(
    key: 'tag' | 'state' | 'year',
    label: string,
    any: string,
    options: readonly string[],
    name: (value: string) => string,
  ): TemplateResult {
    const id = `filter-${key}`;
    const value = this.query[key];
    // A value from the URL that this feed does not hold stays selectable, so the control tells the truth.
    const values = value && !options.includes(value) ? [...options, value] : options;
    return html`<span class="filter">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        part="filter ${key}-filter"
        .value=${value}
        @change=${(event: Event) => this.handleSelect(key, event)}
      >
        <option value="">${any}</option>
        ${values.map((option) => html`<option value=${option} ?selected=${option === value}>${name(option)}</option>`)}
      </select>
    </span>`;
  }

  /** The toolbar above the list. */
  render(view: ToolbarView): TemplateResult {
    const t = messagesFor(view.lang).search;
    const { tags, states, years } = this.facetsOf(view.releases);
    // A server render is one pass: nothing it starts could show, and Node would keep it running.
    if (!isServer) {
      void this.ready();
      this.indexWhenIdle(view.releases, view.lang);
    }
    const known = view.memberStates?.length ? view.memberStates : BUILT_IN_MEMBER_STATES;
    const stateName = (code: string): string =>
      pickText(known.find((state) => state.code === code)?.name, view.lang) || code;
    const filtering = !isEmptyQuery(this.query);
    const count = filtering
      ? plural(view.lang, t.matches, view.matches)
      : plural(view.lang, t.count, view.releases.length);
    // Busy while a search waits for the search part (a moment, on the first render at most).
    const waiting = this.search === undefined && this.query.text.trim() !== '';
    return html`<div part="toolbar" role="search" aria-label=${t.toolbar} aria-busy=${waiting ? 'true' : 'false'}>
      <span class="filter search">
        <label for="search">${t.label}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${this.query.text}
          @input=${this.handleInput}
        />
      </span>
      ${tags.length ? this.select('tag', t.tag, t.anyTag, tags, (tag) => tag) : nothing}
      ${states.length ? this.select('state', t.state, t.anyState, states, stateName) : nothing}
      ${years.length > 1 || this.query.year ? this.select('year', t.year, t.anyYear, years, (year) => year) : nothing}
      <p part="count" role="status" aria-live="polite" aria-atomic="true">${count}</p>
      ${this.renderOlder(view)}
    </div>`;
  }

  private renderOlder(view: ToolbarView): TemplateResult | typeof nothing {
    const t = messagesFor(view.lang).search;
    if (view.older.loading) {
      return html`<p part="progress" class="older">
        <span class="spinner" aria-hidden="true"></span>
        <span role="status">${plural(view.lang, t.olderLoading, view.older.pages)}</span>
        <button part="stop" @click=${view.onStopOlder}>${t.olderStop}</button>
      </p>`;
    }
    if (!view.older.available) return nothing;
    return html`<p class="older">
      <button part="search-older" @click=${view.onSearchOlder}>${t.older}</button>
    </p>`;
  }

  /** What shows instead of the list when the query lets nothing through. */
  renderNoMatch(lang: Lang): TemplateResult {
    const t = messagesFor(lang).search;
    return html`<div part="no-match">
      <p>${t.noMatch}</p>
      <button part="clear" @click=${this.handleClear}>${t.clear}</button>
    </div>`;
  }
}
