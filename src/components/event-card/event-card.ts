import { TaskStatus } from '@lit/task';
import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getConfig } from '../../config.js';
import { readHandedMemberStates } from '../../data/handed-member-states.js';
import { readEvent } from '../../data/normalise.js';
import { EndpointError, type CstoEvent, type Release } from '../../data/release.js';
import { messagesFor, type Lang } from '../../i18n/index.js';
import { CstoElement } from '../../internal/csto-element.js';
import { EndpointController } from '../../internal/endpoint-controller.js';
import { FloatingController } from '../../internal/floating-controller.js';
import { loadCalendarFile, type CalendarFileModule } from '../../internal/on-demand/calendar-file.js';
import { keepMemberStatesReader } from '../../internal/on-demand/member-states-reader.js';
import { warnOnce } from '../../internal/warn-once.js';
import { cancelConfigurationCheck, checkConfiguration } from '../../internal/missing-configuration.js';
import { errorState, loadingState } from '../../internal/state-templates.js';
import { eventCardSheets } from './event-card.styles.js';
import { nextStatusChange } from './event-status.js';
import { cardPermalink, cardTime, DETAILS_ID, releaseToShow, renderCard } from './card-templates.js';

/** Starts loading the `.ics` writer before the click that needs it; a failure shows on that click. */
const preloadCalendarFile = (): void => void loadCalendarFile().catch(() => {});
/** Margin after a status change or midnight before re-rendering, so the clock has surely passed it. */
const TIMER_SLACK_MS = 50;

const NOTHING_TO_SHOW =
  '<event-card> has nothing to show. Give it `src` (and `release-id` to pick a release), a `release-id` with a ' +
  'page endpoint (`data-endpoint` on the script tag, or `CstoWidgets.configure({ endpoint })`), the `event` ' +
  'property, or the `name` and `start` attributes.';

const nextLocalMidnight = (now: Date): Date => new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);

/**
 * One event (a training, a session, consultations): its name, dates, place, status against today
 * and the member states taking part, with a details popover and an "add to calendar" download.
 *
 * Data comes, in this order of precedence, from the `event` property, from `src` + `release-id`
 * (the `event` of that release; without `release-id`, the first release that has one), or from
 * the attributes `name`, `start`, `end`, `location`, `kind` and `states`.
 *
 * @summary An event of the press releases, with its status, states, details and a calendar file.
 * @tag event-card
 *
 * @fires csto-load - With `src`: the endpoint answered. `detail: { releases, skipped }`.
 * @fires csto-error - The endpoint failed, or the `event` property holds no readable event. `detail: { kind, message, status? }`.
 * @fires csto-select - A reader opened the details of an event from `src`. `detail: { release }`.
 *
 * @slot - Fallback content: shown until the event is known, and kept when scripts are off or the endpoint fails.
 *
 * @csspart card - The card (`<article>`).
 * @csspart heading - The heading that holds the name.
 * @csspart name - The event's name.
 * @csspart kind - What kind of event it is.
 * @csspart dates - The date range (`<time datetime>` with the start).
 * @csspart location - Where it takes place.
 * @csspart status - Upcoming, under way or completed, with a relative hint; also `status-upcoming`, `status-ongoing` or `status-completed`.
 * @csspart relative - The relative hint in the status ("in 3 days").
 * @csspart participants - The nested `<member-states-badge>`; its `state`, `flag`, `code` and `tooltip` parts are exported.
 * @csspart actions - The row of buttons.
 * @csspart details-button - The button that opens the details popover.
 * @csspart calendar - The "add to calendar" button, which downloads an `.ics` file.
 * @csspart details - The details popover (`role="dialog"`, non-modal).
 * @csspart details-list - The list of facts in the popover.
 * @csspart summary - The summary of the release, in the popover (with `src`).
 * @csspart close - The button that closes the popover.
 * @csspart permalink - With `src`: the link to the release in a `<news-feed>` (see `feed-page` and `feed-id`).
 * @csspart loading - The loading message.
 * @csspart error - The error message block (`role="alert"`).
 * @csspart retry - The retry button in the error state.
 * @csspart empty - The message shown when there is no event to show.
 *
 * @cssprop [--csto-accent=currentColor] - Colour of the status mark of an ongoing event.
 * @cssprop [--csto-color=inherit] - Text colour.
 * @cssprop [--csto-font=inherit] - Font shorthand.
 * @cssprop [--csto-line-height=1.5] - Line height.
 * @cssprop [--csto-radius=0.5rem] - Corner radius of the card, the popover and buttons.
 * @cssprop [--csto-gap=1rem] - Space between blocks.
 * @cssprop [--csto-surface=transparent] - Background of the card and buttons.
 * @cssprop [--csto-border-color=currentColor 18%] - Colour of borders.
 * @cssprop [--csto-muted-color=currentColor] - Colour of dates, place and state messages.
 * @cssprop [--csto-focus-color=currentColor] - Colour of the focus ring.
 * @cssprop [--csto-floating-background=Canvas] - Background of the popover and tooltips.
 * @cssprop [--csto-floating-color=CanvasText] - Text colour of the popover and tooltips.
 * @cssprop [--csto-event-card-padding=1rem] - Padding inside the card.
 * @cssprop [--csto-event-card-name-size=1.125em] - Size of the event's name.
 */
