import { autoUpdate, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';

/** Space kept between a panel and the viewport's edges when it is shifted to stay on screen. */
const VIEWPORT_PADDING = 8;

/**
 * Keeps `floating` (position: fixed) next to `anchor` with @floating-ui/dom: on the `placement`
 * side when there is room, flipped to the other side and shifted along to stay on screen, following
 * scrolling and resizing. A panel taller than the room on either side goes to the roomier side and
 * is capped to that room (its CSS lets it scroll inside), rather than overflowing the viewport or
 * being pushed over its anchor. `placed` hears each position once it is applied. Returns the
 * function that stops following. Loaded on first use (see on-demand/README.md). Not public API.
 */
export function followAnchor(
  anchor: HTMLElement,
  floating: HTMLElement,
  placement: Placement,
  gap: number,
  placed: (final: Placement) => void,
): () => void {
  let following = true;
  // A cap left from the last time it was shown would hide how tall the panel really is.
  floating.style.maxHeight = '';
  const place = (): void => {
    void computePosition(anchor, floating, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(gap),
        flip({ padding: VIEWPORT_PADDING }),
        shift({ padding: VIEWPORT_PADDING }),
        size({
          padding: VIEWPORT_PADDING,
          apply: ({ availableHeight, elements }) => {
            elements.floating.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y, placement: final }) => {
      // Stopped while this position was computed: the panel is hidden or shown elsewhere now.
      if (!following) return;
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
      placed(final);
    });
  };
  const stopUpdates = autoUpdate(anchor, floating, place);
  return () => {
    following = false;
    stopUpdates();
  };
}
