import { css } from '@lit/reactive-element/css-tag.js';
import { sharedStyles } from '../../internal/shared-styles.js';

export const newsFeedStyles = css`
  [part~='list'] {
    display: grid;
    gap: var(--csto-news-feed-item-gap, var(--_gap));
    overflow-anchor: auto;
  }
  [part~='item'] {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.75rem;
    align-items: start;
    padding: var(--csto-news-feed-item-padding, 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }
  [part~='item']:focus-visible {
    outline: 2px solid var(--_focus);
  }
  @container (min-width: 36rem) {
    :host(:not([layout='compact'])) [part~='item']:has(> [part~='image']) {
      grid-template-columns: var(--csto-news-feed-image-width, 12rem) 1fr;
    }
  }
  [part~='image'] {
    inline-size: 100%;
    aspect-ratio: 16 / 10;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_border);
  }
  .text {
    display: grid;
    gap: 0.35rem;
    min-inline-size: 0;
  }
  [part~='heading'] {
    margin: 0;
    font-size: var(--csto-news-feed-title-size, 1.125em);
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  [part~='heading'] a {
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  /* A target of at least 24 × 24 px (WCAG 2.5.8) even for a one-line title in small type. */
  a[part~='title'] {
    display: inline-block;
    min-block-size: 24px;
  }
  [part~='date'] {
    color: var(--_muted);
    font-size: var(--_small);
  }
  [part~='summary'] {
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part~='tags'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: max(0.8125em, 12px);
  }
  [part~='tag'] {
    padding: 0.05em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
  }
  [part~='toggle'] {
    justify-self: start;
    min-block-size: max(2.75rem, 44px);
  }
  [part~='toggle']::after {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-start: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s;
  }
  [part~='toggle'][aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  [part~='body'] {
    overflow-wrap: anywhere;
  }
  [part~='body'] img {
    max-inline-size: 100%;
    block-size: auto;
  }
  [part~='body'] table {
    display: block;
    overflow-x: auto;
    border-collapse: collapse;
  }
  [part~='body'] :is(th, td) {
    border: 1px solid var(--_border);
    padding: 0.25em 0.5em;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-block-start: var(--_gap);
  }
  [part~='stale'] {
    margin: 0 0 var(--_gap);
    font-size: var(--_small);
    color: var(--_muted);
  }

  /* compact: one line per release, for sidebars and footers. */
  :host([layout='compact']) [part~='list'] {
    gap: 0;
  }
  :host([layout='compact']) [part~='item'] {
    padding: 0.6rem 0;
    border-width: 0 0 1px;
    border-radius: 0;
    background: none;
  }
  :host([layout='compact']) [part~='heading'] {
    font-size: 1em;
  }
  :host([layout='compact']) :is([part~='image'], [part~='summary'], [part~='tags']) {
    display: none;
  }
  :host([layout='compact']) [part~='toggle'] {
    min-block-size: max(2rem, 32px);
    padding: 0.15em 0.7em;
    font-size: var(--_small);
  }

  @media (prefers-reduced-motion: reduce) {
    [part~='toggle']::after {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    [part~='item'] {
      border-color: CanvasText;
    }
  }
  /* Small type, but a target of at least 24 × 24 px (WCAG 2.5.8) and text no smaller than 12 px. */
  [part~='permalink'] {
    justify-self: start;
    display: inline-block;
    min-block-size: 24px;
    color: var(--_muted);
    font-size: var(--_small);
  }
  [part~='item'] {
    scroll-margin-block-start: var(--csto-news-feed-scroll-margin, 0.5rem);
  }
`;

/** The element's stylesheets, in order: its `static styles`, and the sheets its first screen adopts (first-screen.ts). */
export const newsFeedSheets = [sharedStyles, newsFeedStyles];
