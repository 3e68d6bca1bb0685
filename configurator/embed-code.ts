/**
 * The code the builder hands a webmaster: one script tag, the element's markup with only the
 * attributes that differ from their defaults, and the theme's CSS; and the same element for npm,
 * React and Vue. Pure text, so what is copied is exactly what the tests paste into a page.
 */
import type { AttributeOption } from './element-options.js';
import type { CodeTab, Theme } from './builder-state.js';

/** Where the script is published: pinned to this version, so `integrity` keeps matching. */
export const scriptUrl = (version: string): string =>
  `https://cdn.jsdelivr.net/npm/csto-widgets@${version}/dist/csto-widgets.js`;

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One attribute as the element gets it; a boolean one is present or absent. */
export interface ChosenAttribute {
  readonly name: string;
  readonly value: string;
  readonly kind: AttributeOption['kind'];
}

/**
 * The attributes worth writing: set, and not the default. Ordered as the element declares them,
 * with `src` first and `lang` last, as people write them.
 */
export function chosenAttributes(
  options: readonly AttributeOption[],
  values: Readonly<Record<string, string>>,
): ChosenAttribute[] {
  const chosen: ChosenAttribute[] = [];
  for (const option of options) {
    const value = values[option.name]?.trim() ?? '';
    if (value === '' || value === option.default) continue;
    if (option.kind === 'boolean' && value !== 'true') continue;
    chosen.push({ name: option.name, value, kind: option.kind });
  }
  const rank = (name: string): number => (name === 'src' ? -1 : name === 'lang' ? 1 : 0);
  return chosen.sort((a, b) => rank(a.name) - rank(b.name));
}

export function elementMarkup(tag: string, attributes: readonly ChosenAttribute[]): string {
  const written = attributes.map(({ name, value, kind }) =>
    kind === 'boolean' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
  );
  return `<${tag}${written.join('')}></${tag}>`;
}

const THEME_PROPERTIES: Readonly<Record<keyof Theme, string>> = {
  accent: '--csto-accent',
  radius: '--csto-radius',
  font: '--csto-font',
  surface: '--csto-surface',
};

/** The theme as a rule for the element's tag; empty when every token keeps its default. */
export function themeCss(tag: string, theme: Theme): string {
  const declarations = (Object.keys(THEME_PROPERTIES) as (keyof Theme)[])
    .filter((key) => theme[key].trim())
    // A value cannot close the rule or open another: the builder's own fields are the only input.
    .map((key) => `  ${THEME_PROPERTIES[key]}: ${theme[key].trim().replace(/[{};<>]/g, '')};`);
  return declarations.length ? `${tag} {\n${declarations.join('\n')}\n}` : '';
}

export interface EmbedInput {
  readonly tag: string;
  readonly attributes: readonly ChosenAttribute[];
  readonly css: string;
  readonly version: string;
  /** Subresource Integrity of the built script (`sha384-…`); empty when the build had none. */
  readonly integrity: string;
}

/** The script tag a webmaster pastes once per page. */
export function scriptTag({ version, integrity }: Pick<EmbedInput, 'version' | 'integrity'>): string {
  const pinned = integrity ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
  return `<script src="${scriptUrl(version)}"${pinned} defer></script>`;
}

const entryOf = (tag: string): string => `csto-widgets/${tag}`;

/** A JSX or Vue binding: numbers and flags as values, text as text. */
function frameworkAttributes(attributes: readonly ChosenAttribute[], bind: (name: string, value: string) => string) {
  return attributes
    .map(({ name, value, kind }) =>
      kind === 'number' || kind === 'boolean'
        ? ` ${bind(name, kind === 'boolean' ? 'true' : value)}`
        : ` ${name}="${escapeAttribute(value)}"`,
    )
    .join('');
}

const styleBlock = (css: string): string => (css ? `<style>\n${css}\n</style>\n` : '');

/** The code of every tab. */
export function embedSnippets(input: EmbedInput): Record<CodeTab, string> {
  const { tag, attributes, css } = input;
  const markup = elementMarkup(tag, attributes);
  const cssFile = css ? `\n/* Your stylesheet */\n${css}\n` : '';
  return {
    script: `${scriptTag(input)}\n${styleBlock(css)}${markup}\n`,
    npm: `// npm install csto-widgets\nimport '${entryOf(tag)}';\n\n<!-- Your page -->\n${markup}\n${cssFile}`,
    react: [
      `import '${entryOf(tag)}';`,
      '',
      'export function PressReleases() {',
      `  return <${tag}${frameworkAttributes(attributes, (name, value) => `${name}={${value}}`)} />;`,
      '}',
      cssFile,
    ].join('\n'),
    vue: [
      "<!-- Vue: tell the compiler these are custom elements (isCustomElement: (tag) => tag.includes('-')) -->",
      '<script setup lang="ts">',
      `import '${entryOf(tag)}';`,
      '</script>',
      '',
      '<template>',
      `  <${tag}${frameworkAttributes(attributes, (name, value) => `:${name}="${value}"`)} />`,
      '</template>',
      css ? `\n<style>\n${css}\n</style>` : '',
      '',
    ].join('\n'),
  };
}
