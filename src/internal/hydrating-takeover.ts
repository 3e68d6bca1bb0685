/**
 * How a server-rendered element takes over its shadow root with Lit's hydration support. It comes
 * with that support (`csto-widgets/hydrate`, the script tag's `hydrate` part), not with every
 * element: a page without server-rendered elements never loads it. It imports nothing of Lit, since
 * the hydrate part runs before LitElement is defined (nor anything of ours the elements' code
 * holds): the element hands over what it needs. Not public API.
 */
import type { CSSResultOrNative, RenderOptions } from 'lit';

/** Where lit-html keeps the part of what it rendered in a container. */
type RenderContainer = ShadowRoot & { _$litPart$?: unknown };

/** What a server-rendered element hands over for its first update. */
export interface TakeoverContext {
  readonly tag: string;
  readonly root: ShadowRoot;
  /** Why the server's render is not to be taken over (its data is unreadable); said once already. */
  readonly refusal: string | undefined;
  readonly renderOptions: RenderOptions;
  readonly styles: readonly CSSResultOrNative[];
  /** LitElement's update: with hydration support, its first call hydrates the root. */
  update(): void;
  /** The element's template as it stands now. */
  template(): unknown;
  /** lit-html's `render`, Lit's `adoptStyles` and our `warnOnce`, from the element's own copy. */
  render(value: unknown, container: DocumentFragment, options: RenderOptions): unknown;
  adoptStyles(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void;
  warnOnce(message: string, cause?: unknown): void;
}

/** The text a reader sees in a shadow root or fragment, spaces collapsed: styles and scripts are no text. */
function shownText(root: Node): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent !== 'style' && parent !== 'script') text += ` ${node.nodeValue ?? ''}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** A document that runs nothing, loads nothing and upgrades no element: what a render is checked against. */
let inertDocument: Document | undefined;

/**
 * Empties the shadow root, whatever a server or a failed hydration left in it, and renders into
 * it. With `updateFirst`, the update has not run yet: it runs first, with a hydration that stops at
 * once (lit-html refuses to hydrate a container that already holds a render), so Lit's hydration
 * support does not try again on the next update.
 */
function renderAfresh(context: TakeoverContext, updateFirst = false): void {
  const root = context.root as RenderContainer;
  if (updateFirst) {
    root._$litPart$ = 'declined';
    try {
      context.update();
    } catch {
      // The hydration declined above.
    }
  }
  root.replaceChildren();
  delete root._$litPart$;
  context.adoptStyles(root, context.styles);
  context.render(context.template(), root, { ...context.renderOptions, renderBefore: null });
}

/**
 * The first update of a server-rendered element with Lit's hydration support: it takes the shadow
 * root over as it is (no node rebuilt), then checks that it shows what this render would: when the
 * page was rendered for another moment (an event's status), time zone or language, it renders
 * afresh in place. When hydration fails (the markup does not match this version's, the data is
 * missing) it renders afresh too, with one warning.
 */
export function takeOverHydrating(context: TakeoverContext): void {
  if (context.refusal) {
    renderAfresh(context, true);
    return;
  }
  try {
    context.update();
  } catch (error) {
    context.warnOnce(
      `<${context.tag}> could not take over its server-rendered content, and rendered it afresh.`,
      error,
    );
    renderAfresh(context);
    return;
  }
  inertDocument ??= document.implementation.createHTMLDocument('');
  const expected = inertDocument.createDocumentFragment();
  context.render(context.template(), expected, {
    ...context.renderOptions,
    creationScope: inertDocument,
    renderBefore: null,
  });
  if (shownText(expected) !== shownText(context.root)) renderAfresh(context);
}
