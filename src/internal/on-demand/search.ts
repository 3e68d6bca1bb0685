/** The search index of `<news-feed controls>`, loaded when a toolbar first shows (see README.md). Not public API. */
import type * as searchIndex from '../../components/news-feed/search-index.js';

export type SearchModule = typeof searchIndex;

export const loadSearch = (): Promise<SearchModule> => import('../../components/news-feed/search-index.js');
