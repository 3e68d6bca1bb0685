import { isObject, type FeedParts } from '../normalise.js';

/** The WordPress REST API post list (`/wp-json/wp/v2/posts`): an array of posts. */
export function isWordPressList(doc: unknown): doc is unknown[] {
  return Array.isArray(doc) && doc.some((post) => isObject(post) && isObject(post.title) && 'rendered' in post.title);
}

const rendered = (field: unknown): unknown => (isObject(field) ? field.rendered : undefined);

function toNativeItem(post: unknown): unknown {
  if (!isObject(post)) return post;
  // date_gmt is the unambiguous instant; `date` is the site's local time without an offset.
  const date = typeof post.date_gmt === 'string' ? `${post.date_gmt}Z` : post.date;
  return {
    id: post.id,
    title: rendered(post.title),
    date,
    summary: rendered(post.excerpt),
    body: rendered(post.content),
    url: post.link,
  };
}

export function wordPressParts(doc: unknown[]): FeedParts {
  return { items: doc.map(toNativeItem), titleKind: 'html-as-text' };
}
