import type { Feed } from './release.js';

/**
 * A feed's first screen the script tag showed before its element's code was here
 * (src/components/news-feed/first-screen.ts): the feed it showed, read once, for the element to
 * take over without a second request or read.
 */
export interface FirstScreen {
  /** The absolute URL of the feed. */
  readonly url: string;
  readonly feed: Feed;
  /** When its answer was read (ms since the epoch): how fresh it is for other elements. */
  readonly readAt: number;
}

// Page-global, like the early feeds: an element defined by another copy of the library takes it over too.
const FIRST_SCREENS = Symbol.for('csto-widgets.first-screens');
const firstScreens = ((globalThis as { [FIRST_SCREENS]?: WeakMap<object, FirstScreen | null> })[FIRST_SCREENS] ??=
  new WeakMap());

// What a reader clicked on each first screen before its element's code was here (page-global too).
const FIRST_SCREEN_CLICKS = Symbol.for('csto-widgets.first-screen-clicks');
/** The targets of the clicks on each element's first screen, until the element takes them (csto-element.ts). */
export const firstScreenClicks = ((globalThis as { [FIRST_SCREEN_CLICKS]?: WeakMap<object, Set<EventTarget>> })[
  FIRST_SCREEN_CLICKS
] ??= new WeakMap());

/**
 * Records that `element` shows a first screen, in a shadow root of the browser's making: of the
 * feed `screen` (a `<news-feed>`'s), or of no data (a badge's built-in list). From then on, what a
 * reader clicks there is noted for the element to answer once it is here.
 */
export function recordFirstScreen(element: Element, screen: FirstScreen | null = null): void {
  firstScreens.set(element, screen);
  const root = element.shadowRoot;
  if (!root || firstScreenClicks.has(element)) return;
  const clicked = new Set<EventTarget>();
  firstScreenClicks.set(element, clicked);
  // Until the element takes them: then its own listeners answer.
  root.addEventListener('click', (event) => firstScreenClicks.get(element) === clicked && clicked.add(event.target!));
}

/** Whether the script tag showed a first screen in `element`: its shadow root is not a server render. */
export function drewFirstScreen(element: object): boolean {
  return firstScreens.has(element);
}

/** The feed of the first screen the script tag showed in `element`, if it showed one. */
export function firstScreenOf(element: object): FirstScreen | undefined {
  return firstScreens.get(element) ?? undefined;
}
