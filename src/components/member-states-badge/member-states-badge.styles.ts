import { css } from '@lit/reactive-element/css-tag.js';
import { floatingPanelStyles } from '../../internal/floating-panel.styles.js';
import { sharedStyles } from '../../internal/shared-styles.js';

/** The element's stylesheets, in order: its `static styles`, and the sheets its first screen adopts (first-screen.ts). */
export const memberStatesBadgeSheets = [
  sharedStyles,
  floatingPanelStyles,
  css`
    :host {
      display: inline-block;
      /* Size containment would collapse a shrink-to-fit badge to nothing. */
      container-type: normal;
      vertical-align: middle;
    }
    [part~='list'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--csto-member-states-badge-gap, 0.35em);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* Focusable, so a target: at least 24 × 24 px (WCAG 2.5.8) around a flag of 1em. */
    [part~='state'],
    [part~='count'] {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.15em;
      min-block-size: 24px;
      min-inline-size: 24px;
      border-radius: 2px;
      cursor: default;
    }
    [part~='flag'] {
      display: block;
      block-size: var(--csto-member-states-badge-flag-height, 1em);
      inline-size: calc(var(--csto-member-states-badge-flag-height, 1em) * 1.5);
      object-fit: cover;
      border-radius: 2px;
      /* Keeps white stripes visible on a white page. */
      box-shadow: 0 0 0 1px var(--_border);
    }
    [part~='code'] {
      padding: 0 0.3em;
      border: 1px solid var(--_border);
      border-radius: 2px;
      font-size: var(--_small);
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.04em;
    }
    /* Not faded: a faded code or mark fails text contrast on mid-grey and tinted sections. */
    [part~='state-suspended'],
    [part~='state-observer'] {
      outline: 1px dashed currentColor;
      outline-offset: 1px;
    }
    :is([part~='state-suspended'], [part~='state-observer']) [part~='flag'] {
      filter: grayscale(1);
    }
    [part~='state']:focus-visible,
    [part~='count']:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    [part~='mark'] {
      font-size: max(0.75em, 12px);
      line-height: 1;
    }
    [part~='tooltip'] {
      max-inline-size: min(max(20rem, 320px), 90vw);
      padding: 0.25em 0.6em;
      font-size: var(--_small);
      line-height: 1.4;
      pointer-events: auto;
    }
    [part~='tooltip-status'] {
      display: block;
      color: var(--_muted);
    }
    [part~='loading'],
    [part~='empty'],
    [part~='error'] {
      padding: 0;
    }
  `,
];
