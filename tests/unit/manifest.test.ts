/**
 * custom-elements.json is the public API and nothing else: Storybook's tables, the framework types
 * and the editors' data are generated from it. The manifest is built here as `npm run analyze`
 * builds it (same config, nothing written), and held against the element sources read with the
 * TypeScript compiler: what the sources hide must not be in it, and every attribute the sources
 * declare must be in it, with its type.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

interface TypeText {
  text: string;
}
interface ManifestMember {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  description?: string;
}
interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: TypeText;
  description?: string;
}
interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  events?: { name: string; type?: TypeText; description?: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}
type Cli = (options: { argv: string[]; cwd: string; noWrite: boolean }) => Promise<Manifest>;

const ROOT = resolve(import.meta.dirname, '../..');
const TAGS = ['news-feed', 'event-card', 'member-states-badge'];

/** What the source says about one member of an element class (or of a class it extends). */
interface SourceMember {
  name: string;
  override: boolean;
  hidden: boolean;
  /** The attribute a Lit `@property` reflects from: its name, or undefined for `attribute: false`. */
  attribute?: string;
  type: string;
}

/** `'a' | "b" | undefined` and `"b" | 'a' | undefined` read the same. */
const normaliseType = (text: string): string =>
  text
    .replace(/'/g, '"')
    .split('|')
    .map((part) => part.trim())
    .sort()
    .join(' | ');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The `@property({...})` options of a member, or undefined when it is not a Lit property. */
function litPropertyOptions(member: ts.ClassElement): ts.ObjectLiteralExpression | null | undefined {
  for (const decorator of ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : []) {
    const call = decorator.expression;
    if (!ts.isCallExpression(call) || call.expression.getText() !== 'property') continue;
    const [options] = call.arguments;
    return options && ts.isObjectLiteralExpression(options) ? options : null;
  }
  return undefined;
}

function attributeOf(name: string, options: ts.ObjectLiteralExpression | null): string | undefined {
  const setting = options?.properties.find(
    (option): option is ts.PropertyAssignment =>
      ts.isPropertyAssignment(option) && option.name.getText() === 'attribute',
  )?.initializer;
  if (!setting) return name.toLowerCase();
  if (setting.kind === ts.SyntaxKind.FalseKeyword) return undefined;
  return ts.isStringLiteral(setting) ? setting.text : name.toLowerCase();
}

/** The class `node` extends, when it is one of the library's own (LitElement's API is Lit's to document). */
function ownBaseClass(node: ts.ClassDeclaration, checker: ts.TypeChecker): ts.ClassDeclaration | undefined {
  const base = node.heritageClauses?.[0]?.types[0]?.expression;
  const symbol = base && checker.getSymbolAtLocation(base);
  if (!symbol) return undefined;
  const declaration = (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol)
    .declarations?.[0];
  const ours = declaration?.getSourceFile().fileName.startsWith(join(ROOT, 'src'));
  return ours && declaration && ts.isClassDeclaration(declaration) ? declaration : undefined;
}

/** The events each element's class JSDoc names with `@fires`. */
const firedByTag = new Map<string, string[]>();

/** Every member of each element class, its own and inherited, as the compiler sees it. */
function readSources(): Map<string, SourceMember[]> {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    experimentalDecorators: true,
    useDefineForClassFields: false,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  };
  const program = ts.createProgram(sourceFiles(join(ROOT, 'src/components')), options);
  const checker = program.getTypeChecker();
  const byTag = new Map<string, SourceMember[]>();
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(join(ROOT, 'src'))) continue;
    ts.forEachChild(file, (node) => {
      if (!ts.isClassDeclaration(node)) return;
      const tag = ts
        .getJSDocTags(node)
        .find((jsdoc) => jsdoc.tagName.text === 'tag')
        ?.comment?.toString()
        .trim();
      if (!tag) return;
      const members: SourceMember[] = [];
      for (let current: ts.ClassDeclaration | undefined = node; current;) {
        for (const member of current.members) {
          if (!member.name || (!ts.isIdentifier(member.name) && !ts.isPrivateIdentifier(member.name))) continue;
          const name = member.name.getText();
          const modifiers = ts.getCombinedModifierFlags(member as ts.Declaration);
          const lit = litPropertyOptions(member);
          const symbol = checker.getSymbolAtLocation(member.name);
          members.push({
            name,
            // An override that is no Lit property (render, styles, lifecycle callbacks) is Lit's API, not ours.
            override: (modifiers & ts.ModifierFlags.Override) !== 0 && lit === undefined,
            hidden:
              ts.isPrivateIdentifier(member.name) ||
              (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) !== 0 ||
              ts.getJSDocTags(member).some((jsdoc) => jsdoc.tagName.text === 'internal'),
            attribute: lit === undefined ? undefined : attributeOf(name, lit),
            type: symbol ? checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, member)) : '',
          });
        }
        current = ownBaseClass(current, checker);
      }
      byTag.set(tag, members);
      firedByTag.set(
        tag,
        ts
          .getJSDocTags(node)
          .filter((jsdoc) => jsdoc.tagName.text === 'fires')
          .map((jsdoc) => jsdoc.comment?.toString().trim().split(/\s/)[0] ?? ''),
      );
    });
  }
  return byTag;
}

