/**
 * The toolbar of `<news-feed controls>` (search field, filters, count), loaded when a feed first
 * has `controls` (see README.md). Not public API.
 */
import type * as feedToolbar from '../../components/news-feed/feed-toolbar.js';

export type ControlsModule = typeof feedToolbar;

let loaded: ControlsModule | undefined;

export const loadControls = (): Promise<ControlsModule> =>
  import('../../components/news-feed/feed-toolbar.js').then((module) => (loaded = module));

/** The toolbar once loaded: a later feed (or a server render, which loads it first) takes it at once. */
export const loadedControls = (): ControlsModule | undefined => loaded;
