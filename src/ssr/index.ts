/**
 * `csto-widgets/ssr`: server and build-time rendering for Node (see docs/server-rendering.md).
 * Importing it registers the elements in Lit's Node DOM shim, as `import 'csto-widgets'` does.
 */
export {
  renderElements,
  type RenderOptions,
  type RenderProblem,
  type RenderProblemKind,
  type RenderResult,
} from './render-elements.js';
export {
  readServerState,
  isServerStateFresh,
  SERVER_STATE_ATTRIBUTE,
  SERVER_STATE_VERSION,
  type ServerState,
} from '../data/server-state.js';
