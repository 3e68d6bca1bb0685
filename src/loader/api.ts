/**
 * `window.CstoWidgets` as the script tag sets it: the configuration and version at once, the
 * element classes and the rest of the library once their code has loaded. Not public API; the
 * type is, through `csto-widgets/script`.
 */
import type * as Library from '../classes.js';
import type { EventCard } from '../components/event-card/event-card.js';
import type { MemberStatesBadge } from '../components/member-states-badge/member-states-badge.js';
import type { NewsFeed } from '../components/news-feed/news-feed.js';
import { configure, getConfig } from '../config.js';
import { version } from '../version.js';
import type { ElementTag, PartName } from './parts.js';

type LibraryModule = typeof Library;

/** The class of each element, by tag. */
export interface ElementClasses {
  'news-feed': typeof NewsFeed;
  'event-card': typeof EventCard;
  'member-states-badge': typeof MemberStatesBadge;
}

/**
 * `window.CstoWidgets`. What `csto-widgets/classes` exports is here once its code has loaded
 * (`CstoWidgets.NewsFeed` once `<news-feed>` is defined; everything after `await load()`),
 * undefined before; `configure`, `getConfig`, `version` and `safeBodyHtml` work at once.
 */
export interface CstoWidgetsApi extends Partial<Omit<LibraryModule, 'configure' | 'getConfig' | 'safeBodyHtml'>> {
  readonly version: string;
  readonly configure: typeof configure;
  readonly getConfig: typeof getConfig;
  /** A release body as safe HTML (see docs/SECURITY.md); loads the library on its first call. */
  readonly safeBodyHtml: LibraryModule['safeBodyHtml'];
  /** Loads and registers the element `tag` (if no other copy holds it); resolves with its class. */
  load<Tag extends ElementTag>(tag: Tag): Promise<ElementClasses[Tag]>;
  /** Loads the whole library (every class, `safeBodyHtml`, `loadFeed`, …), registering nothing. */
  load(): Promise<LibraryModule>;
}

declare global {
  interface Window {
    CstoWidgets?: CstoWidgetsApi;
  }
}

const CLASS_NAMES: Record<ElementTag, keyof LibraryModule> = {
  'news-feed': 'NewsFeed',
  'event-card': 'EventCard',
  'member-states-badge': 'MemberStatesBadge',
};

const TAGS_OF_CLASSES: Record<string, ElementTag> = Object.fromEntries(
  Object.entries(CLASS_NAMES).map(([tag, name]) => [name, tag as ElementTag]),
);

/** The API over `importPart`, which resolves with a part's exports; `loaded`: what is here from the start. */
export function createApi(
  importPart: (name: PartName) => Promise<Record<string, unknown>>,
  loaded: Record<string, unknown> = {},
): CstoWidgetsApi {
  const load = async (tag?: ElementTag): Promise<unknown> => {
    const part = await importPart(tag ?? 'library');
    Object.assign(loaded, part);
    return tag ? part[CLASS_NAMES[tag]] : part;
  };
  // It returns a promise anyway, so it can be called before the library is here.
  const safeBodyHtml = async (body: string): Promise<string> => ((await load()) as LibraryModule).safeBodyHtml(body);
  const api = { version, configure, getConfig, safeBodyHtml, load } as CstoWidgetsApi;
  // A class is here as soon as its tag is defined: a part defines its element while it runs, a few
  // microtasks before `load` has its exports (code awaiting `customElements.whenDefined` would see
  // `undefined` in between).
  const definedClass = (key: string): unknown => {
    const tag = TAGS_OF_CLASSES[key];
    return tag && typeof customElements !== 'undefined' ? customElements.get(tag) : undefined;
  };
  return new Proxy(api, {
    get: (target, key) =>
      key in target ? target[key as keyof CstoWidgetsApi] : (loaded[key as string] ?? definedClass(key as string)),
  });
}
