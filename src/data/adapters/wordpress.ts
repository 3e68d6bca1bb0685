import { isObject, type FeedParts } from '../normalise.js';
import { safeHttpUrl, withAbsoluteUrls } from '../url.js';

/**
 * The WordPress REST API post list (`/wp-json/wp/v2/posts`), loaded on the first such answer
 * (json-shape.ts tells one by its shape).
 */

const rendered = (field: unknown): unknown => (isObject(field) ? field.rendered : undefined);

const firstOf = (value: unknown): unknown => (Array.isArray(value) ? value[0] : undefined);

// Sizes WordPress makes of an upload, the one a list shows best first.
const IMAGE_SIZES = ['medium_large', 'large', 'medium', 'full'];

/** The featured image of a post fetched with `?_embed`: a mid-sized rendition, else the original. */
function featuredImage(embedded: Record<string, unknown>): unknown {
  const media = firstOf(embedded['wp:featuredmedia']);
  if (!isObject(media)) return undefined;
  const sizes = isObject(media.media_details) && isObject(media.media_details.sizes) ? media.media_details.sizes : {};
  for (const size of IMAGE_SIZES) {
    const rendition = sizes[size];
    if (isObject(rendition) && typeof rendition.source_url === 'string') return rendition.source_url;
  }
  return media.source_url;
}

/**
 * Tag and category names of a post fetched with `?_embed` (`wp:term` is a list per taxonomy).
 * WordPress files every post without a category under "Uncategorized": that says nothing.
 */
function termNames(embedded: Record<string, unknown>): string[] | undefined {
  const taxonomies = embedded['wp:term'];
  if (!Array.isArray(taxonomies)) return undefined;
  return taxonomies
    .flat()
    .filter((term) => isObject(term) && typeof term.name === 'string' && term.slug !== 'uncategorized')
    .map((term) => (term as { name: string }).name);
}

function toNativeItem(post: unknown): unknown {
  if (!isObject(post)) return post;
  // date_gmt is the unambiguous instant; `date` is the site's local time without an offset.
  const date = typeof post.date_gmt === 'string' ? `${post.date_gmt}Z` : post.date;
  const embedded = isObject(post._embedded) ? post._embedded : {};
  const content = rendered(post.content);
  const link = safeHttpUrl(post.link, undefined);
  return {
    id: post.id,
    title: rendered(post.title),
    date,
    summary: rendered(post.excerpt),
    body: typeof content === 'string' ? withAbsoluteUrls(content, link) : content,
    url: post.link,
    image: featuredImage(embedded),
    tags: termNames(embedded),
  };
}

export function wordPressParts(doc: unknown[]): FeedParts {
  return { items: doc.map(toNativeItem), titleKind: 'html-as-text' };
}
