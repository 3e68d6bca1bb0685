/**
 * The JSON Feed and WordPress adapters, each loaded on the first answer in its format (see
 * README.md): a page whose endpoints answer in the native format never loads them. Not public API.
 */
import type * as jsonFeed from '../../data/adapters/json-feed.js';
import type * as wordPress from '../../data/adapters/wordpress.js';

export type JsonFeedModule = typeof jsonFeed;
export type WordPressModule = typeof wordPress;

export const loadJsonFeedAdapter = (): Promise<JsonFeedModule> => import('../../data/adapters/json-feed.js');

export const loadWordPressAdapter = (): Promise<WordPressModule> => import('../../data/adapters/wordpress.js');
