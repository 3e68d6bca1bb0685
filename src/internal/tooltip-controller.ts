import type { Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadPositioning } from './on-demand/positioning.js';
import { warnOnce } from './warn-once.js';

/** Gap between a tooltip and its anchor, in CSS pixels. */
const GAP = 6;

/** Whether the browser shows popovers in the top layer (the Popover API). */
const hasPopover = (tooltip: HTMLElement): boolean => typeof tooltip.showPopover === 'function';

/**
 * Shows one tooltip at a time by its anchor: at once, transparent until placed, and placed with
 * @floating-ui/dom (loaded with the page's first tooltip or popover; see FloatingController),
 * which flips and shifts it to stay on screen and follows scrolling until `hide()` or until the
 * host leaves the page. A tooltip with a `popover` attribute is shown in the top layer.
 *
 * Lighter than FloatingController (`<event-card>`'s popover), so the badge's first screen carries
 * less: a tooltip only repeats its anchor's accessible name, so when the positioning code cannot
 * be loaded it closes again rather than opening without following its anchor, and the next one
 * tries again. Not public API.
 */
export class TooltipController implements ReactiveController {
  private shown?: HTMLElement;
  private stopFollowing?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly placement: Placement,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.hide();
  }

  /** Shows `tooltip` by `anchor`; a tooltip shown before is hidden first. */
  show(anchor: HTMLElement, tooltip: HTMLElement): void {
    if (this.shown === tooltip) return;
    this.hide();
    this.shown = tooltip;
    tooltip.hidden = false;
    tooltip.style.opacity = '0';
    if (hasPopover(tooltip)) tooltip.showPopover();
    loadPositioning().then(
      ({ followAnchor }) => {
        // A later show() or hide() may have happened while the code loaded.
        if (this.shown === tooltip)
          this.stopFollowing = followAnchor(anchor, tooltip, this.placement, GAP, (placement) => {
            tooltip.dataset.placement = placement;
            tooltip.style.opacity = '';
          });
      },
      (error: unknown) => {
        warnOnce('the tooltip positioning part could not be loaded; a state shows its name without a tooltip.', error);
        if (this.shown === tooltip) this.hide();
      },
    );
  }

  /** Hides the tooltip on screen and stops following its anchor. */
  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    const tooltip = this.shown;
    this.shown = undefined;
    if (!tooltip) return;
    if (hasPopover(tooltip) && tooltip.matches(':popover-open')) tooltip.hidePopover();
    tooltip.hidden = true;
    tooltip.style.opacity = '';
  }
}
