import type { Placement } from '@floating-ui/dom';
import type { ReactiveControllerHost } from 'lit';
import { TooltipController } from './tooltip-controller.js';
import { warnOnce } from './warn-once.js';

export interface FloatingOptions {
  /** Where the panel goes when there is room (default `bottom-start`). */
  readonly placement?: Placement;
  /** Gap between the anchor and the panel, in CSS pixels (default 6). */
  readonly gap?: number;
}

/**
 * The card's popover: placed as a tooltip is (TooltipController), but its details must stay
 * reachable, so when the positioning code cannot be loaded it opens by its anchor on the asked
 * side, without flipping or following. Not public API.
 */
export class FloatingController extends TooltipController {
  constructor(host: ReactiveControllerHost, { placement = 'bottom-start', gap = 6 }: FloatingOptions = {}) {
    super(host, placement, gap);
  }

  protected override positioningFailed(anchor: HTMLElement, panel: HTMLElement, error: unknown): void {
    warnOnce('the tooltip positioning part could not be loaded; panels open without following their anchor.', error);
    const { placement, gap } = this;
    const box = anchor.getBoundingClientRect();
    panel.style.left = `${Math.max(0, Math.min(box.left, innerWidth - panel.offsetWidth))}px`;
    panel.style.top = `${placement.startsWith('top') ? box.top - panel.offsetHeight - gap : box.bottom + gap}px`;
    panel.dataset.placement = placement;
    panel.style.opacity = '';
  }
}
