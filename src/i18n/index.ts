/**
 * Languages, message catalogues, plurals and dates for every element.
 * Dates are formatted from the catalogues' own patterns and month names rather than through
 * date-fns locales or Intl: Chromium formats `hy`, `be`, `ky` and `tg` dates in English, and the
 * four date-fns locales alone weigh ~12 KB gzip. Unit tests hold our names to date-fns and CLDR.
 */
import { toDate } from '../data/date.js';
import type { DatePoint } from '../data/release.js';
import { loadCatalogue, type OnDemandLang } from '../internal/on-demand/catalogues.js';
import { warnOnce } from '../internal/warn-once.js';
import type { Messages, PluralForms } from './catalogue.js';
import { formatPattern } from './date-pattern.js';
import en from './messages/en.js';

export type { Messages, PluralForms } from './catalogue.js';

/** A language the UI speaks: a lowercase BCP 47 primary language subtag. */
export type Lang = 'en' | 'ru' | 'hy' | 'be' | 'kk' | 'ky' | 'tg';

/** Every language the UI speaks. */
export const LANGS: readonly Lang[] = ['en', 'ru', 'hy', 'be', 'kk', 'ky', 'tg'];

/**
 * Catalogues at hand. English comes with every element, as the fallback any text can use at once;
 * the others, Russian too, are loaded the first time an element speaks them (see
 * `settleCatalogue`), so a page in one language never downloads the rest.
 */
const catalogues = new Map<Lang, Messages>([['en', en]]);
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

/** Whether `lang` can render now: its catalogue is here, or could not be loaded (English stands in). */
export function isCatalogueSettled(lang: Lang): boolean {
  return catalogues.has(lang) || unavailable.has(lang);
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

/** The catalogue of a language: English until that language's catalogue is loaded. */
export function messagesFor(lang: Lang): Messages {
  return catalogues.get(lang) ?? en;
}

/** Fills `{name}` placeholders (`'{n} more'`); a placeholder without a value stays as written. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
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

/** A date as the language writes it (`5 September 2024`), with the reader's local time unless all-day. */
export function formatDate(point: DatePoint, lang: Lang): string {
  const messages = messagesFor(lang);
  return formatPattern(point.allDay ? messages.dateFormat : messages.dateTimeFormat, messages.months, toDate(point));
}

const sameDay = (a: Date, b: Date): boolean =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * A date range with what repeats written once: `3–6 September 2024`, `30 September – 2 October 2024`,
 * `28 December 2024 – 3 January 2025`; one date when `end` is missing or the same. Times show only
 * when both ends carry one (`3 September 2024, 10:00–18:00`): an all-day end says nothing about hours.
 */
export function formatDateRange(start: DatePoint, end: DatePoint | undefined, lang: Lang): string {
  const messages = messagesFor(lang);
  const { dateRange, months } = messages;
  const from = toDate(start);
  const to = end ? toDate(end) : from;
  const timed = !start.allDay && end?.allDay !== true;
  let pattern: string;
  if (sameDay(from, to)) {
    const sameMinute = from.getHours() === to.getHours() && from.getMinutes() === to.getMinutes();
    pattern = !timed ? messages.dateFormat : sameMinute ? messages.dateTimeFormat : dateRange.hours;
  } else if (timed) pattern = dateRange.dateTimes;
  else if (from.getFullYear() !== to.getFullYear()) pattern = dateRange.years;
  else if (from.getMonth() !== to.getMonth()) pattern = dateRange.months;
  else pattern = dateRange.days;
  return formatPattern(pattern, months, from, to);
}

const DAY_MS = 86_400_000;
// Calendar days between local dates, immune to DST days that last 23 or 25 hours.
const dayNumber = (date: Date): number =>
  Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);

/** How far `target` is from `now` in whole calendar days: `today`, `tomorrow`, `in 3 days`, `3 days ago`. */
export function formatRelative(target: Date, now: Date, lang: Lang): string {
  const { relative } = messagesFor(lang);
  const days = dayNumber(target) - dayNumber(now);
  if (days === 0) return relative.today;
  if (days === 1) return relative.tomorrow;
  if (days === -1) return relative.yesterday;
  return days > 0 ? plural(lang, relative.future, days) : plural(lang, relative.past, -days);
}
