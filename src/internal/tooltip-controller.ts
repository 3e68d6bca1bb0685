import type { Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadPositioning } from './on-demand/positioning.js';
import { warnOnce } from './warn-once.js';

/** Whether the panel goes to the top layer: it asks to, and the browser has the Popover API. */
const inTopLayer = (panel: HTMLElement): boolean =>
  panel.hasAttribute('popover') && typeof panel.showPopover === 'function';

/**
 * Shows one floating panel at a time by its anchor: at once, transparent until placed (still
 * measurable and focusable, so a dialog can take focus as it opens), and placed with
 * @floating-ui/dom, loaded the first time a panel of the page opens: it flips and shifts the panel
 * to stay on screen and follows scrolling and resizing until `hide()` or until the host leaves
 * the page.
 *
 * A panel with a `popover` attribute is shown in the top layer, so no `overflow: hidden` of the
 * host page clips it and no `container-type` of ours becomes its containing block (floating-ui
 * does not detect that one). Positions are set through `element.style` from script, which a strict
 * `style-src` CSP allows, unlike `style="..."` attributes.
 *
 * As the badge's tooltips use it: a tooltip only repeats its anchor's accessible name, so when the
 * positioning code cannot be loaded it closes again, and the next one tries again. The card's
 * popover (FloatingController) opens anyway. Not public API.
 */
export class TooltipController implements ReactiveController {
  private shown?: HTMLElement;
  private stopFollowing?: () => void;

  constructor(
    host: ReactiveControllerHost,
    protected readonly placement: Placement,
    protected readonly gap = 6,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.hide();
  }

  /**
   * Shows `panel` by `anchor`; a panel shown before is hidden first. When it has to open above, it
   * goes above `keepClear` (the box around the anchor) if there is room.
   */
  show(anchor: HTMLElement, panel: HTMLElement, keepClear?: Element): void {
    if (this.shown === panel) return;
    this.hide();
    this.shown = panel;
    panel.hidden = false;
    panel.style.opacity = '0';
    if (inTopLayer(panel) && !panel.matches(':popover-open')) panel.showPopover();
    const { placement, gap } = this;
    loadPositioning().then(
      ({ followAnchor }) => {
        // A later show() or hide() may have happened while the code loaded.
        if (this.shown === panel)
          this.stopFollowing = followAnchor(
            anchor,
            panel,
            placement,
            gap,
            (final) => {
              panel.dataset.placement = final;
              panel.style.opacity = '';
            },
            keepClear,
          );
      },
      (error: unknown) => {
        if (this.shown === panel) this.positioningFailed(anchor, panel, error);
      },
    );
  }

  /** Hides the panel on screen and stops following its anchor. */
  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    const panel = this.shown;
    this.shown = undefined;
    if (!panel) return;
    if (inTopLayer(panel) && panel.matches(':popover-open')) panel.hidePopover();
    panel.hidden = true;
    panel.style.opacity = '';
  }

  /** The positioning code could not be loaded (a copy of the script without its parts) while `panel` is shown. */
  protected positioningFailed(_anchor: HTMLElement, _panel: HTMLElement, error: unknown): void {
    warnOnce('the tooltip positioning part could not be loaded; a state shows its name without a tooltip.', error);
    this.hide();
  }
}
