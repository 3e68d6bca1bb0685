import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EndpointError, type MemberState } from '../../data/release.js';
import { sectionOf } from '../../i18n/languages.js';
import enFeedStates from '../../i18n/messages/en/feed-states.js';
import { CstoElement } from '../../internal/csto-element.js';
import { loadEndpoint, loadedEndpoint } from '../../internal/on-demand/endpoint.js';
import { loadedMemberStatesReader, loadMemberStatesReader } from '../../internal/on-demand/member-states-reader.js';
import { errorState, loadingState } from '../../internal/state-templates.js';
import { TooltipController } from '../../internal/tooltip-controller.js';
import { warnOnce } from '../../internal/warn-once.js';
import { renderStates, tipId, type TipHandlers } from './badge-templates.js';
import { memberStatesToShow } from './member-state-list.js';
import { memberStatesBadgeSheets } from './member-states-badge.styles.js';

/** Time the pointer has to move from a state onto its tooltip (WCAG 1.4.13: hoverable). */
const HIDE_DELAY_MS = 150;

/**
 * The CSTO member states taking part in something, as flags, codes or a count, each with a tooltip
 * that names it in full in the reader's language.
 *
 * @summary Member states as flags, codes or a count, with tooltips.
 * @tag member-states-badge
 *
 * @fires csto-load - With `src`: the endpoint answered. `detail: { releases, skipped }`.
 * @fires csto-error - With `src`: the endpoint failed. `detail: { kind, message, status? }`.
 *
 * @slot - Fallback content: shown while the endpoint loads, and kept when scripts are off or it fails.
 *
 * @csspart list - The list of states (`flags` and `codes`).
 * @csspart state - One state: focusable, described by its tooltip. Also `state-suspended` or `state-observer` for a state that is not a full member.
 * @csspart flag - The flag of a state (inline SVG, or an `<img>` when the data gives a `flag` URL).
 * @csspart code - The ISO code of a state (`codes` variant, or a state without a flag).
 * @csspart mark - The text mark of a suspended or observer state.
 * @csspart count - The "6 member states" text of the `count` variant: focusable, its tooltip lists the states.
 * @csspart tooltip - A tooltip (`role="tooltip"`).
 * @csspart tooltip-status - The line of a tooltip that says a state is suspended or an observer.
 * @csspart loading - The loading message.
 * @csspart error - The error message block (`role="alert"`).
 * @csspart retry - The retry button in the error state.
 * @csspart empty - The message shown when no state is listed.
 *
 * @cssprop [--csto-color=inherit] - Text colour.
 * @cssprop [--csto-font=inherit] - Font shorthand.
 * @cssprop [--csto-radius=0.5rem] - Corner radius of tooltips and buttons.
 * @cssprop [--csto-border-color=currentColor 18%] - Colour of borders.
 * @cssprop [--csto-muted-color=currentColor] - Colour of state messages.
 * @cssprop [--csto-focus-color=currentColor] - Colour of the focus ring.
 * @cssprop [--csto-floating-background=Canvas] - Background of tooltips and popovers.
 * @cssprop [--csto-floating-color=CanvasText] - Text colour of tooltips and popovers.
 * @cssprop [--csto-member-states-badge-flag-height=1em] - Height of a flag (its width is 1.5 times that).
 * @cssprop [--csto-member-states-badge-gap=0.35em] - Space between states.
 */
export class MemberStatesBadge extends CstoElement {
  static override styles = memberStatesBadgeSheets;

  /** The endpoint's code, loaded with the first `src`: the built-in list needs no data layer. */
  private endpointModule = loadedEndpoint();
  /** A badge made once that code is here (a later badge, a server render) has its endpoint from the start. */
  private endpointController = this.endpointModule && new this.endpointModule.EndpointController(this);
  private readonly tooltips = new TooltipController(this, 'top');

  /** The state whose tooltip shows (its code), `all` for the count's, or none. */
  @state() private activeTip?: string;
  /** Why the endpoint code could not be loaded (offline, a copy of the script without its parts); Retry tries again. */
  @state() private endpointPartError?: EndpointError;
  /** `memberStates` as handed over, read like an endpoint's: a handed-over flag URL is no safer. */
  @state() private ownStates?: readonly MemberState[];
  /** Why the code that reads handed-over `memberStates` could not be loaded; Retry tries again. */
  @state() private readerPartError?: EndpointError;

  private hideTimer?: ReturnType<typeof setTimeout>;
  private endpointRequested = false;

  /** URL of a JSON endpoint whose `memberStates` list the states (and name those the library does not know); without it, the built-in list. */
  @property() src?: string;

  /** Space-separated ISO 3166-1 alpha-2 codes, in the order to show; default: every member state. */
  @property() states?: string;

  /** `flags` (default), `codes`, or `count` ("6 member states"). */
  @property({ reflect: true }) variant: 'flags' | 'codes' | 'count' = 'flags';

  /** Member states to name the codes with instead of loading `src` (an element that already has them passes them on). */
  @property({ attribute: false }) memberStates?: readonly MemberState[];

  /** @internal The endpoint in force: `src`, unless the states were handed over. */
  get endpoint(): string | undefined {
    return this.memberStates ? undefined : this.src || undefined;
  }

  /** @internal */
  get mayLoad(): boolean {
    return this.nearViewport;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attachEndpoint();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hideTimer);
    document.removeEventListener('keydown', this.handleDocumentKeydown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const read = loadedMemberStatesReader();
    if (changed.has('memberStates') || (this.memberStates && !this.ownStates)) {
      this.ownStates = this.memberStates && read ? read(this.memberStates) : undefined;
    }
    // Handed over before the element upgraded: Lit sets such a property only now, after
    // scheduleUpdate looked, so this update shows nothing yet and the next one reads them.
    if (this.memberStates && !read && !this.readerPartError) void this.readerLoaded().then(() => this.requestUpdate());
    if (this.endpoint) this.requestEndpoint();
  }

