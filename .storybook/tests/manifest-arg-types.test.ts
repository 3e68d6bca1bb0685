/**
 * Storybook's tables and Controls come from custom-elements.json through argTypesFromManifest:
 * every attribute a row with a control of its kind, parts of the same name beside it, and nothing
 * private. Read from the manifest `npm run analyze` writes (the story-test script runs it first).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  argTypesFromManifest,
  CATEGORIES,
  controlFor,
  findElement,
  stringLiterals,
  type Manifest,
} from '../manifest-arg-types.js';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as Manifest;
const TAGS = ['news-feed', 'event-card', 'member-states-badge'];

describe('controlFor', () => {
  it.each([
    ["'card' | 'compact'", { control: { type: 'select' }, options: ['card', 'compact'] }],
    ["'flags' | 'codes' | 'count' | undefined", { control: { type: 'select' }, options: ['flags', 'codes', 'count'] }],
    ['boolean', { control: { type: 'boolean' } }],
    ['number', { control: { type: 'number' } }],
    ['number | undefined', { control: { type: 'number' } }],
    ['string | undefined', { control: { type: 'text' } }],
    ["'a' | string", { control: { type: 'text' } }],
  ])('%s', (typeText, control) => {
    expect(controlFor(typeText)).toEqual(control);
  });

  it('reads only unions made of string literals as enumerations', () => {
    expect(stringLiterals('"eager" | "lazy"')).toEqual(['eager', 'lazy']);
    expect(stringLiterals('string')).toBeUndefined();
    expect(stringLiterals('undefined')).toBeUndefined();
  });
});

describe.each(TAGS)('<%s> in Storybook', (tag) => {
  const element = findElement(manifest, tag);
  const argTypes = argTypesFromManifest(manifest, tag);

  it('has a row with a control for every attribute of the manifest', () => {
    expect(element?.attributes?.length).toBeGreaterThan(3);
    for (const attribute of element?.attributes ?? []) {
      const argType = argTypes[attribute.fieldName ?? attribute.name];
      expect(argType, attribute.name).toMatchObject({
        name: attribute.name,
        table: { category: CATEGORIES.attributes },
      });
      expect(argType?.control, attribute.name).toMatchObject({ type: expect.any(String) });
    }
  });

  it('keeps every part in its own rows, beside attributes of the same name', () => {
    for (const part of element?.cssParts ?? []) {
      expect(argTypes[`part:${part.name}`], part.name).toMatchObject({
        name: part.name,
        table: { category: CATEGORIES.cssParts },
      });
    }
  });

  it('lists the public API only: no private, protected or static member', () => {
    const isPublicField = (member: { kind: string; privacy?: string; static?: boolean }) =>
      member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static;
    const publicNames = new Set([
      ...(element?.attributes ?? []).map((attribute) => attribute.name),
      ...(element?.members ?? []).filter(isPublicField).map((member) => member.name),
      ...(element?.events ?? []).map((event) => event.name),
      ...(element?.slots ?? []).map((slot) => slot.name || '(default)'),
      ...(element?.cssProperties ?? []).map((property) => property.name),
      ...(element?.cssParts ?? []).map((part) => part.name),
    ]);
    for (const argType of Object.values(argTypes)) expect(publicNames, argType.name).toContain(argType.name);
    const names = Object.values(argTypes).map((argType) => argType.name);
    for (const member of (element?.members ?? []).filter((member) => !isPublicField(member) && !member.attribute)) {
      expect(names, member.name).not.toContain(member.name);
    }
  });
});

describe('the attributes issue 13 found missing', () => {
  it.each([
    ['news-feed', 'tag', { type: 'text' }],
    ['news-feed', 'loading', { type: 'select' }],
    ['event-card', 'name', { type: 'text' }],
    ['event-card', 'location', { type: 'text' }],
    ['event-card', 'kind', { type: 'text' }],
    ['event-card', 'loading', { type: 'select' }],
  ])('<%s %s> is an attribute with a control, and its part is still listed', (tag, name, control) => {
    const argTypes = argTypesFromManifest(manifest, tag);
    expect(argTypes[name]).toMatchObject({ name, control, table: { category: CATEGORIES.attributes } });
    expect(argTypes[`part:${name}`]).toMatchObject({ name, table: { category: CATEGORIES.cssParts } });
  });

  it.each([
    ['news-feed', 'layout', ['card', 'compact']],
    ['news-feed', 'loading', ['eager', 'lazy']],
    ['member-states-badge', 'variant', ['flags', 'codes', 'count']],
  ])('<%s %s> is a select of its values', (tag, name, options) => {
    expect(argTypesFromManifest(manifest, tag)[name]).toMatchObject({ control: { type: 'select' }, options });
  });

  it.each([
    ['news-feed', 'expand', 'boolean'],
    ['news-feed', 'limit', 'number'],
    ['news-feed', 'headingLevel', 'number'],
    ['event-card', 'headingLevel', 'number'],
  ])('<%s %s> is a %s control', (tag, key, type) => {
    expect(argTypesFromManifest(manifest, tag)[key]).toMatchObject({ control: { type } });
  });
});
