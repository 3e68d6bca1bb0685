import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { SERVER_STATE_ATTRIBUTE } from '../data/server-state.js';
import { toLang } from '../i18n/index.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The tags the server renders. */
export const RENDERED_TAGS = ['news-feed', 'event-card', 'member-states-badge'] as const;
export type RenderedTag = (typeof RENDERED_TAGS)[number];

/** A character range of the page, end exclusive. */
export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

/** One of our elements as the page writes it. */
export interface FoundElement {
  readonly tag: RenderedTag;
  /** Its attributes as the browser reads them: names lower case, entities decoded, the first of a repeated name. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Its start tag as written, for messages (`<news-feed src="...">`). */
  readonly startTag: string;
  /** Where its content begins: just after the start tag, where the shadow-root template goes. */
  readonly contentStart: number;
  /** 1-based line of the start tag, for messages. */
  readonly line: number;
  /** What an earlier render put there (a shadow-root template, a state script): replaced on a new render. */
  readonly earlierRender: readonly SourceRange[];
  /** The language of the nearest ancestor whose `lang` the elements speak (the element's own is in `attributes`). */
  readonly inheritedLang?: string;
}

/** What the library's script tag sets for the whole page, as the script reads it (`data-endpoint`, `data-lang`). */
export interface ScriptDefaults {
  readonly endpoint?: string;
  readonly lang?: string;
}

/** A page as the renderer needs it: our elements, and the defaults of the library's script tag. */
export interface ReadPage {
  readonly elements: FoundElement[];
  readonly defaults: ScriptDefaults;
}

// The script tag's file, from any CDN or path: csto-widgets.js, .mjs, .standalone.js.
const LIBRARY_SCRIPT = /(?:^|\/)csto-widgets(?:\.standalone)?\.m?js(?:[?#]|$)/;

const isRenderedTag = (name: string): name is RenderedTag => (RENDERED_TAGS as readonly string[]).includes(name);

const isElement = (node: Node): node is Element => 'tagName' in node;

const attribute = (element: Element, name: string): string | undefined =>
  element.attrs.find((attr) => attr.name === name && !attr.prefix)?.value;

/** What an earlier server render left as the element's leading children (whitespace between them allowed). */
function earlierRender(element: Element): SourceRange[] {
  const ranges: SourceRange[] = [];
  for (const child of element.childNodes) {
    if (child.nodeName === '#text' && !/\S/.test((child as DefaultTreeAdapterMap['textNode']).value)) continue;
    const rendered =
      isElement(child) &&
      ((child.tagName === 'template' && attribute(child, 'shadowrootmode') !== undefined) ||
        (child.tagName === 'script' && attribute(child, SERVER_STATE_ATTRIBUTE) !== undefined));
    const location = isElement(child) ? child.sourceCodeLocation : undefined;
    if (!rendered || !location) break;
    ranges.push({ start: location.startOffset, end: location.endOffset });
  }
  return ranges;
}

/**
 * Our elements in an HTML page or fragment, in document order, with where they are in its text so
 * a renderer can splice into it and leave everything else exactly as written, and the page defaults
 * on the library's script tag (the first one). Parsed with the HTML standard's rules (parse5), so
 * tags in comments, scripts, attribute values or `<template>` contents are not elements, and
 * broken markup is read as a browser would read it.
 */
export function readPage(html: string): ReadPage {
  const found: FoundElement[] = [];
  let defaults: ScriptDefaults | undefined;
  const visit = (node: Node, inheritedLang: string | undefined): void => {
    if (!('childNodes' in node)) return;
    let lang = inheritedLang;
    if (isElement(node)) {
      const location = node.sourceCodeLocation;
      const startTag = location?.startTag;
      if (isRenderedTag(node.tagName) && location && startTag) {
        found.push({
          tag: node.tagName,
          attributes: new Map(node.attrs.filter((attr) => !attr.prefix).map((attr) => [attr.name, attr.value])),
          startTag: html.slice(startTag.startOffset, startTag.endOffset),
          contentStart: startTag.endOffset,
          line: startTag.startLine,
          earlierRender: earlierRender(node),
          ...(inheritedLang !== undefined && { inheritedLang }),
        });
      }
      if (!defaults && node.tagName === 'script' && LIBRARY_SCRIPT.test(attribute(node, 'src') ?? '')) {
        const endpoint = attribute(node, 'data-endpoint');
        const lang = attribute(node, 'data-lang');
        defaults = { ...(endpoint && { endpoint }), ...(lang && { lang }) };
      }
      lang = toLang(attribute(node, 'lang')) ?? inheritedLang;
    }
    // A <template>'s content is inert (its children sit in `content`, not visited): nothing there renders.
    for (const child of node.childNodes) visit(child, lang);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }), undefined);
  return { elements: found, defaults: defaults ?? {} };
}

/** Our elements in a page (see `readPage`). */
export const findElements = (html: string): FoundElement[] => readPage(html).elements;
