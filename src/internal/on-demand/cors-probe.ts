/**
 * The check that tells a cross-origin refusal from being offline, loaded after a request failed
 * without an answer (see README.md). Not public API.
 */
import type * as cors from '../../data/cors.js';

export type CorsProbeModule = typeof cors;

export const loadCorsProbe = (): Promise<CorsProbeModule> => import('../../data/cors.js');
