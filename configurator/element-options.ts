/**
 * The builder's controls for an element's attributes, generated from `custom-elements.json`: an
 * attribute added to an element shows up here without touching the builder.
 */

export type OptionKind = 'boolean' | 'number' | 'choice' | 'text';

export interface AttributeOption {
  readonly name: string;
  readonly kind: OptionKind;
  /** The values of an enumeration (`'card' | 'compact'`). */
  readonly choices: readonly string[];
  /** The default as an attribute value; empty when there is none. */
  readonly default: string;
  readonly description: string;
}

interface ManifestAttribute {
  name: string;
  type?: { text?: string };
  default?: string;
  description?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestAttribute[];
}

export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** A default as the manifest writes it (`'card'`, `10`, `''`), as an attribute value. */
function attributeDefault(text: string | undefined): string {
  if (!text || text === 'undefined' || text === 'false') return '';
  return /^(['"`]).*\1$/.test(text) ? text.slice(1, -1) : text;
}

function kindOf(type: string): { kind: OptionKind; choices: string[] } {
  const members = type.split('|').map((member) => member.trim());
  const literals = members.filter((member) => /^'[^']*'$/.test(member)).map((member) => member.slice(1, -1));
  if (literals.length && literals.length === members.filter((member) => member !== 'undefined').length) {
    return { kind: 'choice', choices: literals };
  }
  if (members.includes('boolean')) return { kind: 'boolean', choices: [] };
  if (members.includes('number')) return { kind: 'number', choices: [] };
  return { kind: 'text', choices: [] };
}

/** Every attribute of `tag` the manifest declares, in its order. */
export function attributeOptions(manifest: Manifest, tag: string): AttributeOption[] {
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.customElement && candidate.tagName === tag);
  return (declaration?.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    ...kindOf(attribute.type?.text ?? 'string'),
    default: attributeDefault(attribute.default),
    description: attribute.description ?? '',
  }));
}
