/**
 * An element's endpoint (the endpoint controller and the data layer under it), loaded by an
 * element that reads one only with `src`: `<member-states-badge>` shows its built-in list
 * without it (see README.md). Not public API.
 */
import type * as endpointController from '../endpoint-controller.js';

export type EndpointModule = typeof endpointController;

let loaded: EndpointModule | undefined;

export const loadEndpoint = (): Promise<EndpointModule> =>
  import('../endpoint-controller.js').then((module) => (loaded = module));

/** The endpoint code once loaded: a later badge (or a server render, which loads it first) takes it at once. */
export const loadedEndpoint = (): EndpointModule | undefined => loaded;
