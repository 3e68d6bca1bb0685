import { css } from '@lit/reactive-element/css-tag.js';

/**
 * Styles every element starts from: the theme tokens, buttons, focus, the loading / error / empty
 * states. Element styles add to these.
 *
 * Colours follow the host's text colour: the elements' background is the page's, which CSS cannot
 * see, and system colours (`LinkText`, `Highlight`) or a faded text colour fail WCAG contrast on
 * dark, mid-grey and tinted sections (a Bootstrap `.text-bg-dark`, a warning alert). Text in the
 * page's own colour passes wherever the page's text does. Sizes have floors in CSS pixels, so a
 * theme's `html { font-size: 62.5% }` does not shrink controls below a usable target or text below
 * 12px. See docs/host-pages.md.
 */
export const sharedStyles = css`
  :host {
    --_accent: var(--csto-accent, currentColor);
    --_radius: var(--csto-radius, 0.5rem);
    --_gap: var(--csto-gap, 1rem);
    --_border: var(--csto-border-color, color-mix(in srgb, currentColor 18%, transparent));
    --_muted: var(--csto-muted-color, currentColor);
    --_surface: var(--csto-surface, transparent);
    --_focus: var(--csto-focus-color, currentColor);
    /* The smallest text the elements set (dates, tags, codes), whatever the page's root size. */
    --_small: max(0.875em, 12px);
    display: block;
    box-sizing: border-box;
    color: var(--csto-color, inherit);
    font: var(--csto-font, inherit);
    line-height: var(--csto-line-height, 1.5);
    /* A theme's text settings are for its prose; in titles, dates, codes and controls they garble. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Not inherit: a page's '* { box-sizing: content-box !important }' reaches the host itself. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.4em 0.9em;
    min-block-size: max(2.75rem, 44px);
  }
  button:hover {
    border-color: currentColor;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.7;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='loading'],
  [part~='empty'],
  [part~='error'] {
    margin: 0;
    padding: var(--_gap) 0;
    color: var(--_muted);
  }
  [part~='error'] {
    color: inherit;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  [part~='error'] p {
    margin: 0;
  }
  .spinner {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    margin-inline-end: 0.5em;
    vertical-align: -0.15em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: csto-spin 0.8s linear infinite;
  }
  @keyframes csto-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-inline-end-color: currentColor;
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