  /**
   * Handed-over `memberStates` wait for the code that reads them (loaded with the first such list
   * on the page) before the update that would show them: what was shown stays until then, so
   * neither the built-in list nor a loading state flashes.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.memberStates || loadedMemberStatesReader()) return super.scheduleUpdate();
    return this.readerLoaded().then(() => super.scheduleUpdate());
  }

  /**
   * A badge whose first screen the script tag drew keeps it until states handed over before it
   * upgraded can be read: its takeover never shows less than that screen did.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const waitForReader =
      this.renderedAhead &&
      !this.hasUpdated &&
      this.memberStates &&
      !loadedMemberStatesReader() &&
      !this.readerPartError;
    if (!waitForReader) return super.shouldUpdate(changed);
    void this.readerLoaded().then(() => this.requestUpdate());
    return false;
  }

  /** Loads the reader of handed-over states; if it cannot be loaded, the badge says so and sends `csto-error`. */
  private readerLoaded(): Promise<void> {
    this.readerPartError = undefined;
    return loadMemberStatesReader().then(
      () => undefined,
      (error: unknown) => {
        warnOnce('the member-states reader could not be loaded; a badge with `memberStates` shows an error.', error);
        this.readerPartError = new EndpointError('network', 'The member-states reader could not be loaded.');
        this.emit('csto-error', { kind: 'network', message: this.readerPartError.message });
      },
    );
  }

  /** Loads the endpoint controller, once; it then loads `src` as in every element. */
  private requestEndpoint(): void {
    if (this.endpointRequested) return;
    this.endpointRequested = true;
    this.endpointPartError = undefined;
    loadEndpoint().then(
      (module) => {
        this.endpointModule = module;
        this.attachEndpoint();
      },
      (error: unknown) => {
        warnOnce('the endpoint part could not be loaded; a badge with `src` shows an error.', error);
        this.endpointRequested = false;
        this.endpointPartError = new EndpointError('network', 'The endpoint part could not be loaded.');
        this.emit('csto-error', { kind: 'network', message: this.endpointPartError.message });
      },
    );
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('activeTip')) return;
    const tooltip = this.activeTip ? this.renderRoot.querySelector<HTMLElement>(`#${tipId(this.activeTip)}`) : null;
    const anchor = this.activeTip
      ? this.renderRoot.querySelector<HTMLElement>(`[aria-describedby="${tipId(this.activeTip)}"]`)
      : null;
    if (tooltip && anchor) {
      this.tooltips.show(anchor, tooltip);
      document.addEventListener('keydown', this.handleDocumentKeydown);
    } else {
      this.tooltips.hide();
      document.removeEventListener('keydown', this.handleDocumentKeydown);
    }
  }

  /** @internal Also the endpoint's code with `src`, for a server-rendered badge's first update. */
  protected override firstScreenLoading(): Promise<unknown> | undefined {
    const catalogue = super.firstScreenLoading();
    if (!this.endpoint || this.endpointModule) return catalogue;
    const endpoint = loadEndpoint().then(
      (module) => {
        this.endpointModule = module;
        this.attachEndpoint();
      },
      // The first update tries again, and shows the error if it fails again.
      () => undefined,
    );
    return Promise.all([catalogue, endpoint]);
  }

  /** Starts the endpoint once its code is here, on the page: a badge removed meanwhile starts no request. */
  private attachEndpoint(): void {
    if (this.endpointController || !this.endpointModule || !this.isConnected) return;
    this.endpointController = new this.endpointModule.EndpointController(this);
    this.requestUpdate();
  }

  /** The states' source: handed over, from the endpoint, or (undefined) the built-in list. */
  private get endpointStates(): readonly MemberState[] | undefined {
    return this.ownStates ?? this.endpointController?.feed?.memberStates;
  }

  private readonly tipHandlers: TipHandlers = {
    show: (key) => this.showTip(key),
    scheduleHide: () => this.scheduleHide(),
    hide: () => this.handleBlur(),
  };

  private showTip(key: string): void {
    clearTimeout(this.hideTimer);
    this.activeTip = key;
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => (this.activeTip = undefined), HIDE_DELAY_MS);
  }

  private handleBlur(): void {
    clearTimeout(this.hideTimer);
    this.activeTip = undefined;
  }

  // An arrow function: added to and removed from `document` as the same listener.
  private readonly handleDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.activeTip) return;
    clearTimeout(this.hideTimer);
    this.activeTip = undefined;
  };

  private handleRetry(): void {
    if (this.memberStates) this.requestUpdate();
    else if (this.endpointController) this.endpointController.reload();
    else this.requestEndpoint();
  }

  override render(): TemplateResult {
    const lang = this.languageToRender();
    if (!lang) return html`<slot></slot>`;
    if (this.memberStates && !this.ownStates) {
      return this.readerPartError ? errorState(this.readerPartError, lang, this.handleRetry) : html`<slot></slot>`;
    }
    if (this.endpoint && !this.endpointController?.feed) {
      const error = this.endpointController ? this.endpointController.failure : this.endpointPartError;
      if (error instanceof EndpointError) return errorState(error, lang, this.handleRetry);
      return loadingState(sectionOf(lang, 'feed', enFeedStates).loading);
    }
    return renderStates(memberStatesToShow(this.states, this.endpointStates), lang, this.variant, this.tipHandlers);
  }
}
