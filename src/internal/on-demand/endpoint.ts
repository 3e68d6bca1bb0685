/**
 * An element's endpoint (the endpoint controller and the data layer under it), loaded by an
 * element that reads one only with `src`: `<member-states-badge>` shows its built-in list
 * without it (see README.md). Not public API.
 */
import type * as endpointController from '../endpoint-controller.js';

export type EndpointModule = typeof endpointController;

export const loadEndpoint = (): Promise<EndpointModule> => import('../endpoint-controller.js');
