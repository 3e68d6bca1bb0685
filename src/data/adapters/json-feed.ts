import { htmlToText, collapseSpace } from '../clean-text.js';
import { isObject, type FeedParts } from '../normalise.js';
import { safeHttpUrl, withAbsoluteUrls } from '../url.js';

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Our own fields travel in the `_csto`
 * extension object of an item: `event`, `memberStates`, `tags`, and language maps for text.
 * Loaded on the first JSON Feed answer (json-shape.ts tells one by its shape).
 */

const TITLE_FROM_TEXT_LENGTH = 80;

/** JSON Feed allows items without a title; a release needs one, so borrow the start of its text. */
export function titleFromText(text: string): string | undefined {
  const plain = collapseSpace(text);
  if (!plain) return undefined;
  if (plain.length <= TITLE_FROM_TEXT_LENGTH) return plain;
  const cut = plain.slice(0, TITLE_FROM_TEXT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** A text in the item's (else the feed's) language, when one is given (JSON Feed 1.1 `language`). */
const inLanguage = (text: unknown, lang: unknown): unknown =>
  typeof text === 'string' && typeof lang === 'string' && lang.trim() ? { [lang.trim()]: text } : text;

function toNativeItem(item: unknown, feedLang: unknown, homePage: string | undefined): unknown {
  if (!isObject(item)) return item;
  const extension = isObject(item._csto) ? item._csto : {};
  const contentText = typeof item.content_text === 'string' ? item.content_text : undefined;
  const contentHtml = typeof item.content_html === 'string' ? item.content_html : undefined;
  const summary = typeof item.summary === 'string' ? item.summary : undefined;
  const title = extension.title ?? item.title;
  const lang = item.language ?? feedLang;
  const url = item.url ?? item.external_url;
  const body =
    extension.body ??
    (contentHtml ? withAbsoluteUrls(contentHtml, safeHttpUrl(url, homePage) ?? homePage) : contentText);
  return {
    id: item.id,
    title: inLanguage(
      title ?? titleFromText(summary ?? contentText ?? (contentHtml ? htmlToText(contentHtml) : '')),
      lang,
    ),
    date: item.date_published ?? item.date_modified,
    summary: inLanguage(extension.summary ?? summary, lang),
    body: inLanguage(body, lang),
    url,
    image: item.image ?? item.banner_image,
    tags: extension.tags ?? item.tags,
    memberStates: extension.memberStates,
    event: extension.event,
  };
}

/**
 * The parts of a JSON Feed. Titles and summaries are plain text by the specification and carry
 * entities and now and then markup in practice: read as `text-or-html`.
 * @param base the feed's URL, for relative links inside `content_html`
 */
export function jsonFeedParts(
  doc: { items: unknown[]; next_url?: unknown; _csto?: unknown; language?: unknown; home_page_url?: unknown },
  base?: string,
): FeedParts {
  const extension = isObject(doc._csto) ? doc._csto : {};
  const homePage = safeHttpUrl(doc.home_page_url, base) ?? base;
  return {
    items: doc.items.map((item) => toNativeItem(item, doc.language, homePage)),
    next: doc.next_url,
    memberStates: extension.memberStates,
    titleKind: 'text-or-html',
  };
}
