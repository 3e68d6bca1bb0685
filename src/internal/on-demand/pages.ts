/**
 * The loading of a feed's `next` pages ("show more" past the first page, a search of older
 * releases, a link to an older release), loaded on the first of these (see README.md). Not public API.
 */
import type * as feedPages from '../../components/news-feed/feed-pages.js';

export type PagesModule = typeof feedPages;

export const loadPages = (): Promise<PagesModule> => import('../../components/news-feed/feed-pages.js');
