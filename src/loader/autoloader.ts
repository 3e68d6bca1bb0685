/**
 * The script tag's autoloader: loads the code of each of our elements present in the document,
 * and of each added later, and starts each one's feed while that code is on its way. Not public API.
 *
 * It watches the document, not the shadow roots of the host page's own components: no observer
 * sees into them, and reaching them would mean patching `attachShadow` on someone else's page.
 * An element placed in such a root is defined once any element of its kind is in the document,
 * or by `CstoWidgets.load(tag)`.
 */
import { getConfig } from '../config.js';
import { startEarlyFeed } from '../data/early-feed.js';
import { warnOnce } from '../internal/warn-once.js';
import { ELEMENT_SELECTOR, ELEMENT_TAGS, type ElementTag } from './parts.js';

/**
 * The endpoint `element` will load at once, as the element itself decides it (its `endpoint`
 * getter): none when it is lazy, was handed its data as a property before it upgraded, or carries
 * the data of a server render.
 */
function endpointOf(element: Element): string | undefined {
  if (element.getAttribute('loading') === 'lazy') return undefined;
  // Rendered on a server with its data beside it: the element fetches only if that data is stale.
  if (element.shadowRoot && element.querySelector(':scope > script[data-csto-state]')) return undefined;
  if (['releases', 'event', 'memberStates'].some((key) => key in element)) return undefined;
  const src = element.getAttribute('src');
  if (src) return src;
  const { endpoint } = getConfig();
  if (element.localName === 'news-feed') return endpoint;
  if (element.localName === 'event-card' && element.hasAttribute('release-id')) return endpoint;
  return undefined;
}

/** Not English: on the element, or inherited. */
const OTHER_LANGUAGE = '[lang]:not(:lang(en)),[lang]:not(:lang(en)) *';

/**
 * The elements that may get a first screen before their code (the tag's first-screen part decides
 * for sure), by tag: no attribute only the element renders, no language but English on them or
 * their ancestors; a feed or a card with its endpoint, a badge without one. If one may not, or a
 * link names a release, their code loads at once.
 */
const MAY_SHOW_FIRST: Record<ElementTag, string> = {
  'news-feed': `:not([controls],[tag],[member-state],[expand],[loading=lazy],${OTHER_LANGUAGE})`,
  'event-card': `:not([loading=lazy],${OTHER_LANGUAGE})`,
  'member-states-badge': `:not([src],${OTHER_LANGUAGE})`,
};

const mayShowFirst = (tag: ElementTag, element: Element): boolean =>
  element.matches(MAY_SHOW_FIRST[tag]) && Boolean(endpointOf(element)) === (tag !== 'member-states-badge');

/**
 * The feed at `endpoint`, started now; a `src` that is no URL is left to its element to report.
 * `parseWhenAsked`: a feed's first screen reads the answer's first releases before the whole is parsed.
 */
function startEarly(endpoint: string, parseWhenAsked: boolean): void {
  try {
    // Against the base URL, as the element resolves it (resolveEndpoint): one request, not two.
    startEarlyFeed(new URL(endpoint, document.baseURI).href, parseWhenAsked);
  } catch {
    // The element shows the error, once its code is here.
  }
}

function openSessionStorage(): void {
  try {
    void sessionStorage.length;
  } catch {
    // A sandboxed frame or blocked storage: there is no stored copy either.
  }
}

/** `csto-error` on each element whose code could not be loaded, so the page can react. */
function reportMissingCode(tag: ElementTag, elements: Iterable<Element>, cause: unknown): void {
  const message =
    `<${tag}> could not be loaded from csto-widgets-parts/ beside csto-widgets.js: copy that folder ` +
    'there too, or use csto-widgets.standalone.js (everything in one file).';
  warnOnce(message, cause);
  for (const element of elements)
    element.dispatchEvent(
      new CustomEvent('csto-error', { bubbles: true, composed: true, detail: { kind: 'network', message } }),
    );
}

/**
 * Until its code arrives, each element already has the box its own styles will give it (`:host`),
 * so the arrival shifts nothing. Zero specificity: the page's own rules for the tag still win.
 * An adopted sheet, not a `<style>`: a strict `style-src` allows it.
 */
function keepBoxesUntilDefined(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    ':where(news-feed,event-card):not(:defined){display:block}:where(member-states-badge):not(:defined){display:inline-block}',
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Starts watching `document`; `load(tag)` loads and registers one element's code. With
 * `firstScreens`, the elements first found get their first screen before the element's code is
 * requested: it resolves once that code is wanted.
 */
export function autoload(
  load: (tag: ElementTag) => Promise<unknown>,
  firstScreens?: (tag: ElementTag, elements: Element[]) => Promise<void>,
): void {
  const requested = new Set<ElementTag>();

  const found = (elements: Iterable<Element>): void => {
    const byTag = new Map<ElementTag, Element[]>();
    for (const element of elements) {
      const tag = element.localName as ElementTag;
      // A tag another copy of the library (or the page) already defined is left alone.
      if (customElements.get(tag)) continue;
      byTag.set(tag, [...(byTag.get(tag) ?? []), element]);
    }
    const showFirst = new Set<ElementTag>();
    for (const [tag, elements] of byTag) {
      if (
        firstScreens &&
        !requested.has(tag) &&
        !location.hash.includes('.release=') &&
        elements.every((element) => mayShowFirst(tag, element))
      )
        showFirst.add(tag);
      for (const element of elements) {
        const endpoint = endpointOf(element);
        if (endpoint) startEarly(endpoint, tag === 'news-feed' && showFirst.has(tag));
      }
    }
    // A feed's or a card's first screen looks for a copy an earlier page stored (stale-store.ts),
    // and the first use of sessionStorage in a page waits for the browser to hand it over (1–12 ms
    // of the bench's first screen): done once this task has sent the requests, while the page waits.
    if ([...showFirst].some((tag) => tag !== 'member-states-badge')) setTimeout(openSessionStorage);
    for (const [tag, elements] of byTag) {
      if (requested.has(tag)) continue;
      requested.add(tag);
      // The element's code after the first screen: its bytes do not compete with the feed's.
      const loading = showFirst.has(tag) ? firstScreens!(tag, elements).then(() => load(tag)) : load(tag);
      loading.then(
        () => {
          if (ELEMENT_TAGS.every((each) => customElements.get(each))) observer.disconnect();
        },
        (error: unknown) => {
          // Tried again when another element of this kind is added; each one hears why it waits.
          requested.delete(tag);
          reportMissingCode(tag, elements, error);
        },
      );
    }
  };

  const observer = new MutationObserver((records) => {
    const added: Element[] = [];
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(ELEMENT_SELECTOR)) added.push(node);
        if (node.firstElementChild) added.push(...node.querySelectorAll(ELEMENT_SELECTOR));
      }
    if (added.length) found(added);
  });
  // The feeds' requests go out first, as the loader's first work; the parts are imported after them.
  found(document.querySelectorAll(ELEMENT_SELECTOR));
  // Still before the first style pass after this script: the boxes hold from the first frame.
  keepBoxesUntilDefined();
  observer.observe(document, { childList: true, subtree: true });
}
