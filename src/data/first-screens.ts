import type { Feed } from './release.js';

/**
 * A first screen the script tag showed before its element's code was here
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
const firstScreens = ((globalThis as { [FIRST_SCREENS]?: WeakMap<object, FirstScreen> })[FIRST_SCREENS] ??=
  new WeakMap());

/** Records that `element` shows the first screen `screen`, in a shadow root of the browser's making. */
export function recordFirstScreen(element: Element, screen: FirstScreen): void {
  firstScreens.set(element, screen);
}

/** The first screen the script tag showed in `element`, if it did: not a server render. */
export function firstScreenOf(element: object): FirstScreen | undefined {
  return firstScreens.get(element);
}
