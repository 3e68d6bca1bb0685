import type { ArgTypes, InputType } from 'storybook/internal/types';

/**
 * Storybook's Docs tables and Controls, built from custom-elements.json with the public API only.
 *
 * Replaces the web-components renderer's own reader, which keys every row by its bare name: an
 * attribute and a CSS part of the same name (`loading`, `tag`, `kind`...) share one key and the part
 * wins, so the attribute and its control vanish. Here attributes are keyed by their property (the
 * name stories' `args` use), and slots, events and parts get keys of their own (`part:loading`),
 * while the table still shows each under its real name.
 */

interface ManifestType {
  text?: string;
}
interface ManifestItem {
  name: string;
  description?: string;
  type?: ManifestType;
  default?: string;
}
interface ManifestAttribute extends ManifestItem {
  fieldName?: string;
}
interface ManifestMember extends ManifestItem {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  attribute?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
}
export interface Manifest {
  modules: { declarations?: unknown[] }[];
}

export const CATEGORIES = {
  attributes: 'attributes',
  properties: 'properties',
  events: 'events',
  slots: 'slots',
  cssProperties: 'css custom properties',
  cssParts: 'css shadow parts',
} as const;

/** The custom element declared with `tagName`, if the manifest has it. */
export function findElement(manifest: Manifest, tagName: string): ManifestDeclaration | undefined {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []) as ManifestDeclaration[])
    .find((declaration) => declaration.tagName === tagName);
}

/** `'card' | 'compact' | undefined` → `['card', 'compact']`; undefined when the type is not a union of strings. */
export function stringLiterals(typeText: string): string[] | undefined {
  const members = typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined' && member !== 'null');
  const literals = members.map((member) => /^(['"])(.*)\1$/.exec(member)?.[2]);
  return members.length > 0 && literals.every((literal) => literal !== undefined) ? (literals as string[]) : undefined;
}

/**
 * The control an attribute of this type needs: a select for an enumeration, a toggle, a number, or
 * text. In the normalised `{ type }` form: extracted argTypes are not normalised the way a story's are.
 */
export function controlFor(typeText = 'string'): Pick<InputType, 'control' | 'options'> {
  const options = stringLiterals(typeText);
  if (options) return { control: { type: 'select' }, options };
  const bare = typeText.replace(/\s*\|\s*(undefined|null)/g, '').trim();
  if (bare === 'boolean') return { control: { type: 'boolean' } };
  if (bare === 'number') return { control: { type: 'number' } };
  return { control: { type: 'text' } };
}

/** Documented in the table, with no control: events, slots, custom properties, parts. */
const NO_CONTROL = { control: { disable: true } } as const;

const camelCase = (name: string): string => name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

const row = (item: ManifestItem, category: string): InputType => ({
  name: item.name,
  description: item.description,
  table: {
    category,
    ...(item.type?.text ? { type: { summary: item.type.text } } : {}),
    ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
  },
});

/** The argTypes of `tagName`'s public API; an empty object when the manifest does not have it. */
export function argTypesFromManifest(manifest: Manifest, tagName: string): ArgTypes {
  const element = findElement(manifest, tagName);
  if (!element) return {};
  const argTypes: ArgTypes = {};
  for (const attribute of element.attributes ?? []) {
    argTypes[attribute.fieldName ?? camelCase(attribute.name)] = {
      ...row(attribute, CATEGORIES.attributes),
      ...controlFor(attribute.type?.text),
    };
  }
  // Public instance properties with no attribute (data set from script, such as `releases`).
  for (const member of element.members ?? []) {
    const isPublic = member.privacy === undefined || member.privacy === 'public';
    if (member.kind !== 'field' || !isPublic || member.static || member.attribute || member.name in argTypes) continue;
    argTypes[member.name] = { ...row(member, CATEGORIES.properties), control: { type: 'object' } };
  }
  // Only documented events (`@fires`): the analyzer also lists the base class's generic `emit(name)`.
  for (const event of (element.events ?? []).filter((event) => event.description)) {
    argTypes[`event:${event.name}`] = { ...row(event, CATEGORIES.events), ...NO_CONTROL };
  }
  for (const slot of element.slots ?? []) {
    argTypes[`slot:${slot.name || 'default'}`] = {
      ...row({ ...slot, name: slot.name || '(default)' }, CATEGORIES.slots),
      ...NO_CONTROL,
    };
  }
  for (const property of element.cssProperties ?? []) {
    argTypes[property.name] = { ...row(property, CATEGORIES.cssProperties), ...NO_CONTROL };
  }
  for (const part of element.cssParts ?? []) {
    argTypes[`part:${part.name}`] = { ...row(part, CATEGORIES.cssParts), ...NO_CONTROL };
  }
  return argTypes;
}
