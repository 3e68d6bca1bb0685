import { htmlToText, collapseSpace } from '../clean-text.js';
import { isObject, type FeedParts } from '../normalise.js';

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Our own fields travel in the `_csto`
 * extension object of an item: `event`, `memberStates`, `tags`, and language maps for text.
 */
export function isJsonFeed(doc: unknown): doc is { items: unknown[] } {
  return (
    isObject(doc) &&
    Array.isArray(doc.items) &&
    (typeof doc.version !== 'string' || doc.version.startsWith('https://jsonfeed.org/version/'))
  );
}

const TITLE_FROM_TEXT_LENGTH = 80;

/** JSON Feed allows items without a title; a release needs one, so borrow the start of its text. */
function titleFromText(text: string): string | undefined {
  const plain = collapseSpace(text);
  if (!plain) return undefined;
  if (plain.length <= TITLE_FROM_TEXT_LENGTH) return plain;
  const cut = plain.slice(0, TITLE_FROM_TEXT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

function toNativeItem(item: unknown): unknown {
  if (!isObject(item)) return item;
  const extension = isObject(item._csto) ? item._csto : {};
  const contentText = typeof item.content_text === 'string' ? item.content_text : undefined;
  const contentHtml = typeof item.content_html === 'string' ? item.content_html : undefined;
  const summary = typeof item.summary === 'string' ? item.summary : undefined;
  const title = extension.title ?? item.title;
  return {
    id: item.id,
    title: title ?? titleFromText(summary ?? contentText ?? (contentHtml ? htmlToText(contentHtml) : '')),
    date: item.date_published ?? item.date_modified,
    summary: extension.summary ?? summary,
    body: extension.body ?? contentHtml ?? contentText,
    url: item.url ?? item.external_url,
    image: item.image ?? item.banner_image,
    tags: extension.tags ?? item.tags,
    memberStates: extension.memberStates,
    event: extension.event,
  };
}

export function jsonFeedParts(doc: { items: unknown[]; next_url?: unknown; _csto?: unknown }): FeedParts {
  const extension = isObject(doc._csto) ? doc._csto : {};
  return {
    items: doc.items.map(toNativeItem),
    next: doc.next_url,
    memberStates: extension.memberStates,
    titleKind: 'html-as-text',
  };
}
