import { adoptStyles, isServer, LitElement, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getConfig } from '../config.js';
import type { CstoEventMap } from '../events.js';
import { drewFirstScreen, firstScreenClicks } from '../data/first-screens.js';
import { isCatalogueSettled, languageOf, settleCatalogue, type Lang } from '../i18n/languages.js';
import { version } from '../version.js';
import type { takeOverHydrating } from './hydrating-takeover.js';
import { warnOnce } from './warn-once.js';

type DetailOf<K extends keyof CstoEventMap> = CstoEventMap[K] extends CustomEvent<infer D> ? D : never;

const warnedTags = new Set<string>();

/**
 * Elements re-render when the `lang` of an ancestor changes (`<html lang>` or a section switched by
 * a site). One observer for the page's light DOM; a `lang` changed inside another component's
 * shadow root is not seen until the element renders again.
 */
const languageWatchers = new Set<CstoElement>();
let documentLangObserver: MutationObserver | undefined;

/** Whether `ancestor` holds `node`, across shadow roots. */
function holds(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null)
    if (current === ancestor) return true;
  return false;
}

function watchDocumentLanguage(element: CstoElement): void {
  languageWatchers.add(element);
  if (documentLangObserver || typeof MutationObserver === 'undefined') return;
  documentLangObserver = new MutationObserver((records) => {
    // An element's own `lang` is a Lit property already; only its ancestors need watching.
    const changed = records.map((record) => record.target);
    for (const el of languageWatchers) if (changed.some((node) => node !== el && holds(node, el))) el.requestUpdate();
  });
  documentLangObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** How far ahead of the viewport a `loading="lazy"` element starts its fetch. */
const LAZY_ROOT_MARGIN = '300px';

/** What takes focus when the focused control disappears, first found first: the state or the content now shown. */
const FOCUS_FALLBACK = ['loading', 'error', 'empty', 'list', 'card', 'count'].map((part) => `[part~="${part}"]`);

declare global {
  /** The takeover of a server render with Lit's hydration support, set by `csto-widgets/hydrate`. */
  var cstoHydratingTakeover: typeof takeOverHydrating | undefined;
}

/**
 * The base of every csto element: typed events, safe registration, language and lazy loading.
 * Not public API (see src/internal/README.md).
 */
export class CstoElement extends LitElement {
  /** The library version that defined this class; a second copy of the same version stays quiet. */
  static readonly libraryVersion = version;

  /**
   * Registers the element under `tag` and returns the class registered (this one, or the subclass below).
   * Nothing happens when this class already holds the tag (the script loaded twice). When another
   * class holds it (another copy of the library) that one stays, with one warning if its version
   * differs. A class already registered under another tag (a page's own name for it) is
   * registered here as a subclass, since a registry takes each constructor once.
   */
  static define<T extends typeof CstoElement>(
    this: T,
    tag: string,
    registry: CustomElementRegistry = customElements,
  ): T {
    const existing = registry.get(tag) as typeof CstoElement | undefined;
    if (existing) {
      if (existing !== this && existing.libraryVersion !== this.libraryVersion && !warnedTags.has(tag)) {
        warnedTags.add(tag);
        console.warn(
          `csto-widgets ${this.libraryVersion}: <${tag}> is already defined by another script; that definition is kept.`,
        );
      }
      return this;
    }
    const elementClass = registry.getName?.(this) ? class extends (this as typeof CstoElement) {} : this;
    registry.define(tag, elementClass);
    return elementClass as T;
  }

  /** UI and date language (`en`, `ru`, `hy`, `be`, `kk`, `ky`, `tg`); else the nearest ancestor's `lang`, the page default, English. */
  // Reflected only when set: an empty `lang` attribute says "language unknown", which would take the
  // element out of its ancestors' language for assistive technology and the page's `:lang()` rules.
  @property({ reflect: true, converter: { toAttribute: (value: string) => value || null } }) override lang = '';

  /** `lazy` waits until the element nears the viewport before it fetches anything. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Whether the element may fetch: at once, or for `lazy` once it has come near the viewport. */
  @state() protected nearViewport = false;

  /**
   * Whether the element came with its shadow root rendered on a server (a declarative shadow root
   * before its first update): its first update takes that over, and its data the state beside it.
   * @internal
   */
  serverRendered = false;

  /**
   * Whether the script tag showed the element's first screen before its code was here (a shadow
   * root the browser rendered, from the same templates and data; not a server render): its first
   * update renders afresh over it in one go.
   * @internal
   */
  renderedAhead = false;

  /** Why the server's render is not to be taken over (the data beside it is unreadable), said once as it is replaced. */
  private serverRenderRefusal?: string;

  private intersectionObserver?: IntersectionObserver;

  override connectedCallback(): void {
    // Before Lit's own: without hydration support, Lit renders into that root beside what it holds.
    if (!isServer && !this.hasUpdated && this.shadowRoot) {
      if (drewFirstScreen(this)) this.renderedAhead = true;
      else this.serverRendered = true;
    }
    super.connectedCallback();
    watchDocumentLanguage(this);
    this.observeViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    languageWatchers.delete(this);
    this.intersectionObserver?.disconnect();
    this.intersectionObserver = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('loading') && this.isConnected) this.observeViewport();
  }

  /**
   * The server's render cannot be taken over (the data beside it is unreadable): the first update
   * renders afresh, with `reason` as the one warning.
   * @internal
   */
  refuseServerRender(reason: string): void {
    this.serverRenderRefusal = reason;
  }

  /**
   * What the first screen needs that is loaded on first use: the element's catalogue, and in
   * subclasses their own code (a feed's toolbar, a badge's endpoint). Undefined when all is here.
   */
  protected firstScreenLoading(): Promise<unknown> | undefined {
    return isCatalogueSettled(this.language) ? undefined : settleCatalogue(this.language);
  }

  /** A server-rendered element (or one rendered ahead) shows that content until its first screen can render: no flash of the fallback. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading =
      (this.serverRendered || this.renderedAhead) && !this.hasUpdated ? this.firstScreenLoading() : undefined;
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    const focused = this.shadowRoot?.activeElement;
    if (this.renderedAhead && !this.hasUpdated) this.takeOverFirstScreen(changed, focused);
    else if (this.serverRendered && !this.hasUpdated) this.takeOverServerRender(changed);
    else super.update(changed);
    // Unless the update focused its replacement itself (a first screen's control, taken over).
    if (focused && !focused.isConnected && !this.shadowRoot?.activeElement) this.keepFocus();
  }

  /**
   * The first update over a first screen the script tag drew: renders afresh, then answers what a
   * reader did there before the code was here. The focused control is focused again, and each button
   * clicked is clicked once (a toggle clicked twice, unanswered, was a reader asking twice), in the
   * element's render: the same part in the same release (the nearest element with an id).
   */
  private takeOverFirstScreen(changed: PropertyValues, focused: Element | null | undefined): void {
    // A link clicked there was followed already; a button was not answered.
    const addressOf = (target: EventTarget | null | undefined, controls: string): string | undefined => {
      const control = target instanceof Element ? target.closest(controls) : null;
      if (!control) return undefined;
      const id = control.parentElement?.closest('[id]')?.id;
      return `${id ? `#${CSS.escape(id)} ` : ''}[part="${control.getAttribute('part')}"]`;
    };
    const clicked = new Set(
      [...(firstScreenClicks.get(this) ?? [])].map((target) => addressOf(target, 'button[part]')),
    );
    firstScreenClicks.delete(this);
    const focus = addressOf(focused, 'button[part],a[part]');
    this.renderAfresh(changed);
    const controlAt = (address: string | undefined): HTMLElement | null | undefined =>
      address ? this.renderRoot.querySelector<HTMLElement>(address) : undefined;
    controlAt(focus)?.focus({ preventScroll: true });
    // After this update: what a click changes goes into the next one.
    void this.updateComplete.then(() => clicked.forEach((address) => controlAt(address)?.click()));
  }

  /**
   * The first update of a server-rendered element. With Lit's hydration support it takes the
   * shadow root over as it is (see hydrating-takeover.ts, which comes with that support). Without
   * it, it renders afresh, from the data beside it.
   */
  private takeOverServerRender(changed: PropertyValues): void {
    if (this.serverRenderRefusal) warnOnce(this.serverRenderRefusal);
    // Lit's hydration support (`csto-widgets/hydrate`) shows in the attributes it makes LitElement observe.
    if (!(this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration')) {
      this.renderAfresh(changed);
      return;
    }
    const takeOver = globalThis.cstoHydratingTakeover;
    // Lit's support loaded without ours (not through `csto-widgets/hydrate`): Lit hydrates, unchecked.
    if (!takeOver) return super.update(changed);
    takeOver({
      tag: this.localName,
      root: this.renderRoot as ShadowRoot,
      refusal: this.serverRenderRefusal,
      renderOptions: this.renderOptions,
      styles: (this.constructor as typeof LitElement).elementStyles,
      update: () => super.update(changed),
      template: () => this.render(),
      render,
      adoptStyles,
      warnOnce,
    });
  }

  /** Replaces what the shadow root holds with the element's own render, in one update: no frame without content. */
  private renderAfresh(changed: PropertyValues): void {
    this.renderRoot.replaceChildren();
    this.renderOptions.renderBefore = null;
    super.update(changed);
  }

  /**
   * The focused control went away with the state it belonged to (Retry, as the reload starts):
   * focus moves to what replaced it, so a keyboard user is not sent back to the top of the page.
   */
  private keepFocus(): void {
    const target = FOCUS_FALLBACK.map((selector) => this.renderRoot.querySelector<HTMLElement>(selector)).find(Boolean);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }

  /** The language this element renders in, resolved now (attributes can change at any time). */
  protected get language(): Lang {
    return languageOf(this, getConfig().lang);
  }

  /** The language of the last render, shown on while the catalogue of a new one loads. */
  private renderedLanguage?: Lang;

  /**
   * Whether the element shows its content, not the fallback it shows while its first catalogue
   * loads: an event saying what is shown waits for it.
   * @internal
   */
  get showsContent(): boolean {
    return this.renderedLanguage !== undefined;
  }

  /**
   * The language to render in: `language`, once its catalogue is here. While it loads (a language
   * loaded on first use) the element renders again when it arrives, and meanwhile keeps the
   * language it showed before, so a switch does not blank it; on a first render, `undefined`: the
   * light-DOM fallback shows rather than a flash of English.
   */
  protected languageToRender(): Lang | undefined {
    const lang = this.language;
    if (isCatalogueSettled(lang)) return (this.renderedLanguage = lang);
    void settleCatalogue(lang).then(() => this.requestUpdate());
    return this.renderedLanguage;
  }

  /**
   * Sends one of the library's events: bubbling and composed, so `document` hears it.
   * @internal
   */
  emit<K extends keyof CstoEventMap>(name: K, detail: DetailOf<K>): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private observeViewport(): void {
    this.intersectionObserver?.disconnect();
    this.intersectionObserver = undefined;
    // Once near, always near: switching to lazy later does not take content away.
    if (this.nearViewport || this.loading !== 'lazy' || typeof IntersectionObserver === 'undefined') {
      this.nearViewport = true;
      return;
    }
    this.intersectionObserver = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.nearViewport = true;
        this.intersectionObserver?.disconnect();
        this.intersectionObserver = undefined;
      },
      { rootMargin: LAZY_ROOT_MARGIN },
    );
    this.intersectionObserver.observe(this);
  }
}
