import { css } from '@lit/reactive-element/css-tag.js';

/**
 * Tooltips and popovers (the badge's and the card's; a feed has none): in the top layer, placed by
 * TooltipController and FloatingController.
 */
export const floatingPanelStyles = css`
  [popover] {
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    margin: 0;
    overflow: visible;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--csto-floating-background, Canvas);
    color: var(--csto-floating-color, CanvasText);
    font: var(--csto-font, inherit);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.18);
  }
  @media (forced-colors: active) {
    [popover] {
      border-color: CanvasText;
    }
  }
`;
