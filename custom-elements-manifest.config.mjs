/**
 * `npm run analyze`: `dist/custom-elements.json`, the one description of the public API, and the
 * framework types and editor data generated from it. Storybook's tables, the `.d.ts` files for
 * React, Vue, Svelte and the editors all read what this file lets through, so it keeps only what a
 * user may rely on (see `publicApiOnly`).
 */

import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/** The modules a user can import (package.json `exports`), by source path. */
const ENTRY_MODULES = [
  'src/index.ts',
  'src/classes.ts',
  'src/date-fns-locales.ts',
  'src/script-tag.ts',
  'src/components/news-feed/define.ts',
  'src/components/event-card/define.ts',
  'src/components/member-states-badge/define.ts',
];

/**
 * The `detail` type of each event (src/events.ts). The framework generators read an event's `type`
 * as its detail and import it from the classes entry, which exports these names.
 */
const EVENT_DETAIL_TYPES = {
  'csto-load': 'CstoLoadDetail',
  'csto-error': 'CstoErrorDetail',
  'csto-select': 'CstoSelectDetail',
};

/** A member that is not public API: private, protected, `#private`, or marked `@internal`. */
function isHidden(member) {
  return (
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    member.name.startsWith('#') ||
    /@internal\b/.test(`${member.description ?? ''} ${member.summary ?? ''}`)
  );
}

/** The module a re-export points at, as a manifest path (`src/...ts`); the analyzer writes some
 * relative to the exporting module and some from the root, with `.js` or `.ts`. */
function exportedModule(fromPath, { module }) {
  if (!module) return undefined;
  const path = module.startsWith('.') ? new URL(module, `file:///${fromPath}`).pathname.slice(1) : module;
  return path.replace(/\.js$/, '.ts');
}

/**
 * Keeps what a user can reach from the entries, following re-exports (`export *` too): those
 * modules, their declarations that are exported to users, and in every class left only public
 * members. The analyzer lists private fields, controllers, handlers and helper functions too, and
 * every tool downstream (Storybook's tables, the framework types, the editors) would show them.
 */
export function publicApiOnly() {
  return {
    name: 'csto-public-api-only',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const byPath = new Map(manifest.modules.map((module) => [module.path, module]));
      const publicNames = new Map(manifest.modules.map((module) => [module.path, new Set()]));
      const seen = new Set();
      const reach = (path, name) => {
        const module = byPath.get(path);
        if (!module || seen.has(`${path}#${name}`)) return;
        seen.add(`${path}#${name}`);
        publicNames.get(path).add(name);
        for (const { name: exported, declaration } of module.exports ?? []) {
          if (name !== '*' && exported !== name) continue;
          const target = exportedModule(path, declaration);
          if (target === path) publicNames.get(path).add(declaration.name);
          else if (target) reach(target, declaration.name);
        }
      };
      for (const path of ENTRY_MODULES) reach(path, '*');

      for (const module of manifest.modules) {
        const names = publicNames.get(module.path);
        const isPublic = ({ name }) => names.has('*') || names.has(name);
        module.exports = module.exports?.filter(isPublic);
        module.declarations = module.declarations?.filter(isPublic);
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((member) => !isHidden(member));
          // Only the `@fires` of the class JSDoc: the analyzer also lists the base class's generic
          // `dispatchEvent(new CustomEvent(name))` as an event called "name".
          if (declaration.events) {
            declaration.events = declaration.events
              .filter((event) => event.description && EVENT_DETAIL_TYPES[event.name])
              .map((event) => ({ ...event, type: { text: EVENT_DETAIL_TYPES[event.name] } }));
          }
        }
      }
      manifest.modules = manifest.modules.filter(
        (module) => ENTRY_MODULES.includes(module.path) || module.declarations?.length || module.exports?.length,
      );
    },
  };
}

/**
 * The entries a framework user imports (`csto-widgets/react-jsx`, `/vue`, `/svelte`): each
 * registers the elements like `csto-widgets` (package.json points their code at dist/es/index.js)
 * and hooks the generated types into the framework's own table of tags. React 19 and Svelte 5 take
 * the JSX generator's props, whose `oncsto-load` spelling is theirs too; the generators' own Svelte
 * output is Svelte 4's (`on:csto-load`).
 */
