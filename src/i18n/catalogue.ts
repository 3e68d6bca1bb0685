import type en from './messages/en.js';

/** A plural map: one string per CLDR category the language uses; `other` is always there. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

type Shape<T, Plural> = T extends string
  ? string
  : T extends { readonly other: string }
    ? Plural
    : { readonly [K in keyof T]: Shape<T[K], Plural> };

/** Any language's catalogue: the English keys, any strings, any plural categories. */
export type Messages = Shape<typeof en, PluralForms>;

/**
 * The shape a catalogue must `satisfy`: English keys, and plural maps with exactly the categories
 * `Category` that Intl.PluralRules gives for the language, so a missing `few` fails the type check.
 */
export type CatalogueOf<Category extends Intl.LDMLPluralRule> = Shape<typeof en, Readonly<Record<Category, string>>>;
