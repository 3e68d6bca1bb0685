import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordPressList } from '../../src/data/adapters/json-shape.js';
import { readFeed } from '../../src/data/read-feed.js';
import { EndpointError } from '../../src/data/release.js';
import { arbitraryOf } from './schema-arbitrary.js';

/**
 * The native format's JSON Schema (`schema/releases.schema.json`, shipped as
 * `csto-widgets/schema.json`) and the reader are one truth: what the schema accepts is read with
 * nothing skipped, and what the reader skips the schema rejects. The one rule a JSON Schema cannot
 * state, ids unique across a list, is left to `csto-widgets check`.
 */

type Json = Record<string, unknown>;

const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const schema = readJson('schema/releases.schema.json') as Json;
const BASE = 'https://press.example/api/releases.json';

const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
ajv.addSchema(schema);
const part = (name: string): ValidateFunction => ajv.getSchema(`${schema.$id as string}#/$defs/${name}`)!;
const validateDocument = ajv.getSchema(schema.$id as string)!;
const validateRelease = part('release');

const errorsOf = (validate: ValidateFunction, value: unknown): string =>
  validate(value) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });

/** Whether the reader drops this entry as invalid. */
function readerSkips(entry: unknown): boolean {
  try {
    return readFeed([entry], BASE).skipped > 0;
  } catch (error) {
    // A list whose every entry is invalid is a `format` error: this one entry was skipped.
    if (error instanceof EndpointError && error.kind === 'format') return true;
    throw error;
  }
}

/** The schema cannot say "unique ids"; generated lists get unique ones, as `check` asks of a publisher. */
function withUniqueIds<T>(releases: T[]): T[] {
  return releases.map((release, index) => ({ ...release, id: `${String((release as Json).id)}#${index}` }));
}

const fixtureNames = readdirSync(new URL('tests/fixtures/', root)).filter((name) => name.endsWith('.json'));
const isNativeOrArray = (doc: unknown): boolean =>
  (Array.isArray(doc) && !isWordPressList(doc)) ||
  (typeof doc === 'object' && doc !== null && Array.isArray((doc as Json).releases));
/** Invalid on purpose: its invalid entries are what the rejection tests below are about. */
const INVALID_ON_PURPOSE = 'half-invalid.json';

describe('the schema', () => {
  const native = fixtureNames
    .filter((name) => name !== INVALID_ON_PURPOSE && isNativeOrArray(readJson(`tests/fixtures/${name}`)))
    .map((name) => `tests/fixtures/${name}`);
  const demo = readdirSync(new URL('demo/data/', root))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `demo/data/${name}`);

  it('covers the native fixtures and the demo data (a guard against an empty table)', () => {
    expect(native).toEqual(expect.arrayContaining(['tests/fixtures/native.json', 'tests/fixtures/array.json']));
    expect(demo.length).toBeGreaterThan(0);
  });

  it.each([...native, ...demo])('accepts %s', (path) => {
    expect(errorsOf(validateDocument, readJson(path))).toBe('');
  });

  it('accepts its own examples', () => {
    const examples: [string, unknown][] = [];
    for (const [name, definition] of Object.entries(schema.$defs as Record<string, Json>)) {
      for (const example of (definition.examples as unknown[] | undefined) ?? []) examples.push([name, example]);
    }
    expect(examples.length).toBeGreaterThan(5);
    for (const [name, example] of examples) expect(errorsOf(part(name), example), name).toBe('');
  });
});

describe('documents generated from the schema', () => {
  const documents = arbitraryOf(schema);

  it('are read with nothing skipped, every event and member state kept', () => {
    fc.assert(
      fc.property(documents, (generated) => {
        const doc: Json | Json[] = Array.isArray(generated)
          ? withUniqueIds(generated as Json[])
          : { ...(generated as Json), releases: withUniqueIds((generated as Json).releases as Json[]) };
        // The generator is only as good as its agreement with the validator.
        expect(errorsOf(validateDocument, doc)).toBe('');
        const items = (Array.isArray(doc) ? doc : doc.releases) as Json[];
        const feed = readFeed(doc, BASE);
        expect(feed.skipped).toBe(0);
        expect(feed.releases.map((release) => release.id)).toEqual(items.map((item) => String(item.id).trim()));
        feed.releases.forEach((release, index) => expect(Boolean(release.event)).toBe('event' in items[index]!));
        const states = Array.isArray(doc) ? undefined : (doc.memberStates as unknown[] | undefined);
        expect(feed.memberStates?.length ?? 0).toBe(states?.length ?? 0);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('what the reader skips, the schema rejects', () => {
  const halfInvalid = (readJson(`tests/fixtures/${INVALID_ON_PURPOSE}`) as { releases: unknown[] }).releases;

  it.each(halfInvalid.map((entry, index) => [index, entry]))(
    'half-invalid.json entry %i: skipped by the reader exactly when the schema rejects it',
    (_index, entry) => {
      expect(validateRelease(entry)).toBe(!readerSkips(entry));
    },
  );

  const valid = { id: 'r1', title: { en: 'Briefing', ru: 'Брифинг' }, date: '2024-09-03' };
  it.each<[string, unknown]>([
    ['no id', { ...valid, id: undefined }],
    ['a blank id', { ...valid, id: '   ' }],
    ['no title', { ...valid, title: undefined }],
    ['a blank title', { ...valid, title: '  \n ' }],
    ['a title of one stray tag fragment', { ...valid, title: 'p>' }],
    ['a title of one entity for a space', { ...valid, title: '&nbsp;' }],
    ['a title map with nothing in it', { ...valid, title: {} }],
    ['a title map of blank texts', { ...valid, title: { en: ' ', ru: '' } }],
    ['no date', { ...valid, date: undefined }],
    ['31 February', { ...valid, date: '31.02.2024' }],
    ['29 February of a common year', { ...valid, date: '2023-02-29' }],
    ['29 February 1900', { ...valid, date: '29.02.1900' }],
    ['month 13', { ...valid, date: '2024-13-01' }],
    ['a year before 100', { ...valid, date: '0099-05-01' }],
    ['a date in words', { ...valid, date: 'September 3, 2024' }],
    ['a date as a number', { ...valid, date: 20240903 }],
    ['not an object', 'a release'],
  ])('rejects a release with %s, which the reader skips', (_what, entry) => {
    const json = JSON.parse(JSON.stringify(entry)) as unknown;
    expect(readerSkips(json)).toBe(true);
    expect(validateRelease(json)).toBe(false);
  });

  it('rejects every mutation of a valid release that the reader skips', () => {
    const release = arbitraryOf(schema, { $ref: '#/$defs/release' }) as fc.Arbitrary<Json>;
    const junk = fc.oneof(
      fc.string(),
      fc.constantFrom('', ' ', 'p>', '&amp;', '&#32;', '31.02.2024', '2024-02-30', '2024-09-03T25:00Z', '1.1.99'),
      fc.integer(),
      fc.constant(null),
      fc.dictionary(fc.constantFrom('en', 'ru'), fc.string()),
    );
    const mutation = fc.record({ field: fc.constantFrom('id', 'title', 'date'), value: fc.option(junk) });
    fc.assert(
      fc.property(release, mutation, (base, { field, value }) => {
        const entry: Json = { ...base };
        if (value === null) delete entry[field];
        else entry[field] = value;
        if (readerSkips(entry)) expect(validateRelease(entry)).toBe(false);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