const FRAMEWORK_ENTRIES = {
  'react-jsx.d.ts': `import type { HTMLAttributes, RefAttributes } from 'react';
import type { CustomElements } from './generated/jsx.js';
export * from '../types/index.js';

/** A tag's own props, then React's for any element (\`className\`, \`onClick\`, a typed \`ref\`). */
type ReactProps<Tag extends keyof CustomElements> = CustomElements[Tag] &
  Omit<HTMLAttributes<HTMLElementTagNameMap[Tag]>, keyof CustomElements[Tag]> &
  RefAttributes<HTMLElementTagNameMap[Tag]>;
type ReactElements = { [Tag in keyof CustomElements]: ReactProps<Tag> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ReactElements {}
  }
}
`,
  'vue.d.ts': `import './generated/vue.js';
export * from '../types/index.js';
`,
  'svelte.d.ts': `import type { HTMLAttributes } from 'svelte/elements';
import type { EventCardProps, MemberStatesBadgeProps, NewsFeedProps } from './generated/jsx.js';
export * from '../types/index.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'news-feed': NewsFeedProps & Omit<HTMLAttributes<HTMLElementTagNameMap['news-feed']>, keyof NewsFeedProps>;
    'event-card': EventCardProps & Omit<HTMLAttributes<HTMLElementTagNameMap['event-card']>, keyof EventCardProps>;
    'member-states-badge': MemberStatesBadgeProps &
      Omit<HTMLAttributes<HTMLElementTagNameMap['member-states-badge']>, keyof MemberStatesBadgeProps>;
  }
}
`,
};

const GENERATED_TYPES = ['dist/frameworks/generated/jsx.d.ts', 'dist/frameworks/generated/vue.d.ts'];

/**
 * With `globalTypePath`, the generators name an event detail type once per element that fires it,
 * in one import: a duplicate identifier under `skipLibCheck: false`. Each name once.
 */
function importEachTypeOnce(file) {
  const text = readFileSync(file, 'utf8').replace(
    /import type \{([^}]*)\} from "([^"]*classes\.js)"/,
    (_, names, from) => {
      const unique = [...new Set(names.split(',').map((name) => name.trim()))].filter(Boolean);
      return `import type { ${unique.join(', ')} } from "${from}"`;
    },
  );
  writeFileSync(file, text);
}

/**
 * Vue checks `@csto-load="..."` against a prop `onCstoLoad` (on + the camelised name); the Vue
 * generator writes React 19's `oncsto-load`, which leaves the handler's event untyped.
 */
function vueEventProps(file) {
  const camel = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(/"on(csto-[a-z-]+)"\?:/g, (_, name) => `on${camel(name)}?:`),
  );
}

/** Runs after the JSX and Vue generators (see `generators`): fixes their output, then writes the entries. */
function frameworkEntries() {
  return {
    name: 'csto-framework-entries',
    packageLinkPhase() {
      for (const file of GENERATED_TYPES) importEachTypeOnce(file);
      vueEventProps('dist/frameworks/generated/vue.d.ts');
      mkdirSync('dist/frameworks', { recursive: true });
      for (const [file, text] of Object.entries(FRAMEWORK_ENTRIES)) writeFileSync(`dist/frameworks/${file}`, text);
    },
  };
}

const FRAMEWORK_OUTPUT = {
  outdir: 'dist/frameworks/generated',
  // The classes entry exports the element classes and the event detail types, and registers nothing.
  globalTypePath: '../../types/classes.js',
  hideLogs: true,
};

/** The generators print "Generated ..." even with `hideLogs`; a green build stays quiet. */
function quietly(plugin) {
  return {
    ...plugin,
    packageLinkPhase(...args) {
      const log = console.log;
      console.log = () => {};
      try {
        return plugin.packageLinkPhase(...args);
      } finally {
        console.log = log;
      }
    },
  };
}

/** What is generated from the manifest; none of it when CEM_MANIFEST_ONLY=1 (the manifest's unit test). */
function generators() {
  const plugins = [
    customElementJsxPlugin({ ...FRAMEWORK_OUTPUT, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...FRAMEWORK_OUTPUT, fileName: 'vue.d.ts' }),
    frameworkEntries(),
    customElementVsCodePlugin({
      outdir: 'dist/editors',
      htmlFileName: 'html-custom-data.json',
      cssFileName: 'css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist/editors',
      webTypesFileName: 'web-types.json',
      packageJson: false,
      hideLogs: true,
    }),
  ];
  return plugins.map(quietly);
}

export default {
  globs: ['src/**/*.ts'],
  // src/cli is the publishers' Node command, no part of the elements' API.
  exclude: ['src/**/*.styles.ts', 'src/cli/**'],
  outdir: 'dist',
  litelement: true,
  // package.json names dist/custom-elements.json already; the analyzer would rewrite the file on every run.
  packagejson: false,
  plugins: [publicApiOnly(), ...(process.env.CEM_MANIFEST_ONLY === '1' ? [] : generators())],
};