export class EventCard extends CstoElement {
  static override styles = eventCardSheets;

  private readonly endpointController = new EndpointController(this);
  private readonly floating = new FloatingController(this, { placement: 'bottom-start', gap: 6 });

  /** Whether the details popover is open. */
  @state() private detailsOpen = false;
  /** The event of the `event` property or the attributes, or why it could not be read. */
  @state() private ownEvent?: CstoEvent | EndpointError;

  private statusTimer?: ReturnType<typeof setTimeout>;
  private focusButtonOnClose = false;

  /** URL of the JSON endpoint, relative to the page. With `release-id` and no `src`: the page default. */
  @property() src?: string;

  /** Id of the release whose event to show; without it, the first release that has an event. */
  @property({ attribute: 'release-id' }) releaseId?: string;

  /** The event to show: a `CstoEvent`, or an event as an endpoint writes it (`{ name, start, end?, ... }`). */
  @property({ attribute: false }) event?: unknown;

  /** The event's name (with `start`, instead of `src` or `event`). */
  @property() name = '';

  /** First day (`2024-09-03`, `03.09.2024`) or start instant (ISO 8601). */
  @property() start = '';

  /** Last day (inclusive) or end instant. */
  @property() end = '';

  /** Where the event takes place. */
  @property() location = '';

  /** What kind of event it is ("joint tactical and special training"). */
  @property() kind = '';

  /** Space-separated ISO codes of the member states taking part. */
  @property() states = '';

  /** Pins "now" (ISO 8601) for the status, as stories and tests need; by default the real clock, kept current. */
  @property() now = '';

  /** Level of the event's heading, 1–6, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** URL of the page whose `<news-feed>` the permalink opens on the release (default: this page). */
  @property({ attribute: 'feed-page' }) feedPage = '';

  /** `id` of that `<news-feed>`, when it has one. */
  @property({ attribute: 'feed-id' }) feedId = '';

  /** @internal The endpoint in force, unless the `event` property is set. */
  get endpoint(): string | undefined {
    if (this.event !== undefined) return undefined;
    return this.src || (this.releaseId ? getConfig().endpoint : undefined) || undefined;
  }

  /** @internal */
  get mayLoad(): boolean {
    return this.nearViewport;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The card carries the normaliser: its participants' badge reads the endpoint's states at once.
    keepMemberStatesReader(readHandedMemberStates);
    // The status timer stopped while the card was away from the page; the next render restarts it.
    this.requestUpdate();
    checkConfiguration(
      this,
      () => Boolean(this.endpoint || this.event !== undefined || this.name || this.start),
      NOTHING_TO_SHOW,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.statusTimer);
    cancelConfigurationCheck(this);
    this.detailsOpen = false;
    this.listenOutside(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const fields = ['event', 'name', 'start', 'end', 'location', 'kind', 'states'] as const;
    if (fields.some((field) => changed.has(field))) this.ownEvent = this.readOwnEvent();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('ownEvent') && this.ownEvent instanceof EndpointError && this.event !== undefined) {
      this.emit('csto-error', { kind: 'format', message: this.ownEvent.message });
    }
    if (changed.has('detailsOpen')) this.placeDetails();
    this.scheduleStatusUpdate();
  }

  private readOwnEvent(): CstoEvent | EndpointError | undefined {
    if (this.event === undefined && !this.name && !this.start) return undefined;
    const source = this.event ?? {
      name: this.name,
      start: this.start,
      end: this.end,
      location: this.location,
      kind: this.kind,
      memberStates: this.states,
    };
    return readEvent(source) ?? new EndpointError('format', 'The event needs a name and a readable start date.');
  }

  /** The release the event comes from, with `src`. */
  private get release(): Release | undefined {
    if (!this.endpoint) return undefined;
    return releaseToShow(this.endpointController.feed?.releases ?? [], this.releaseId);
  }

  private get shownEvent(): CstoEvent | undefined {
    if (this.endpoint) return this.release?.event;
    return this.ownEvent instanceof EndpointError ? undefined : this.ownEvent;
  }

