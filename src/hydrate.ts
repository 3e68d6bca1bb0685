/**
 * `import 'csto-widgets/hydrate'`: Lit's hydration support, so elements rendered on a server
 * (`csto-widgets/ssr`, `csto-widgets render`) take over their shadow roots as they are instead of
 * building them again. Import it before any element (before `csto-widgets`, its element entries,
 * or anything else that imports Lit): Lit reads it once, when its LitElement class is defined.
 * In the script-tag build it is the part `csto-widgets-parts/hydrate.js`, loaded first by the
 * loader when the page holds a server-rendered element. See docs/server-rendering.md, "Hydration".
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { takeOverHydrating } from './internal/hydrating-takeover.js';

// How our elements take over a server render with that support (kept out of every other page).
globalThis.cstoHydratingTakeover ??= takeOverHydrating;
