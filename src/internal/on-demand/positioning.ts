/** Tooltip and popover positioning, loaded on the first panel opened (see README.md). Not public API. */
import type * as positioning from '../position-floating.js';

export type PositioningModule = typeof positioning;

export const loadPositioning = (): Promise<PositioningModule> => import('../position-floating.js');
