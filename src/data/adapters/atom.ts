/** Atom 1.0 (RFC 4287) entries onto the native shape; the field rules are in docs/formats.md. */
import { htmlToText } from '../clean-text.js';
import { safeHttpUrl, withAbsoluteUrls } from '../url.js';
import {
  attributeOf,
  baseOf,
  childrenAsHtml,
  elementsOf,
  firstImageOf,
  isNamed,
  NS,
  xmlAttributeOf,
} from './xml-dom.js';

type NativeItem = Record<string, unknown>;

const own = (children: readonly Element[], localName: string): Element | undefined =>
  children.find((child) => isNamed(child, localName, undefined, NS.atom));

const XHTML = 'http://www.w3.org/1999/xhtml';

/** An Atom text construct (`type` text, html or xhtml) as HTML, or undefined when blank. */
function constructAsHtml(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const type = attributeOf(element, 'type') ?? 'text';
  let html: string;
  if (type === 'xhtml') {
    // The content is one XHTML <div>, which is not part of it.
    const div = elementsOf(element).find((child) => child.localName === 'div' && child.namespaceURI === XHTML);
    html = childrenAsHtml(div ?? element);
  } else if (type === 'html' || type === 'text/html') html = element.textContent ?? '';
  else return undefined;
  return /\S/.test(html) ? html : undefined;
}

/** An Atom text construct as plain text: what a title or summary shows. */
function constructAsText(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const html = constructAsHtml(element);
  if (html !== undefined) return htmlToText(html);
  const text = element.textContent ?? '';
  return /\S/.test(text) ? text : undefined;
}

/** The entry's content as a body: HTML as HTML, text as text; out-of-line (`src`) content is not fetched. */
function bodyOf(content: Element | undefined): string | undefined {
  if (!content || attributeOf(content, 'src')) return undefined;
  const html = constructAsHtml(content);
  if (html !== undefined) return html;
  const type = attributeOf(content, 'type') ?? 'text';
  const text = content.textContent ?? '';
  return (type === 'text' || type.startsWith('text/')) && /\S/.test(text) ? text : undefined;
}

function linkOf(children: readonly Element[], rel: 'alternate' | 'enclosure'): Element | undefined {
  const links = children.filter(
    (child) => isNamed(child, 'link', undefined, NS.atom) && (attributeOf(child, 'rel') ?? 'alternate') === rel,
  );
  if (rel === 'enclosure') return links.find((link) => attributeOf(link, 'type')?.startsWith('image/'));
  // Several alternates differ by type or language: the HTML page is the one to open.
  return links.find((link) => (attributeOf(link, 'type') ?? 'text/html') === 'text/html') ?? links[0];
}

function mediaImageOf(children: readonly Element[]): string | undefined {
  for (const child of children) {
    if (isNamed(child, 'group', NS.media)) {
      const inGroup = mediaImageOf(elementsOf(child));
      if (inGroup) return inGroup;
    }
    const isImage =
      (attributeOf(child, 'type') ?? 'image/').startsWith('image/') && attributeOf(child, 'medium') !== 'video';
    if (isNamed(child, 'thumbnail', NS.media) || (isNamed(child, 'content', NS.media) && isImage)) {
      const url = attributeOf(child, 'url');
      if (url) return url;
    }
  }
  return undefined;
}

const inLanguage = (text: string | undefined, lang: string | undefined): unknown =>
  text === undefined || !lang ? text : { [lang]: text };

export function atomEntry(entry: Element, documentBase: string | undefined, feedLang: string | undefined): NativeItem {
  const children = elementsOf(entry);
  const base = baseOf(entry, documentBase);
  const link = linkOf(children, 'alternate');
  const url = link && safeHttpUrl(attributeOf(link, 'href'), baseOf(link, documentBase));
  const content = own(children, 'content');
  const body = bodyOf(content);
  const summaryElement = own(children, 'summary');
  const lang = xmlAttributeOf(entry, 'lang') ?? feedLang;
  const contentBase = content ? baseOf(content, documentBase) : base;
  const enclosure = linkOf(children, 'enclosure');
  const image =
    mediaImageOf(children) ??
    (enclosure && attributeOf(enclosure, 'href')) ??
    firstImageOf(body) ??
    firstImageOf(constructAsHtml(summaryElement));
  const isHtml = constructAsHtml(content) !== undefined;
  return {
    id: own(children, 'id')?.textContent?.trim() || url,
    title: inLanguage(constructAsText(own(children, 'title')), lang),
    date: (own(children, 'published') ?? own(children, 'updated'))?.textContent?.trim(),
    summary: inLanguage(constructAsText(summaryElement), lang),
    body: inLanguage(body !== undefined && isHtml ? withAbsoluteUrls(body, contentBase) : body, lang),
    url,
    image: safeHttpUrl(
      image,
      enclosure && image === attributeOf(enclosure, 'href') ? baseOf(enclosure, documentBase) : contentBase,
    ),
    tags: children
      .filter((child) => isNamed(child, 'category', undefined, NS.atom))
      .map((category) => attributeOf(category, 'label') ?? attributeOf(category, 'term') ?? ''),
  };
}

/** The entries of an Atom `<feed>` and the language the feed declares. */
export function atomEntries(root: Element): { items: Element[]; lang?: string } {
  const items = elementsOf(root).filter((child) => isNamed(child, 'entry', undefined, NS.atom));
  const lang = xmlAttributeOf(root, 'lang');
  return { items, ...(lang && { lang }) };
}
