import type { Locale } from 'date-fns';
import { be, enGB, kk, ru } from 'date-fns/locale';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Lang, LANGS, messagesFor, settleCatalogue } from '../../../src/i18n/index.js';

// Catalogues other than English and Russian load on first use (src/internal/on-demand/).
beforeAll(() => Promise.all(LANGS.map(settleCatalogue)));

type Tree = { readonly [key: string]: string | Tree | readonly string[] };

const PLURAL = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (node: Tree): boolean => 'other' in node && Object.keys(node).every((key) => PLURAL.has(key));

/** Dotted paths of the leaves, with plural maps and arrays as leaves. */
function paths(node: Tree, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' || Array.isArray(value) || isPlural(value as Tree)
      ? [`${prefix}${key}`]
      : paths(value as Tree, `${prefix}${key}.`),
  );
}

function pluralMaps(node: Tree): Tree[] {
  if (isPlural(node)) return [node];
  return Object.values(node).flatMap((value) =>
    typeof value === 'string' || Array.isArray(value) ? [] : pluralMaps(value as Tree),
  );
}

const english = messagesFor('en') as unknown as Tree;

describe.each(LANGS)('the %s catalogue', (lang) => {
  // Read in each test: the beforeAll above loads the catalogue after this body has run.
  const catalogue = (): Tree => messagesFor(lang) as unknown as Tree;

  it('has exactly the English keys', () => {
    expect(paths(catalogue())).toEqual(paths(english));
  });

  it('has exactly the plural categories the engine picks from', () => {
    // The same locale list `plural()` builds its rules from.
    const categories = new Intl.PluralRules([lang, 'en']).resolvedOptions().pluralCategories;
    for (const forms of pluralMaps(catalogue())) expect(Object.keys(forms).sort()).toEqual([...categories].sort());
  });

  it('has twelve month names in each form, and no string left empty', () => {
    const { months } = messagesFor(lang);
    expect(months.formatting).toHaveLength(12);
    expect(months.standalone).toHaveLength(12);
    expect(JSON.stringify(catalogue())).not.toMatch(/""/);
  });
});

it.each(LANGS.filter((lang) => lang !== 'en'))('the %s catalogue is translated', (lang) => {
  const { feed, errors, event, states } = messagesFor(lang);
  for (const text of [feed.label, feed.more, errors.network, event.addToCalendar, states.label])
    expect(text).toMatch(lang === 'hy' ? /\p{Script=Armenian}/u : /\p{Script=Cyrillic}/u);
});

describe('month names', () => {
  // Where date-fns has the language right, our names are its names.
  it.each([
    ['en', enGB],
    ['ru', ru],
    ['be', be],
    ['kk', kk],
  ] as [Lang, Locale][])('%s matches date-fns', (lang, locale) => {
    const { months } = messagesFor(lang);
    for (const context of ['formatting', 'standalone'] as const)
      months[context].forEach((name, month) =>
        expect(name).toBe(locale.localize.month(month as never, { width: 'wide', context })),
      );
  });

  it('hy takes the CLDR genitive after a day and the nominative alone', () => {
    const { months } = messagesFor('hy');
    months.formatting.forEach((name, month) => {
      const parts = new Intl.DateTimeFormat('hy', { day: 'numeric', month: 'long' }).formatToParts(
        new Date(2024, month, 5),
      );
      expect(name).toBe(parts.find((part) => part.type === 'month')?.value);
    });
    months.standalone.forEach((name, month) =>
      expect(name).toBe(new Intl.DateTimeFormat('hy', { month: 'long' }).format(new Date(2024, month, 5))),
    );
  });

  it('ky matches CLDR, in lower case as Kyrgyz writes months mid-sentence', () => {
    const { months } = messagesFor('ky');
    months.formatting.forEach((name, month) =>
      expect(name).toBe(
        new Intl.DateTimeFormat('ky', { month: 'long' }).format(new Date(2024, month, 5)).toLowerCase(),
      ),
    );
  });

  it('tg adds the izafet -и before the year', () => {
    const { months } = messagesFor('tg');
    months.standalone.forEach((name, month) => expect(months.formatting[month]).toBe(`${name}и`));
  });
});
