/**
 * Reading feed XML through the standard DOM interfaces only (`Node`, `Element`, attributes): the
 * same code runs on the browser's `DOMParser` and on a standards-following parser in Node.
 */
import { escapeHtml } from '../clean-text.js';

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** The child elements of `parent`, in order (`children` is missing from some DOM implementations). */
export function elementsOf(parent: Node): Element[] {
  const elements: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) elements.push(node as Element);
  }
  return elements;
}

/**
 * Whether `element` is `localName` in namespace `ns`. Without `ns`, an element of the format
 * itself: unprefixed, whatever default namespace a feed declares (real feeds declare odd ones), or
 * in `own`, the format's namespace, when a feed prefixes it.
 */
export function isNamed(element: Element, localName: string, ns?: string, own?: string): boolean {
  if (element.localName !== localName) return false;
  // Feeds write some namespaces with and without a trailing slash (Media RSS most of all).
  if (ns !== undefined) return element.namespaceURI === ns || element.namespaceURI === ns.replace(/\/$/, '');
  return !element.prefix || (own !== undefined && element.namespaceURI === own);
}

/** An attribute's value, or undefined when it is missing or empty. */
export function attributeOf(element: Element, name: string): string | undefined {
  return element.getAttribute(name)?.trim() || undefined;
}

/** An `xml:` attribute (`xml:base`, `xml:lang`), however the parser stores it. */
export function xmlAttributeOf(element: Element, name: 'base' | 'lang'): string | undefined {
  return element.getAttributeNS(NS.xml, name)?.trim() || element.getAttribute(`xml:${name}`)?.trim() || undefined;
}

/** The base URL in effect at `element`: its and its ancestors' `xml:base`, over the document's URL. */
export function baseOf(element: Element, documentBase: string | undefined): string | undefined {
  const bases: string[] = [];
  for (let node: Node | null = element; node && node.nodeType === ELEMENT_NODE; node = node.parentNode) {
    const base = xmlAttributeOf(node as Element, 'base');
    if (base) bases.push(base);
  }
  let resolved = documentBase;
  for (let i = bases.length - 1; i >= 0; i--) {
    try {
      resolved = new URL(bases[i]!, resolved).href;
    } catch {
      // An unreadable xml:base changes nothing.
    }
  }
  return resolved;
}

/** Markup of an XHTML element's children as HTML text (Atom `type="xhtml"` content). */
export function childrenAsHtml(parent: Node): string {
  let html = '';
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) html += escapeHtml(node.nodeValue ?? '');
    else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const name = element.localName;
      let attributes = '';
      for (let i = 0; i < element.attributes.length; i++) {
        const attribute = element.attributes.item(i)!;
        if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns') {
          attributes += ` ${attribute.localName}="${escapeHtml(attribute.value)}"`;
        }
      }
      html += `<${name}${attributes}>${childrenAsHtml(element)}</${name}>`;
    }
  }
  return html;
}

const IMG_SRC = /<img\b[^<>]*?\ssrc\s*=\s*(["'])([^"'<>]+)\1/i;

/** The `src` of the first `<img>` of an HTML text. */
export const firstImageOf = (html: string | undefined): string | undefined =>
  html ? IMG_SRC.exec(html)?.[2] : undefined;
