import type { Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadPositioning, type PositioningModule } from './on-demand/positioning.js';
import { warnOnce } from './warn-once.js';

export interface FloatingOptions {
  /** Where the panel goes when there is room (default `bottom-start`). */
  readonly placement?: Placement;
  /** Gap between the anchor and the panel, in CSS pixels (default 6). */
  readonly gap?: number;
}

/** Whether the panel goes to the top layer: it asks to, and the browser has the Popover API. */
const inTopLayer = (floating: HTMLElement): boolean =>
  floating.hasAttribute('popover') && typeof floating.showPopover === 'function';

// Loaded once for the page, on the first panel shown by any element.
let positioning: Promise<PositioningModule> | undefined;

/**
 * Where a panel goes when the positioning code could not be loaded (a copy of the script without
 * its parts): by its anchor on the asked side, without flipping or following.
 */
function placeWithoutFollowing(anchor: HTMLElement, floating: HTMLElement, placement: Placement, gap: number): void {
  const box = anchor.getBoundingClientRect();
  const above = placement.startsWith('top');
  floating.style.left = `${Math.max(0, Math.min(box.left, innerWidth - floating.offsetWidth))}px`;
  floating.style.top = `${above ? box.top - floating.offsetHeight - gap : box.bottom + gap}px`;
  floating.dataset.placement = placement;
}

/**
 * Keeps one floating panel (a tooltip, a popover) next to its anchor with @floating-ui/dom, which
 * is loaded the first time a panel opens: it flips to the other side and shifts along to stay on
 * screen, and follows scrolling and resizing until `hide()` or until the host leaves the page. The
 * panel is transparent until its first position is set: still measurable, and focusable, so a
 * dialog can take focus as it opens.
 *
 * A panel with a `popover` attribute is shown in the top layer, so no `overflow: hidden` of the
 * host page clips it and no `container-type` of ours becomes its containing block (floating-ui
 * does not detect that one). Positions are set through `element.style` from script, which a strict
 * `style-src` CSP allows, unlike `style="..."` attributes. Not public API.
 */
export class FloatingController implements ReactiveController {
  private stopFollowing?: () => void;
  private floating?: HTMLElement;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: FloatingOptions = {},
  ) {
    host.addController(this);
  }

  /** The panel on screen, if any. */
  get shown(): HTMLElement | undefined {
    return this.floating;
  }

  hostDisconnected(): void {
    this.hide();
  }

  /**
   * Shows `floating` by `anchor` and keeps it there; a panel shown before is hidden first. When it
   * has to open above, it goes above `keepClear` (the box around the anchor) if there is room.
   */
  show(anchor: HTMLElement, floating: HTMLElement, keepClear?: Element): void {
    if (this.floating === floating) return;
    this.hide();
    this.floating = floating;
    floating.hidden = false;
    floating.style.opacity = '0';
    if (inTopLayer(floating) && !floating.matches(':popover-open')) floating.showPopover();
    const { placement = 'bottom-start', gap = 6 } = this.options;
    const placed = (final: Placement): void => {
      floating.dataset.placement = final;
      floating.style.opacity = '';
    };
    positioning ??= loadPositioning();
    positioning.then(
      ({ followAnchor }) => {
        // A later show() or hide() may have happened while the code loaded.
        if (this.floating === floating)
          this.stopFollowing = followAnchor(anchor, floating, placement, gap, placed, keepClear);
      },
      (error: unknown) => {
        positioning = undefined;
        warnOnce(
          'the tooltip positioning part could not be loaded; panels open without following their anchor.',
          error,
        );
        if (this.floating !== floating) return;
        placeWithoutFollowing(anchor, floating, placement, gap);
        floating.style.opacity = '';
      },
    );
  }

  /** Hides the panel on screen and stops following its anchor. */
  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    const floating = this.floating;
    this.floating = undefined;
    if (!floating) return;
    if (inTopLayer(floating) && floating.matches(':popover-open')) floating.hidePopover();
    floating.hidden = true;
    floating.style.opacity = '';
  }
}
