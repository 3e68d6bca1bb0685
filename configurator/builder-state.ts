/**
 * What the embed builder's controls hold, and its round trip through the page URL: every choice
 * lives in the query string, so a configuration can be shared and restored by its link.
 */

export const ELEMENT_TAGS = ['news-feed', 'event-card', 'member-states-badge'] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

export const PREVIEW_WIDTHS = [320, 768, 1280] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];

export const CODE_TABS = ['script', 'npm', 'react', 'vue'] as const;
export type CodeTab = (typeof CODE_TABS)[number];

export const UI_LANGS = ['en', 'ru'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** The theme tokens the builder offers; an empty value keeps the element's default. */
export interface Theme {
  readonly accent: string;
  readonly radius: string;
  readonly font: string;
  readonly surface: string;
}

export interface BuilderState {
  /** The endpoint as typed; empty means the bundled sample data. */
  readonly src: string;
  readonly element: ElementTag;
  /** The element's `lang`; empty follows the host page. */
  readonly lang: string;
  /** Attribute values by name (other than `src` and `lang`); a missing one keeps its default. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly theme: Theme;
  /** Preview on a dark host page. */
  readonly dark: boolean;
  readonly width: PreviewWidth;
  readonly tab: CodeTab;
  /** The builder's own language. */
  readonly ui: UiLang;
}

export const DEFAULT_STATE: BuilderState = {
  src: '',
  element: 'news-feed',
  lang: '',
  attributes: {},
  theme: { accent: '', radius: '', font: '', surface: '' },
  dark: false,
  width: 768,
  tab: 'script',
  ui: 'en',
};

const ATTRIBUTE_PREFIX = 'a.';
const THEME_KEYS = ['accent', 'radius', 'font', 'surface'] as const;

const oneOf = <T extends string | number>(options: readonly T[], value: unknown, fallback: T): T =>
  options.find((option) => String(option) === value) ?? fallback;

/** The query string of a state: only what differs from the defaults, so links stay short. */
export function stateToQuery(state: BuilderState): string {
  const params = new URLSearchParams();
  if (state.src) params.set('src', state.src);
  if (state.element !== DEFAULT_STATE.element) params.set('element', state.element);
  if (state.lang) params.set('lang', state.lang);
  for (const [name, value] of Object.entries(state.attributes)) params.set(ATTRIBUTE_PREFIX + name, value);
  for (const key of THEME_KEYS) if (state.theme[key]) params.set(key, state.theme[key]);
  if (state.dark) params.set('dark', '1');
  if (state.width !== DEFAULT_STATE.width) params.set('width', String(state.width));
  if (state.tab !== DEFAULT_STATE.tab) params.set('tab', state.tab);
  if (state.ui !== DEFAULT_STATE.ui) params.set('ui', state.ui);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The state a query string describes; anything unknown or malformed falls back to the default. */
export function stateFromQuery(query: string): BuilderState {
  const params = new URLSearchParams(query);
  const attributes: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith(ATTRIBUTE_PREFIX) && key.length > ATTRIBUTE_PREFIX.length) {
      attributes[key.slice(ATTRIBUTE_PREFIX.length)] = value;
    }
  }
  const theme = Object.fromEntries(THEME_KEYS.map((key) => [key, params.get(key) ?? ''])) as unknown as Theme;
  return {
    src: params.get('src') ?? '',
    element: oneOf(ELEMENT_TAGS, params.get('element'), DEFAULT_STATE.element),
    lang: params.get('lang') ?? '',
    attributes,
    theme,
    dark: params.get('dark') === '1',
    width: oneOf(PREVIEW_WIDTHS, params.get('width'), DEFAULT_STATE.width),
    tab: oneOf(CODE_TABS, params.get('tab'), DEFAULT_STATE.tab),
    ui: oneOf(UI_LANGS, params.get('ui'), DEFAULT_STATE.ui),
  };
}
