import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type Placement,
  type VirtualElement,
} from '@floating-ui/dom';

/** Space kept between a panel and the viewport's edges when it is shifted to stay on screen. */
const VIEWPORT_PADDING = 8;
/**
 * A panel meant to open below its anchor stays there, capped and scrolling, while at least this
 * much room is left below: opened upwards, a card's details would cover the card itself.
 */
const USEFUL_ROOM = 240;

/**
 * Keeps `floating` (position: fixed) next to `anchor` with @floating-ui/dom: on the `placement`
 * side when there is room, flipped to the other side and shifted along to stay on screen, following
 * scrolling and resizing. A panel taller than the room is capped to it (its CSS lets it scroll
 * inside) rather than overflowing the viewport: below its anchor while `USEFUL_ROOM` is left
 * there, else on the roomier side; with `keepClear` (a card around the anchor), above that whole
 * box when the room there is useful, so the panel does not cover it. `placed` hears each position once it is applied. Returns the
 * function that stops following. Loaded on first use (see on-demand/README.md). Not public API.
 */
export function followAnchor(
  anchor: HTMLElement,
  floating: HTMLElement,
  placement: Placement,
  gap: number,
  placed: (final: Placement) => void,
  keepClear?: Element,
): () => void {
  let following = true;
  // Below: the anchor's bottom; above: the top of what must stay clear.
  const spanning: VirtualElement | undefined = keepClear && {
    contextElement: anchor,
    getBoundingClientRect: () => {
      const box = anchor.getBoundingClientRect();
      const top = Math.min(box.top, keepClear.getBoundingClientRect().top);
      return new DOMRect(box.left, top, box.width, box.bottom - top);
    },
  };
  // A cap left from the last time it was shown would hide how tall the panel really is.
  floating.style.maxHeight = '';
  const place = (): void => {
    const roomBelow = innerHeight - anchor.getBoundingClientRect().bottom - gap - VIEWPORT_PADDING;
    const stayBelow = placement.startsWith('bottom') && roomBelow >= USEFUL_ROOM;
    const roomAboveClear = spanning ? spanning.getBoundingClientRect().top - gap - VIEWPORT_PADDING : 0;
    const reference = spanning && roomAboveClear >= USEFUL_ROOM ? spanning : anchor;
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(gap),
        ...(stayBelow ? [] : [flip({ padding: VIEWPORT_PADDING })]),
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