let elements: Map<string, ManifestDeclaration>;
let sources: Map<string, SourceMember[]>;

beforeAll(async () => {
  // The analyzer ships no types for its CLI module; the specifier is a variable so tsc does not look.
  const cliModule = '@custom-elements-manifest/analyzer/cli.js';
  const { cli } = (await import(cliModule)) as { cli: Cli };
  // The manifest alone: the framework types and editor data written beside it are the package test's.
  process.env.CEM_MANIFEST_ONLY = '1';
  const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true });
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  elements = new Map(
    declarations.filter((declaration) => declaration.tagName).map((declaration) => [declaration.tagName!, declaration]),
  );
  sources = readSources();
}, 60_000);

describe('custom-elements.json', () => {
  it('describes the three elements and no other class of the library', () => {
    expect([...elements.keys()].sort()).toEqual([...TAGS].sort());
    expect([...sources.keys()].sort()).toEqual([...TAGS].sort());
  });

  describe.each(TAGS)('<%s>', (tag) => {
    it('lists no private, protected or @internal member', () => {
      const members = elements.get(tag)!.members ?? [];
      expect(members.filter((member) => member.privacy && member.privacy !== 'public')).toEqual([]);
      const hidden = new Set(
        sources
          .get(tag)!
          .filter((member) => member.hidden)
          .map((member) => member.name),
      );
      expect(hidden.size).toBeGreaterThan(0);
      expect(members.map((member) => member.name).filter((name) => hidden.has(name) || name.startsWith('#'))).toEqual(
        [],
      );
    });

    it('lists every public member, each with a description', () => {
      const members = elements.get(tag)!.members ?? [];
      const shown = sources
        .get(tag)!
        .filter((member) => !member.hidden && !member.override)
        .map((member) => member.name);
      expect(members.map((member) => member.name).sort()).toEqual([...new Set(shown)].sort());
      expect(members.filter((member) => !member.description?.trim()).map((member) => member.name)).toEqual([]);
    });

    it('lists every attribute the source declares, with the property type and a description', () => {
      const declared = sources
        .get(tag)!
        .filter((member) => member.attribute)
        .map((member) => ({ name: member.attribute, type: normaliseType(member.type) }));
      expect(declared.length).toBeGreaterThan(0);
      const listed = (elements.get(tag)!.attributes ?? []).map((attribute) => ({
        name: attribute.name,
        type: normaliseType(attribute.type?.text ?? ''),
      }));
      expect(listed.sort((a, b) => a.name!.localeCompare(b.name!))).toEqual(
        declared.sort((a, b) => a.name!.localeCompare(b.name!)),
      );
      const undescribed = (elements.get(tag)!.attributes ?? []).filter((attribute) => !attribute.description?.trim());
      expect(undescribed.map((attribute) => attribute.name)).toEqual([]);
    });
  });

  it.each(TAGS)('<%s> lists the events of its @fires tags, each with its detail type', (tag) => {
    const events = elements.get(tag)!.events ?? [];
    expect(events.map((event) => event.name).sort()).toEqual([...firedByTag.get(tag)!].sort());
    const details = {
      'csto-load': 'CstoLoadDetail',
      'csto-error': 'CstoErrorDetail',
      'csto-select': 'CstoSelectDetail',
    };
    for (const event of events) expect(event.type?.text).toBe(details[event.name as keyof typeof details]);
  });

  it('keeps the attributes the issue found missing', () => {
    const names = (tag: string) => (elements.get(tag)!.attributes ?? []).map((attribute) => attribute.name);
    expect(names('news-feed')).toEqual(expect.arrayContaining(['tag', 'loading']));
    expect(names('event-card')).toEqual(expect.arrayContaining(['name', 'location', 'kind', 'loading']));
  });
});
