import { autoUpdate, computePosition, flip, offset, shift, type Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FloatingOptions {
  /** Where the panel goes when there is room (default `bottom-start`). */
  readonly placement?: Placement;
  /** Gap between the anchor and the panel, in CSS pixels (default 6). */
  readonly gap?: number;
}

/** Space kept between a panel and the viewport's edges when it is shifted to stay on screen. */
const VIEWPORT_PADDING = 8;

/** Whether the panel goes to the top layer: it asks to, and the browser has the Popover API. */
const inTopLayer = (floating: HTMLElement): boolean =>
  floating.hasAttribute('popover') && typeof floating.showPopover === 'function';

/**
 * Keeps one floating panel (a tooltip, a popover) next to its anchor with @floating-ui/dom: it
 * flips to the other side and shifts along to stay on screen, and follows scrolling and resizing
 * until `hide()` or until the host leaves the page.
 *
 * A panel with a `popover` attribute is shown in the top layer, so no `overflow: hidden` of the
 * host page clips it and no `container-type` of ours becomes its containing block (floating-ui
 * does not detect that one). Positions are set through `element.style` from script, which a strict
 * `style-src` CSP allows, unlike `style="..."` attributes. Not public API.
 */
export class FloatingController implements ReactiveController {
  private stopUpdates?: () => void;
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

  /** Shows `floating` by `anchor` and keeps it there; a panel shown before is hidden first. */
  show(anchor: HTMLElement, floating: HTMLElement): void {
    if (this.floating === floating) return;
    this.hide();
    this.floating = floating;
    floating.hidden = false;
    if (inTopLayer(floating) && !floating.matches(':popover-open')) floating.showPopover();
    const { placement = 'bottom-start', gap = 6 } = this.options;
    const place = (): void => {
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement,
        middleware: [offset(gap), flip({ padding: VIEWPORT_PADDING }), shift({ padding: VIEWPORT_PADDING })],
      }).then(({ x, y, placement: final }) => {
        // A later show() or hide() may have happened while this position was computed.
        if (this.floating !== floating) return;
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
        floating.dataset.placement = final;
      });
    };
    this.stopUpdates = autoUpdate(anchor, floating, place);
  }

  /** Hides the panel on screen and stops following its anchor. */
  hide(): void {
    this.stopUpdates?.();
    this.stopUpdates = undefined;
    const floating = this.floating;
    this.floating = undefined;
    if (!floating) return;
    if (inTopLayer(floating) && floating.matches(':popover-open')) floating.hidePopover();
    floating.hidden = true;
  }
}
