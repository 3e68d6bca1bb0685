import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import manifestJson from '../dist/custom-elements.json' with { type: 'json' };
import { pickText } from '../src/data/text.js';
import { LANGS } from '../src/i18n/index.js';
import { LANGUAGE_NAMES } from '../src/i18n/language-names.js';
import {
  CODE_TABS,
  ELEMENT_TAGS,
  PREVIEW_WIDTHS,
  UI_LANGS,
  stateFromQuery,
  stateToQuery,
  type BuilderState,
  type CodeTab,
  type ElementTag,
  type Theme,
} from './builder-state.js';
import { AA_TEXT, composite, contrastRatio, parseColor, type Rgba } from './contrast.js';
import { attributeOptions, type AttributeOption, type Manifest } from './element-options.js';
import { chosenAttributes, elementMarkup, embedSnippets, themeCss } from './embed-code.js';
import { builderMessages, type BuilderMessages } from './messages.js';
import { checkSource, type SourceCheck } from './source-check.js';

declare const __CSTO_VERSION__: string | undefined;
declare const __CSTO_SCRIPT_INTEGRITY__: string | undefined;

const manifest = manifestJson as unknown as Manifest;
const version = typeof __CSTO_VERSION__ === 'string' ? __CSTO_VERSION__ : '0.0.0-dev';
const integrity = typeof __CSTO_SCRIPT_INTEGRITY__ === 'string' ? __CSTO_SCRIPT_INTEGRITY__ : '';

/** Attributes with a control of their own elsewhere in the form. */
const OWN_CONTROLS = new Set(['src', 'lang', 'layout', 'release-id']);
/** How long typing in the endpoint field pauses before the endpoint is checked. */
const CHECK_DELAY_MS = 500;
const MAX_PREVIEW_HEIGHT = 560;
const MAX_FINDINGS_SHOWN = 8;

const FONTS: Readonly<Record<string, string>> = {
  sans: '1em system-ui, sans-serif',
  serif: '1em Georgia, "Times New Roman", serif',
  mono: '0.95em ui-monospace, monospace',
};
const RADII = ['', '0', '0.25rem', '0.5rem', '1rem'];
/** The preview's plain host page, light and dark (configurator/preview.html). */
const HOST_PAGE = {
  light: { background: '#ffffff', text: '#1b2330' },
  dark: { background: '#121417', text: '#e8eaed' },
};
/** What the preview frame is told to show (configurator/preview.ts). */
export interface PreviewMessage {
  readonly type: 'csto-preview';
  readonly markup: string;
  readonly css: string;
  readonly dark: boolean;
}

/** A CSS colour as RGBA, resolved the way the browser reads it; undefined when it is not a colour. */
function resolveColour(value: string): Rgba | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  // An invalid value leaves fillStyle as it was: two different starting points tell it apart.
  context.fillStyle = '#000';
  context.fillStyle = value;
  const first = String(context.fillStyle);
  context.fillStyle = '#fff';
  context.fillStyle = value;
  return first === String(context.fillStyle) ? parseColor(first) : undefined;
}

/**
 * The embed builder: a webmaster chooses an endpoint, an element and a look, sees the real element
 * live, and copies code that works. Renders into the page (light DOM): it is the page.
 * Registered by `main.ts` as `<csto-embed-builder>`.
 */
export class EmbedBuilder extends LitElement {
  @query('iframe') private previewFrame?: HTMLIFrameElement;

  @state() private state: BuilderState = stateFromQuery(location.search);
  /** The endpoint field as typed, checked once typing pauses. */
  @state() private draftSrc = this.state.src;
  @state() private copyStatus: '' | 'copied' | 'failed' = '';
  @state() private previewHeight = 320;

  /** The sample data, relative to this page: used when the endpoint field is empty. */
  @property({ attribute: 'sample-src' }) sampleSrc = '../demo/data/releases.json';

  private checkTimer?: ReturnType<typeof setTimeout>;

