/**
 * RSS 2.0 (and 0.9x) and RSS 1.0 (RDF) items onto the native shape. The field rules are in
 * docs/formats.md; each follows what real feeds put there rather than the specification alone.
 */
import { htmlToText, looksLikeHtml } from '../clean-text.js';
import { titleFromText } from './json-feed.js';
import { rfc822ToIso } from '../rfc822-date.js';
import { safeHttpUrl, withAbsoluteUrls } from '../url.js';
import { attributeOf, baseOf, elementsOf, firstImageOf, isNamed, NS, xmlAttributeOf } from './xml-dom.js';

type NativeItem = Record<string, unknown>;

/** The text of the first child named so (see `isNamed`), or undefined when there is none or it is blank. */
function textOf(children: readonly Element[], localName: string, ns?: string): string | undefined {
  const element = children.find((child) => isNamed(child, localName, ns, NS.rss1));
  const text = element?.textContent;
  return text && /\S/.test(text) ? text : undefined;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** An image from Media RSS (`media:content`, `media:thumbnail`, inside `media:group` too) or an enclosure. */
function imageOf(children: readonly Element[]): string | undefined {
  for (const child of children) {
    if (isNamed(child, 'group', NS.media)) {
      const inGroup = imageOf(elementsOf(child));
      if (inGroup) return inGroup;
    }
    const url = attributeOf(child, 'url');
    if (!url) continue;
    const type = attributeOf(child, 'type') ?? '';
    const medium = attributeOf(child, 'medium');
    const isImage = type.startsWith('image/') || medium === 'image' || (!type && !medium && IMAGE_FILE.test(url));
    if (isNamed(child, 'thumbnail', NS.media)) return url;
    // `length="0"` and a missing length are common and harmless: the type or the file name decides.
    if ((isNamed(child, 'content', NS.media) || isNamed(child, 'enclosure')) && isImage) return url;
  }
  return undefined;
}

/** The item's link: `<link>`, else a permalink `<guid>`, else an Atom link beside them. */
function linkOf(children: readonly Element[], guid: Element | undefined): string | undefined {
  const link = textOf(children, 'link');
  if (link) return link.trim();
  if (guid && attributeOf(guid, 'isPermaLink') !== 'false' && /^\s*https?:/i.test(guid.textContent ?? '')) {
    return guid.textContent!.trim();
  }
  const atomLink = children.find(
    (child) => isNamed(child, 'link', NS.atom) && (attributeOf(child, 'rel') ?? 'alternate') === 'alternate',
  );
  return atomLink && attributeOf(atomLink, 'href');
}

/** An RSS date (RFC 822) as ISO 8601; a date that is not RFC 822 goes on as written (some feeds use ISO). */
const isoDateOf = (text: string | undefined): string | undefined =>
  text ? (rfc822ToIso(text) ?? text.trim()) : undefined;

/** A text in the item's language, when the feed names one. */
const inLanguage = (text: string | undefined, lang: string | undefined): unknown =>
  text === undefined || !lang ? text : { [lang]: text };

export function rssItem(item: Element, documentBase: string | undefined, channelLang: string | undefined): NativeItem {
  const children = elementsOf(item);
  const base = baseOf(item, documentBase);
  const guidElement = children.find((child) => isNamed(child, 'guid', undefined, NS.rss1));
  const guid = guidElement?.textContent?.trim() || undefined;
  const rawLink = linkOf(children, guidElement);
  const url = safeHttpUrl(rawLink, base);
  const description = textOf(children, 'description');
  const encoded = textOf(children, 'encoded', NS.content);
  const html = encoded ?? (description && looksLikeHtml(description) ? description : undefined);
  // Links inside the text are relative to the article's page more often than to the feed.
  const bodyBase = url ?? base;
  const lang = xmlAttributeOf(item, 'lang') ?? textOf(children, 'language', NS.dc) ?? channelLang;
  const tags = children
    .filter((child) => isNamed(child, 'category') || isNamed(child, 'subject', NS.dc))
    .map((child) => child.textContent ?? '');
  return {
    id: guid ?? url ?? rawLink ?? attributeOf(item, 'rdf:about'),
    // RSS allows an item with a description and no title: borrow the start of its text, as for JSON Feed.
    title: inLanguage(textOf(children, 'title') ?? (description && titleFromText(htmlToText(description))), lang),
    date: isoDateOf(textOf(children, 'pubDate')) ?? textOf(children, 'date', NS.dc)?.trim(),
    summary: inLanguage(description, lang),
    body: inLanguage(html === undefined ? undefined : withAbsoluteUrls(html, bodyBase), lang),
    url,
    // An enclosure is the feed's own URL (relative to it); an <img> is the article's.
    image: safeHttpUrl(imageOf(children), base) ?? safeHttpUrl(firstImageOf(html), bodyBase),
    tags,
  };
}

/** The items of an RSS 2.0 `<rss>` (in its `<channel>`) or an RSS 1.0 `<rdf:RDF>` (beside it). */
export function rssItems(root: Element): { items: Element[]; lang?: string } {
  const rootChildren = elementsOf(root);
  const channel = rootChildren.find((child) => isNamed(child, 'channel', undefined, NS.rss1));
  const channelChildren = channel ? elementsOf(channel) : [];
  const items = [...channelChildren, ...rootChildren].filter((child) => isNamed(child, 'item', undefined, NS.rss1));
  const lang =
    (channel && xmlAttributeOf(channel, 'lang')) ??
    xmlAttributeOf(root, 'lang') ??
    textOf(channelChildren, 'language') ??
    textOf(channelChildren, 'language', NS.dc);
  return { items, ...(lang && { lang: lang.trim() }) };
}
