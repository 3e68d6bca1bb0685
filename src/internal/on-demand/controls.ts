/**
 * The toolbar of `<news-feed controls>` (search field, filters, count) and its styles, loaded
 * when a feed first has `controls` (see README.md). Not public API.
 */
import type * as feedToolbar from '../../components/news-feed/feed-toolbar.js';

export type ControlsModule = typeof feedToolbar;

export const loadControls = (): Promise<ControlsModule> => import('../../components/news-feed/feed-toolbar.js');
