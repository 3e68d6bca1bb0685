/**
 * Languages, the catalogues loaded so far, and plurals: what every element needs on its first
 * screen. English is not here: each element brings the English sections it shows (`sectionOf`),
 * and `messagesFor` in index.ts the whole catalogue, so a badge page carries only the badge's text.
 */
import { loadCatalogue, type OnDemandLang } from '../internal/on-demand/catalogues.js';
import { warnOnce } from '../internal/warn-once.js';
import type { Messages, PluralForms } from './catalogue.js';

/** A language the UI speaks: a lowercase BCP 47 primary language subtag. */
export type Lang = 'en' | 'ru' | 'hy' | 'be' | 'kk' | 'ky' | 'tg';

/** Every language the UI speaks. */
export const LANGS: readonly Lang[] = ['en', 'ru', 'hy', 'be', 'kk', 'ky', 'tg'];

/**
 * Catalogues loaded. English is always at hand, as the fallback any text can use at once; the
 * others, Russian too, are loaded the first time an element speaks them (see `settleCatalogue`),
 * so a page in one language never downloads the rest.
 */
const catalogues = new Map<Lang, Messages>();
/** Languages whose catalogue could not be loaded: they render in English. */
const unavailable = new Set<Lang>();
const loading = new Map<Lang, Promise<void>>();

/**
 * The UI language for a BCP 47 tag, by its primary subtag, case-insensitively
 * (`ru-RU` → `ru`, `tg-Cyrl` → `tg`); `undefined` for a language the UI does not speak.
 */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return LANGS.find((lang) => lang === primary);
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots to their hosts), else `pageDefault`, else English. A `lang` the UI does not speak
 * (`fr`, or `""` for "unknown") is skipped in favour of the next level out: the page around a
 * French widget is more likely to be read than English is.
 */
export function langOf(element: Element, pageDefault?: string): Lang {
  for (let node: Element | null = element; node;) {
    const lang = toLang(node.getAttribute('lang'));
    if (lang) return lang;
    node = node.parentElement ?? (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return toLang(pageDefault) ?? 'en';
}

/**
 * The language an element renders in: its own `lang` (the property: set before the attribute
 * follows it), else `langOf`. One resolution for the element and for its first screen.
 */
export function languageOf(element: Element & { readonly lang: string }, pageDefault?: string): Lang {
  return toLang(element.lang) ?? langOf(element, pageDefault);
}

/** Whether `lang` can render now: its catalogue is here, or could not be loaded (English stands in). */
export function isCatalogueSettled(lang: Lang): boolean {
  return lang === 'en' || catalogues.has(lang) || unavailable.has(lang);
}

/**
 * Loads the catalogue of `lang` if it is not here yet; resolves, never rejects, once `lang` is
 * settled. A catalogue that cannot be loaded is reported once, and English is used for it.
 */
export function settleCatalogue(lang: Lang): Promise<void> {
  if (isCatalogueSettled(lang)) return Promise.resolve();
  let settled = loading.get(lang);
  if (!settled) {
    settled = loadCatalogue(lang as OnDemandLang).then(
      (module) => void catalogues.set(lang, module.default),
      (error: unknown) => {
        warnOnce(`the "${lang}" catalogue could not be loaded; English is shown instead.`, error);
        unavailable.add(lang);
      },
    );
    loading.set(lang, settled);
  }
  return settled;
}

/** Fills `{name}` placeholders (`'{n} more'`); a placeholder without a value stays as written. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

/** The catalogue of `lang` once loaded; English is `messagesFor`'s (index.ts), or a section's (`sectionOf`). */
export function loadedCatalogue(lang: Lang): Messages | undefined {
  return catalogues.get(lang);
}

/**
 * The texts `english` names of one section of the catalogue of `lang`, or `english` itself (the
 * caller's own English texts of that section) while that catalogue is not loaded: how an element
 * reads its text without carrying the others'.
 */
export function sectionOf<K extends keyof Messages, Key extends keyof Messages[K]>(
  lang: Lang,
  key: K,
  english: Pick<Messages[K], Key>,
): Pick<Messages[K], Key> {
  return catalogues.get(lang)?.[key] ?? english;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

function cached<T>(cache: Map<Lang, T>, lang: Lang, create: () => T): T {
  let value = cache.get(lang);
  if (!value) cache.set(lang, (value = create()));
  return value;
}

/**
 * The plural form for `n` by the language's CLDR rules, with `{n}` filled in the language's
 * number format. Engines without rules for a language (Tajik, everywhere) use English's, never
 * the browser's default locale, so the result does not depend on the reader's browser.
 */
export function plural(lang: Lang, forms: PluralForms, n: number): string {
  const rules = cached(pluralRules, lang, () => new Intl.PluralRules([lang, 'en']));
  // Every catalogue outside English groups digits and marks decimals as Russian does (CLDR), and
  // Chromium lacks number data for hy, be, ky and tg, so those borrow the Russian format.
  const numbers = cached(numberFormats, lang, () => new Intl.NumberFormat(lang === 'en' ? 'en' : 'ru'));
  return fill(forms[rules.select(n)] ?? forms.other, { n: numbers.format(n) });
}
