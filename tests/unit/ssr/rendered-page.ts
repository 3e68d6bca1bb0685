import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * A rendered page read back as a browser's parser reads it (parse5), for the server-render tests:
 * our elements, their shadow-root templates, what those hold as text, and their light DOM.
 */

export const OUR_TAGS = ['news-feed', 'event-card', 'member-states-badge'];

export const isElement = (node: Node): node is Element => 'tagName' in node;

export const attr = (element: Element, name: string): string | undefined =>
  element.attrs.find((attribute) => attribute.name === name)?.value;

/** Every element of the tree in document order, template contents included. */
export function* allElements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  if (isElement(node) && node.tagName === 'template')
    yield* allElements((node as DefaultTreeAdapterMap['template']).content);
  if ('childNodes' in node) for (const child of node.childNodes) yield* allElements(child);
}

/** The text a reader sees in `node`: text nodes, not styles or scripts, spaces collapsed. */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node): void => {
    if (current.nodeName === '#text') parts.push((current as DefaultTreeAdapterMap['textNode']).value);
    if (isElement(current) && (current.tagName === 'style' || current.tagName === 'script')) return;
    if (isElement(current) && current.tagName === 'template')
      walk((current as DefaultTreeAdapterMap['template']).content);
    if ('childNodes' in current) for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export interface RenderedHost {
  readonly tag: string;
  readonly host: Element;
  /** Its `template[shadowrootmode=open]` children. */
  readonly templates: readonly Element[];
  /** Whether the first child node (not counting nothing) is such a template. */
  readonly templateFirst: boolean;
  /** The text inside its shadow-root template. */
  readonly shadowText: string;
  /** Its `script[data-csto-state]` children's text. */
  readonly states: readonly string[];
  /** The text of the rest of its light DOM: the fallback. */
  readonly fallbackText: string;
}

const isShadowTemplate = (node: Node): node is Element =>
  isElement(node) && node.tagName === 'template' && attr(node, 'shadowrootmode') === 'open';
const isState = (node: Node): node is Element =>
  isElement(node) && node.tagName === 'script' && attr(node, 'data-csto-state') !== undefined;

/** Our elements at the page's top level (not those inside shadow roots), as rendered. */
export function renderedHosts(html: string): RenderedHost[] {
  const hosts: RenderedHost[] = [];
  const walk = (node: Node): void => {
    if (isElement(node) && OUR_TAGS.includes(node.tagName)) {
      const templates = node.childNodes.filter(isShadowTemplate);
      const rest = node.childNodes.filter((child) => !isShadowTemplate(child) && !isState(child));
      hosts.push({
        tag: node.tagName,
        host: node,
        templates,
        templateFirst: node.childNodes[0] !== undefined && isShadowTemplate(node.childNodes[0]),
        shadowText: templates.map(visibleText).join(' '),
        states: node.childNodes
          .filter(isState)
          .map((script) => script.childNodes.map((text) => (text as DefaultTreeAdapterMap['textNode']).value).join('')),
        fallbackText: rest.map(visibleText).join(' ').trim(),
      });
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parse(html));
  return hosts;
}
