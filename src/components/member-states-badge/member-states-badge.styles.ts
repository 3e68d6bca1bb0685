import { css } from 'lit';
import { floatingPanelStyles } from '../../internal/shared-styles.js';

export const memberStatesBadgeStyles = [
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
    [part~='state'],
    [part~='count'] {
      display: inline-flex;
      align-items: center;
      gap: 0.15em;
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
      font-size: 0.875em;
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.04em;
    }
    [part~='state-suspended'],
    [part~='state-observer'] {
      opacity: 0.6;
      outline: 1px dashed currentColor;
      outline-offset: 1px;
    }
    [part~='state']:focus-visible,
    [part~='count']:focus-visible {
      opacity: 1;
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    [part~='mark'] {
      font-size: 0.75em;
      line-height: 1;
    }
    [part~='tooltip'] {
      max-inline-size: min(20rem, 90vw);
      padding: 0.25em 0.6em;
      font-size: 0.875em;
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
