/**
 * The parts of the script tag (`dist/csto-widgets-parts/`, listed by the build in `parts.json`)
 * and how the loader imports them. Not public API.
 */
declare const __CSTO_SCRIPT_PARTS__: Record<PartName, readonly string[]>;

export type ElementTag = 'news-feed' | 'event-card' | 'member-states-badge';
/**
 * An element's part (its code, registering it); `library`: everything `csto-widgets/classes`
 * exports; `hydrate`: Lit's hydration support, for server-rendered elements; `<tag>-first-screen`:
 * an element's first screen before its code (first-screen.ts in each element's folder).
 */
export type PartName = ElementTag | 'library' | 'hydrate' | `${ElementTag}-first-screen`;

/** The build's `parts.json`: each part's file first, then every chunk it imports, however deep. */
const PART_FILES = __CSTO_SCRIPT_PARTS__;

export const ELEMENT_TAGS: readonly ElementTag[] = ['news-feed', 'event-card', 'member-states-badge'];
/** Any of our elements. */
export const ELEMENT_SELECTOR = ELEMENT_TAGS.join(',');

/**
 * Imports parts from `base` (the `csto-widgets-parts/` folder beside the script): a part's file
 * and every chunk it imports, all at once, so the browser fetches them in one round trip instead
 * of one per level of imports. Each part once; a failed one is tried again on the next call.
 */
export function partImporter(base: string | undefined): (name: PartName) => Promise<Record<string, unknown>> {
  const imports = new Map<PartName, Promise<Record<string, unknown>>>();
  return (name) => {
    let loading = imports.get(name);
    if (!loading) {
      loading = importPart(name, base);
      loading.catch(() => imports.delete(name));
      imports.set(name, loading);
    }
    return loading;
  };
}

async function importPart(name: PartName, base: string | undefined): Promise<Record<string, unknown>> {
  const files = PART_FILES[name];
  // Only the build's lists: `load('constructor')` finds a function, not a part.
  if (!Array.isArray(files)) throw new TypeError(`csto-widgets has no part "${name}"`);
  if (!base) throw new Error('the script has no URL to find its parts by');
  const [part] = await Promise.all(
    files.map((file) => import(/* @vite-ignore */ new URL(file, base).href) as Promise<Record<string, unknown>>),
  );
  return part!;
}

/**
 * `importPart`, but on a page holding a server-rendered element of ours (a declarative shadow
 * root, attached while the page was parsed) the `hydrate` part runs first: Lit reads its hydration
 * support once, when the chunk that defines LitElement runs, so it cannot come in parallel. Decided
 * at the first import; a page without one pays nothing. If the part cannot be loaded, elements
 * render afresh from the data beside them.
 */
export function hydratingFirst(
  importPart: (name: PartName) => Promise<Record<string, unknown>>,
  serverRendered: () => boolean,
): (name: PartName) => Promise<Record<string, unknown>> {
  let hydration: Promise<unknown> | undefined;
  return (name) => {
    hydration ??= serverRendered() ? importPart('hydrate').catch(() => undefined) : Promise.resolve();
    return hydration.then(() => importPart(name));
  };
}
