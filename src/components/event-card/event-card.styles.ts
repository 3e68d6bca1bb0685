import { css } from '@lit/reactive-element/css-tag.js';
import { floatingPanelStyles } from '../../internal/floating-panel.styles.js';
import { sharedStyles } from '../../internal/shared-styles.js';

/** The element's stylesheets, in order: its `static styles`, and the sheets its first screen adopts (first-screen.ts). */
export const eventCardSheets = [
  sharedStyles,
  floatingPanelStyles,
  css`
    [part~='card'] {
      display: grid;
      gap: 0.5rem;
      padding: var(--csto-event-card-padding, 1rem);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      min-inline-size: 0;
    }
    [part~='heading'] {
      margin: 0;
      font-size: var(--csto-event-card-name-size, 1.125em);
      font-weight: 600;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    [part~='kind'],
    .facts,
    [part~='status'] {
      margin: 0;
    }
    [part~='kind'] {
      color: var(--_muted);
      font-size: var(--_small);
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
    }
    [part~='dates'] {
      font-weight: 600;
    }
    [part~='location'] {
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    [part~='status'] {
      display: flex;
      align-items: center;
      gap: 0.4em;
      font-size: var(--_small);
    }
    .status-mark {
      inline-size: 0.6em;
      block-size: 0.6em;
      border-radius: 50%;
      border: 1px solid currentColor;
    }
    /* Filled and ringed: told apart from upcoming (hollow) and completed (filled) by shape, not hue. */
    [part~='status-ongoing'] .status-mark {
      background: var(--_accent);
      border-color: var(--_accent);
      outline: 1px solid var(--_accent);
      outline-offset: 1px;
    }
    [part~='status-completed'] {
      color: var(--_muted);
    }
    [part~='status-completed'] .status-mark {
      background: currentColor;
    }
    [part~='actions'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    /* Beside the buttons, centred on them; a target of at least 24 px (WCAG 2.5.8). */
    a[part~='permalink'] {
      align-self: center;
      min-block-size: 24px;
      font-size: var(--_small);
    }
    /* Taller than the room beside its button: the placement caps its height and it scrolls inside. */
    [part~='details'] {
      inline-size: max-content;
      max-inline-size: min(max(28rem, 448px), calc(100vw - 16px));
      padding: 0.75rem 1rem;
      line-height: var(--csto-line-height, 1.5);
      overflow-y: auto;
      overscroll-behavior: contain;
    }
    [part~='details']:focus-visible {
      outline: 2px solid var(--_focus);
    }
    .details-name {
      margin: 0 0 0.5rem;
      font-weight: 600;
    }
    [part~='details-list'] {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25em 1em;
      margin: 0 0 0.75rem;
    }
    [part~='details-list'] dt {
      color: var(--_muted);
    }
    [part~='details-list'] dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    [part~='summary'] {
      margin: 0 0 0.75rem;
    }
    @media (forced-colors: active) {
      [part~='status-ongoing'] .status-mark {
        background: Highlight;
      }
    }
  `,
];