  /** Re-renders when the status or the day-granular hint next changes (not when `now` is pinned). */
  private scheduleStatusUpdate(): void {
    clearTimeout(this.statusTimer);
    this.statusTimer = undefined;
    const event = this.shownEvent;
    if (!event || this.now || !this.isConnected) return;
    const now = new Date();
    const change = nextStatusChange(event, now);
    const midnight = nextLocalMidnight(now);
    const next = change && change < midnight ? change : midnight;
    this.statusTimer = setTimeout(() => this.requestUpdate(), next.getTime() - now.getTime() + TIMER_SLACK_MS);
  }

  private get detailsButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('[part~="details-button"]');
  }

  private get detailsPanel(): HTMLElement | null {
    return this.renderRoot.querySelector(`#${DETAILS_ID}`);
  }

  private placeDetails(): void {
    const button = this.detailsButton;
    const panel = this.detailsPanel;
    if (this.detailsOpen && button && panel) {
      // Opened upwards, the details go above the card rather than over it.
      this.floating.show(button, panel, this.renderRoot.querySelector('[part~="card"]') ?? undefined);
      panel.focus();
      this.listenOutside(true);
      return;
    }
    this.floating.hide();
    this.listenOutside(false);
    if (this.focusButtonOnClose) button?.focus();
    this.focusButtonOnClose = false;
  }

  private listenOutside(on: boolean): void {
    if (on) {
      document.addEventListener('keydown', this.handleDocumentKeydown);
      document.addEventListener('click', this.handleDocumentClick, true);
    } else {
      document.removeEventListener('keydown', this.handleDocumentKeydown);
      document.removeEventListener('click', this.handleDocumentClick, true);
    }
  }

  private closeDetails(focusButton: boolean): void {
    this.focusButtonOnClose = focusButton;
    this.detailsOpen = false;
  }

  private handleDetailsToggle(): void {
    if (this.detailsOpen) {
      this.closeDetails(true);
      return;
    }
    this.detailsOpen = true;
    const release = this.release;
    if (release) this.emit('csto-select', { release });
  }

  // Arrow functions: added to and removed from `document` as the same listeners.
  private readonly handleDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.detailsOpen) this.closeDetails(true);
  };

  // A click, not a pointerdown: by then the browser has moved focus to what was clicked, so the
  // button gets it back only when it fell to <body> (a click on text), never from a link or a field.
  private readonly handleDocumentClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    const panel = this.detailsPanel;
    const button = this.detailsButton;
    if ((panel && path.includes(panel)) || (button && path.includes(button))) return;
    const active = document.activeElement;
    this.closeDetails(!active || active === document.body || active === this);
  };

  /**
   * Writes the event as an `.ics` file and downloads it. The writer loads on first use (most
   * readers never add an event to a calendar); pointing at or focusing the button starts that load.
   */
  private async handleCalendar(event: CstoEvent, lang: Lang): Promise<void> {
    let calendar: CalendarFileModule;
    try {
      calendar = await loadCalendarFile();
    } catch (error) {
      warnOnce('the calendar file part could not be loaded; "Add to calendar" does nothing.', error);
      return;
    }
    calendar.downloadEvent(event, lang, this.release, this.renderRoot);
  }

  private handleRetry(): void {
    this.endpointController.reload();
  }

  override render(): TemplateResult {
    const lang = this.languageToRender();
    if (!lang) return html`<slot></slot>`;
    const t = messagesFor(lang).event;
    const task = this.endpointController.task;
    const event = this.shownEvent;
    if (event) {
      const release = this.release;
      return renderCard(event, {
        lang,
        headingLevel: this.headingLevel,
        now: cardTime(this.now),
        release,
        memberStates: this.endpointController.feed?.memberStates,
        permalink: release && cardPermalink(this.feedPage, this.feedId, release, isServer),
        detailsOpen: this.detailsOpen,
        on: {
          toggleDetails: () => this.handleDetailsToggle(),
          closeDetails: () => this.closeDetails(true),
          addToCalendar: () => void this.handleCalendar(event, lang),
          preloadCalendar: preloadCalendarFile,
        },
      });
    }
    if (!this.endpoint) {
      return this.ownEvent
        ? html`<p part="empty">${t.empty}</p>
            <slot></slot>`
        : html`<slot></slot>`;
    }
    if (this.endpointController.feed)
      return html`<p part="empty">${t.notFound}</p>
        <slot></slot>`;
    if (task.status === TaskStatus.ERROR && task.error instanceof EndpointError)
      return errorState(task.error, lang, this.handleRetry);
    return loadingState(t.loading);
  }
}
