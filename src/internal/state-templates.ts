import { html, type TemplateResult } from 'lit';
import type { EndpointErrorKind } from '../data/release.js';
import { fill, sectionOf, type Lang } from '../i18n/languages.js';
import enErrors from '../i18n/messages/en/errors.js';
import enFeedStates from '../i18n/messages/en/feed-states.js';

/** What an error state needs to know: the contract's kind, and the HTTP status where there is one. */
export interface ErrorStateInput {
  readonly kind: EndpointErrorKind;
  readonly status?: number;
}

/**
 * The error state every element shows: a plain-language message, a retry button, and the
 * light-DOM fallback kept visible below.
 */
export function errorState(error: ErrorStateInput, lang: Lang, retry: () => void): TemplateResult {
  return html`
    <div part="error" role="alert">
      <p>${fill(sectionOf(lang, 'errors', enErrors)[error.kind], { status: error.status ?? '' })}</p>
      <button part="retry" @click=${retry}>${sectionOf(lang, 'feed', enFeedStates).retry}</button>
    </div>
    <slot></slot>
  `;
}

/** The loading message (a polite status) with its spinner; the fallback content stays visible. */
export function loadingState(text: string): TemplateResult {
  return html`<p part="loading" role="status"><span class="spinner" aria-hidden="true"></span>${text}</p>
    <slot></slot>`;
}