  private readonly check = new Task<[string], SourceCheck>(this, {
    task: ([url], { signal }) => checkSource(url, signal),
    args: () => [this.endpointUrl],
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.handleFrameMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.handleFrameMessage);
    clearTimeout(this.checkTimer);
  }

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('state')) return;
    const query = stateToQuery(this.state);
    if (query !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    document.documentElement.lang = this.state.ui;
    document.title = this.t.title;
    this.sendPreview();
  }

  private get t(): BuilderMessages {
    return builderMessages[this.state.ui];
  }

  /** The endpoint as an absolute URL: what the element is given, wherever the code is pasted. */
  private get endpointUrl(): string {
    try {
      return new URL(this.state.src.trim() || this.sampleSrc, location.href).href;
    } catch {
      return this.state.src.trim();
    }
  }

  private get options(): AttributeOption[] {
    return attributeOptions(manifest, this.state.element);
  }

  private get feed() {
    const result = this.check.value;
    return result?.ok ? result.feed : undefined;
  }

  private patch(patch: Partial<BuilderState>): void {
    this.state = { ...this.state, ...patch };
  }

  private setAttributeValue(name: string, value: string): void {
    this.patch({ attributes: { ...this.state.attributes, [name]: value } });
  }

  private setTheme(key: keyof Theme, value: string): void {
    this.patch({ theme: { ...this.state.theme, [key]: value } });
  }

  private readonly handleFrameMessage = (event: MessageEvent): void => {
    if (event.source !== this.previewFrame?.contentWindow) return;
    const data = event.data as { type?: string; height?: number };
    if (data.type === 'csto-preview-ready') this.sendPreview();
    if (data.type === 'csto-preview-height' && typeof data.height === 'number') {
      // Tall content scrolls inside the frame, so the code stays in reach.
      this.previewHeight = Math.min(Math.max(160, Math.ceil(data.height)), MAX_PREVIEW_HEIGHT);
    }
  };

  private handleEndpointInput(event: Event): void {
    this.draftSrc = (event.target as HTMLInputElement).value;
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.commitEndpoint(), CHECK_DELAY_MS);
  }

  private commitEndpoint(): void {
    clearTimeout(this.checkTimer);
    if (this.draftSrc.trim() === this.state.src) return;
    this.patch({ src: this.draftSrc.trim(), attributes: {} });
  }

  private handleCheck(event: Event): void {
    event.preventDefault();
    if (this.draftSrc.trim() === this.state.src) void this.check.run();
    else this.commitEndpoint();
  }

  private handleTabKey(event: KeyboardEvent): void {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -CODE_TABS.length, End: CODE_TABS.length }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const index = Math.min(Math.max(CODE_TABS.indexOf(this.state.tab) + step, 0), CODE_TABS.length - 1);
    this.patch({ tab: CODE_TABS[index]! });
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${CODE_TABS[index]}`)?.focus());
  }

  private async handleCopy(): Promise<void> {
    const code = this.snippets()[this.state.tab];
    try {
      await navigator.clipboard.writeText(code);
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = this.copyBySelection() ? 'copied' : 'failed';
    }
  }

  /** Where the async clipboard is refused (no permission, an insecure origin): the older way. */
  private copyBySelection(): boolean {
    const code = this.querySelector('#embed-code-text');
    if (!code) return false;
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand('copy');
  }

  private elementValues(): Record<string, string> {
    return { ...this.state.attributes, src: this.endpointUrl, lang: this.state.lang };
  }

  private snippets(): Record<CodeTab, string> {
    const tag = this.state.element;
    return embedSnippets({
      tag,
      attributes: chosenAttributes(this.options, this.elementValues()),
      css: themeCss(tag, this.state.theme),
      version,
      integrity,
    });
  }

  private sendPreview(): void {
    const frame = this.previewFrame?.contentWindow;
    if (!frame) return;
    const tag = this.state.element;
    const attributes = chosenAttributes(this.options, this.elementValues());
    const message: PreviewMessage = {
      type: 'csto-preview',
      markup: elementMarkup(tag, attributes),
      css: themeCss(tag, this.state.theme),
      dark: this.state.dark,
    };
    frame.postMessage(message, location.origin);
  }

  private contrastWarnings(): string[] {
    const { theme, dark } = this.state;
    const t = this.t;
    const page = dark ? HOST_PAGE.dark : HOST_PAGE.light;
    const pageBackground = parseColor(page.background)!;
    const warnings: string[] = [];
    const colour = (value: string): Rgba | undefined => {
      if (!value.trim()) return undefined;
      const resolved = resolveColour(value);
      if (!resolved) warnings.push(t.unknownColour(value));
      return resolved;
    };
    const surface = colour(theme.surface);
    const accent = colour(theme.accent);
    const background = surface ? composite(surface, pageBackground) : pageBackground;
    const ratio = (a: Rgba): string => contrastRatio(composite(a, background), background).toFixed(2);
    if (accent && Number(ratio(accent)) < AA_TEXT) warnings.push(t.contrastWarning(t.contrastOf.accent, ratio(accent)));
    const text = parseColor(page.text)!;
    if (surface && Number(ratio(text)) < AA_TEXT) warnings.push(t.contrastWarning(t.contrastOf.text, ratio(text)));
    return warnings;
  }

  private renderCheck(): TemplateResult {
    const t = this.t;
    return this.check.render({
      initial: () => html``,
      pending: () => html`<p>${t.checking}</p>`,
      error: () => html`<p class="problem">${t.errors.network}</p>`,
      complete: (result) => {
        if (!result.ok) {
          const { kind, status } = result;
          const message =
            kind === 'http'
              ? t.errors.http(status ?? 0)
              : kind === 'cors'
                ? t.errors.cors(location.origin)
                : t.errors[kind as Exclude<typeof kind, 'http' | 'cors'>];
          return html`<p class="problem">${message}</p>
            ${this.renderFindings(
              t.skippedTitle,
              result.skippedItems.map((item) => t.skippedItem(item.index, item.reason)),
            )}`;
        }
        const { feed, format, skippedItems, warnings } = result;
        const source = this.state.src.trim() ? '' : `${t.sampleData}: `;
        const read = feed.releases.length
          ? html`<p class="fine">
              ${source}${t.read(format ? t.formats[format] : '', feed.releases.length, feed.skipped)}
            </p>`
          : html`<p class="problem">${t.empty}</p>`;
        return html`${read}
        ${this.renderFindings(
          t.skippedTitle,
          skippedItems.map((item) => t.skippedItem(item.index, item.reason)),
        )}
        ${this.renderFindings(
          t.warningsTitle,
          warnings.map((warning) => warning.message),
        )}`;
      },
    });
  }

  /** A short list of what a publisher should know; the command line has the whole of it. */
  private renderFindings(title: string, findings: readonly string[]): unknown {
    if (!findings.length) return nothing;
    const shown = findings.slice(0, MAX_FINDINGS_SHOWN);
    return html`<p class="findings-title">${title}</p>
      <ul class="findings">
        ${shown.map((finding) => html`<li>${finding}</li>`)}
        ${findings.length > shown.length ? html`<li>${this.t.andMore(findings.length - shown.length)}</li>` : nothing}
      </ul>`;
  }

  private renderControl(option: AttributeOption): TemplateResult {
    const t = this.t;
    const id = `attribute-${option.name}`;
    const hintId = `${id}-hint`;
    const value = this.state.attributes[option.name] ?? '';
    const hint = html`<small id=${hintId}>${option.description} ${t.defaultValue(option.default)}</small>`;
    const onInput = (event: Event): void =>
      this.setAttributeValue(option.name, (event.target as HTMLInputElement).value);
    if (option.kind === 'boolean') {
      return html`<div class="control check">
        <input
          type="checkbox"
          id=${id}
          aria-describedby=${hintId}
          .checked=${value === 'true'}
          @change=${(event: Event) => this.setAttributeValue(option.name, (event.target as HTMLInputElement).checked ? 'true' : '')}
        />
        <label for=${id}><code>${option.name}</code></label>
        ${hint}
      </div>`;
    }
    const dataChoices = this.dataChoices(option.name);
    const choices = option.kind === 'choice' ? option.choices.map((choice) => [choice, choice] as const) : dataChoices;
    const field = choices
      ? html`<select id=${id} aria-describedby=${hintId} @change=${onInput}>
          <option value="" ?selected=${value === ''}>
            ${option.kind === 'choice' ? t.defaultValue(option.default) : t.none}
          </option>
          ${choices.map(([choice, label]) => html`<option value=${choice} ?selected=${value === choice}>${label}</option>`)}
        </select>`
      : html`<input
          id=${id}
          type=${option.kind === 'number' ? 'number' : 'text'}
          aria-describedby=${hintId}
          placeholder=${option.default}
          .value=${value}
          @input=${onInput}
        />`;
    return html`<div class="control">
      <label for=${id}><code>${option.name}</code></label
      >${field}${hint}
    </div>`;
  }

  /** Choices the data offers for an attribute: its tags, member states, releases with an event. */
  private dataChoices(name: string): (readonly [string, string])[] | undefined {
    const feed = this.feed;
    if (!feed) return undefined;
    const lang = this.state.ui;
    if (name === 'tag') return [...new Set(feed.releases.flatMap((release) => release.tags))].map((tag) => [tag, tag]);
    if (name === 'member-state') {
      const named = new Map((feed.memberStates ?? []).map((member) => [member.code, pickText(member.name, lang)]));
      const codes = new Set([...named.keys(), ...feed.releases.flatMap((release) => release.memberStates)]);
      return [...codes].sort().map((code) => [code, named.get(code) ? `${named.get(code)} (${code})` : code]);
    }
    if (name === 'release-id') {
      return feed.releases
        .filter((release) => release.event)
        .map((release) => [release.id, pickText(release.event!.name, lang) || pickText(release.title, lang)]);
    }
    return undefined;
  }

  private renderElementChoice(): TemplateResult {
    const t = this.t;
    const releases = this.state.element === 'event-card' ? this.dataChoices('release-id') : undefined;
    return html`
      <div class="control">
        <label for="element">${t.element}</label>
        <select
          id="element"
          @change=${(event: Event) => this.patch({ element: (event.target as HTMLSelectElement).value as ElementTag, attributes: {} })}
        >
          ${ELEMENT_TAGS.map(
            (tag) =>
              html`<option value=${tag} ?selected=${tag === this.state.element}>
                ${t.elementNames[tag]} &lt;${tag}&gt;
              </option>`,
          )}
        </select>
      </div>
      ${
        this.state.element === 'event-card'
          ? releases?.length
            ? html`<div class="control">
                <label for="attribute-release-id">${t.release}</label>
                <select
                  id="attribute-release-id"
                  @change=${(event: Event) => this.setAttributeValue('release-id', (event.target as HTMLSelectElement).value)}
                >
                  <option value="" ?selected=${!this.state.attributes['release-id']}>${t.none}</option>
                  ${releases.map(
                    ([id, label]) =>
                      html`<option value=${id} ?selected=${this.state.attributes['release-id'] === id}>
                        ${label}
                      </option>`,
                  )}
                </select>
              </div>`
            : html`<p>${t.noEvents}</p>`
          : nothing
      }
    `;
  }

  private renderLook(): TemplateResult {
    const t = this.t;
    const { theme } = this.state;
    const layout = this.options.find((option) => option.name === 'layout');
    const colourField = (key: 'accent' | 'surface', label: string) =>
      html`<div class="control">
        <label for="theme-${key}">${label}</label>
        <input
          id="theme-${key}"
          type="text"
          placeholder="#0b5cad"
          aria-describedby="colour-hint"
          .value=${theme[key]}
          @change=${(event: Event) => this.setTheme(key, (event.target as HTMLInputElement).value.trim())}
        />
      </div>`;
    const warnings = this.contrastWarnings();
    return html`
      <div class="control">
        <label for="language">${t.language}</label>
        <select
          id="language"
          @change=${(event: Event) => this.patch({ lang: (event.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!this.state.lang}>${t.pageLanguage}</option>
          ${LANGS.map((lang) => html`<option value=${lang} ?selected=${lang === this.state.lang}>${LANGUAGE_NAMES[lang]}</option>`)}
        </select>
      </div>
      ${
        layout
          ? html`<div class="control">
              <label for="attribute-layout">${t.layout}</label>
              <select
                id="attribute-layout"
                @change=${(event: Event) => this.setAttributeValue('layout', (event.target as HTMLSelectElement).value)}
              >
                ${layout.choices.map(
                  (choice) =>
                    html`<option
                      value=${choice}
                      ?selected=${(this.state.attributes.layout || layout.default) === choice}
                    >
                      ${choice}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      ${colourField('accent', t.accent)} ${colourField('surface', t.surface)}
      <p id="colour-hint" class="hint">${t.colourHint}</p>
      <div class="control">
        <label for="theme-radius">${t.radius}</label>
        <select
          id="theme-radius"
          @change=${(event: Event) => this.setTheme('radius', (event.target as HTMLSelectElement).value)}
        >
          ${RADII.map((radius) => html`<option value=${radius} ?selected=${theme.radius === radius}>${radius || t.defaultValue('0.5rem')}</option>`)}
        </select>
      </div>
      <div class="control">
        <label for="theme-font">${t.font}</label>
        <select
          id="theme-font"
          @change=${(event: Event) => this.setTheme('font', FONTS[(event.target as HTMLSelectElement).value] ?? '')}
        >
          ${Object.entries(t.fonts).map(
            ([key, label]) =>
              html`<option value=${key} ?selected=${theme.font === (FONTS[key] ?? '')}>${label}</option>`,
          )}
        </select>
      </div>
      <div class="control check">
        <input
          type="checkbox"
          id="dark"
          .checked=${this.state.dark}
          @change=${(event: Event) => this.patch({ dark: (event.target as HTMLInputElement).checked })}
        />
        <label for="dark">${t.dark}</label>
      </div>
      <fieldset class="widths">
        <legend>${t.width}</legend>
        ${PREVIEW_WIDTHS.map(
          (width) =>
            html`<label
              ><input
                type="radio"
                name="width"
                value=${width}
                .checked=${this.state.width === width}
                @change=${() => this.patch({ width })}
              />
              ${width} px</label
            >`,
        )}
      </fieldset>
      <div role="status" class="warnings">${warnings.map((warning) => html`<p class="problem">${warning}</p>`)}</div>
    `;
  }

  private renderCode(): TemplateResult {
    const t = this.t;
    const code = this.snippets()[this.state.tab];
    return html`
      <section id="embed-code" role="region" aria-labelledby="embed-code-heading">
        <h2 id="embed-code-heading">${t.code}</h2>
        <div role="tablist" aria-label=${t.code} @keydown=${this.handleTabKey}>
          ${CODE_TABS.map(
            (tab) =>
              html`<button
                role="tab"
                id="tab-${tab}"
                aria-selected=${tab === this.state.tab ? 'true' : 'false'}
                aria-controls="code-panel"
                tabindex=${tab === this.state.tab ? 0 : -1}
                @click=${() => this.patch({ tab })}
              >
                ${t.tabs[tab]}
              </button>`,
          )}
        </div>
        <div role="tabpanel" id="code-panel" aria-labelledby="tab-${this.state.tab}">
          <pre tabindex="0"><code id="embed-code-text">${code}</code></pre>
        </div>
        <button class="copy" @click=${this.handleCopy}>${t.copy}</button>
        <span role="status" class="copy-status"
          >${this.copyStatus === 'copied' ? t.copied : this.copyStatus === 'failed' ? t.copyFailed : ''}</span
        >
        ${this.state.tab === 'script' ? html`<p class="hint">${t.unpublished}</p>` : nothing}
      </section>
    `;
  }

  override render(): TemplateResult {
    const t = this.t;
    return html`
      <header>
        <h1>${t.title}</h1>
        <p>${t.intro}</p>
        <div class="control inline">
          <label for="ui-language">${t.uiLanguage}</label>
          <select
            id="ui-language"
            @change=${(event: Event) => this.patch({ ui: (event.target as HTMLSelectElement).value as BuilderState['ui'] })}
          >
            ${UI_LANGS.map((lang) => html`<option value=${lang} ?selected=${lang === this.state.ui}>${LANGUAGE_NAMES[lang]}</option>`)}
          </select>
        </div>
      </header>
      <main>
        <form class="controls" @submit=${this.handleCheck}>
          <fieldset>
            <legend>${t.source}</legend>
            <div class="control">
              <label for="endpoint">${t.endpoint}</label>
              <div class="row">
                <input
                  id="endpoint"
                  type="url"
                  inputmode="url"
                  placeholder=${new URL(this.sampleSrc, location.href).href}
                  aria-describedby="endpoint-hint endpoint-check"
                  .value=${this.draftSrc}
                  @input=${this.handleEndpointInput}
                  @change=${this.commitEndpoint}
                />
                <button type="submit">${t.check}</button>
              </div>
              <small id="endpoint-hint">${t.endpointHint}</small>
            </div>
            <div
              id="endpoint-check"
              role="status"
              aria-busy=${this.check.status === TaskStatus.PENDING ? 'true' : 'false'}
            >
              ${this.renderCheck()}
            </div>
          </fieldset>
          <fieldset>
            <legend>${t.element}</legend>
            ${this.renderElementChoice()}
            ${this.options.filter((option) => !OWN_CONTROLS.has(option.name)).map((option) => this.renderControl(option))}
          </fieldset>
          <fieldset>
            <legend>${t.look}</legend>
            ${this.renderLook()}
          </fieldset>
        </form>
        <div class="output">
          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">${t.preview}</h2>
            <div class="frame-scroller" tabindex="0" role="group" aria-label=${t.previewFrame}>
              <iframe
                src="preview.html"
                title=${t.previewFrame}
                style="width: ${this.state.width}px; height: ${this.previewHeight}px"
                @load=${this.sendPreview}
              ></iframe>
            </div>
          </section>
          ${this.renderCode()}
        </div>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'csto-embed-builder': EmbedBuilder;
  }
}
