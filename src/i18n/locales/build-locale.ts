import type { Day, Era, Locale, Month, Quarter } from 'date-fns';
import type {
  FormatDistanceToken,
  FormatLongWidth,
  LocaleDayPeriod,
  LocaleWidth,
  LocalizeFnOptions,
  MatchFn,
} from 'date-fns/locale';

type Names<Width extends LocaleWidth = Exclude<LocaleWidth, 'any' | 'short'>> = Readonly<
  Record<Width, readonly string[]>
>;
type Periods = Readonly<Record<LocaleDayPeriod, string>>;

/** The words of a language, from which {@link buildLocale} makes a date-fns `Locale`. */
export interface LocaleData {
  readonly code: string;
  readonly months: { readonly formatting: Names; readonly standalone: Names };
  readonly days: Names<'narrow' | 'short' | 'abbreviated' | 'wide'>;
  readonly eras: Names;
  readonly quarters: Names;
  readonly dayPeriods: Readonly<Record<'narrow' | 'abbreviated' | 'wide', Periods>>;
  readonly ordinal: (n: number) => string;
  /** Matches a written ordinal at the start of a string; its first group is the number. */
  readonly ordinalPattern: RegExp;
  readonly formatLong: Readonly<Record<'date' | 'time', Readonly<Record<Exclude<FormatLongWidth, 'any'>, string>>>> & {
    readonly dateTime: string;
  };
  readonly formatRelative: Readonly<
    Record<'lastWeek' | 'yesterday' | 'today' | 'tomorrow' | 'nextWeek' | 'other', string>
  >;
  /** `[plain, future, past]` templates with `{{count}}`, per date-fns distance token. */
  readonly distance: Readonly<Record<FormatDistanceToken, readonly [string, string, string]>>;
  readonly weekStartsOn: Day;
  readonly firstWeekContainsDate: 1 | 4;
}

function pick(
  names: Readonly<Partial<Record<LocaleWidth, readonly string[]>>>,
  options?: LocalizeFnOptions,
): readonly string[] {
  return names[options?.width ?? 'wide'] ?? names.wide!;
}

/** Matches the longest name of any width at the start of a string, case-insensitively. */
function matchNames<Value>(lists: readonly (readonly string[])[], toValue: (index: number) => Value): MatchFn<Value> {
  return (text, options) => {
    let best: { index: number; length: number } | undefined;
    for (const list of lists)
      list.forEach((name, index) => {
        if (name.length > (best?.length ?? 0) && text.slice(0, name.length).toLowerCase() === name.toLowerCase())
          best = { index, length: name.length };
      });
    if (!best) return null;
    const value = toValue(best.index);
    // date-fns passes its own callback typed for strings; it receives the parsed value.
    const callback = options?.valueCallback as ((value: Value) => Value) | undefined;
    return { value: callback ? callback(value) : value, rest: text.slice(best.length) };
  };
}

/** A complete date-fns `Locale` (format, parse, distance, relative) from a language's words. */
export function buildLocale(data: LocaleData): Locale {
  const { months, days, eras, quarters, dayPeriods } = data;
  const periodKeys = Object.keys(dayPeriods.wide) as LocaleDayPeriod[];
  const fill = (template: string, count: number): string => template.replace('{{count}}', String(count));
  const longFormat =
    (formats: Readonly<Record<string, string>>) =>
    (options: { width?: FormatLongWidth }): string =>
      formats[options.width ?? 'full'] ?? formats.full!;
  return {
    code: data.code,
    formatDistance: (token, count, options) => {
      const [plain, future, past] = data.distance[token];
      if (!options?.addSuffix) return fill(plain, count);
      return fill((options.comparison ?? 0) > 0 ? future : past, count);
    },
    formatRelative: (token) => data.formatRelative[token],
    formatLong: {
      date: longFormat(data.formatLong.date),
      time: longFormat(data.formatLong.time),
      dateTime: () => data.formatLong.dateTime,
    },
    localize: {
      ordinalNumber: (n) => data.ordinal(Number(n)),
      era: (era, options) => pick(eras, options)[era]!,
      quarter: (quarter, options) => pick(quarters, options)[quarter - 1]!,
      month: (month, options) =>
        pick(options?.context === 'standalone' ? months.standalone : months.formatting, options)[month]!,
      day: (day, options) => pick(days, options)[day]!,
      dayPeriod: (period, options) =>
        (dayPeriods[options?.width as keyof typeof dayPeriods] ?? dayPeriods.wide)[period],
    },
    match: {
      ordinalNumber: (text, options) => {
        const found = data.ordinalPattern.exec(text);
        if (!found) return null;
        const value = Number(found[1]);
        const callback = options?.valueCallback as ((value: number) => number) | undefined;
        return { value: callback ? callback(value) : value, rest: text.slice(found[0].length) };
      },
      era: matchNames(Object.values(eras), (index) => index as Era),
      quarter: matchNames(Object.values(quarters), (index) => (index + 1) as Quarter),
      month: matchNames(
        [...Object.values(months.formatting), ...Object.values(months.standalone)],
        (index) => index as Month,
      ),
      day: matchNames(Object.values(days), (index) => index as Day),
      dayPeriod: matchNames(
        Object.values(dayPeriods).map((names) => periodKeys.map((key) => names[key])),
        (index) => periodKeys[index]!,
      ),
    },
    options: { weekStartsOn: data.weekStartsOn, firstWeekContainsDate: data.firstWeekContainsDate },
  };
}
