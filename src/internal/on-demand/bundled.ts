/**
 * The on-demand modules that the script-tag bundle holds itself (vite.config.ts resolves each of
 * them here): one classic script cannot hold chunks, and what they load is part of what that
 * script brings for every element anyway. Static imports, so the bundle stays one flat scope.
 * Not public API.
 */
import { corsAdvice, corsRefusal } from '../../data/cors.js';
import { FeedPages } from '../../components/news-feed/feed-pages.js';
import { FeedToolbar } from '../../components/news-feed/feed-toolbar.js';
import { adoptFeed, EndpointController } from '../endpoint-controller.js';
import type { ControlsModule } from './controls.js';
import type { CorsProbeModule } from './cors-probe.js';
import type { EndpointModule } from './endpoint.js';
import type { PagesModule } from './pages.js';

// Built when asked, never as the module runs: the data layer imports this module too (the CORS
// probe), so at that moment the classes may not exist yet.
export const loadedEndpoint = (): EndpointModule => ({ adoptFeed, EndpointController });
export const loadEndpoint = (): Promise<EndpointModule> => Promise.resolve(loadedEndpoint());
export const loadedControls = (): ControlsModule => ({ FeedToolbar });
export const loadControls = (): Promise<ControlsModule> => Promise.resolve(loadedControls());
export const loadPages = (): Promise<PagesModule> => Promise.resolve({ FeedPages });
export const loadCorsProbe = (): Promise<CorsProbeModule> => Promise.resolve({ corsAdvice, corsRefusal });
