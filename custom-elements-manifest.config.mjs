/**
 * `npm run analyze`: `dist/custom-elements.json`, the one description of the public API, and the
 * framework types and editor data generated from it. Storybook's tables, the `.d.ts` files for
 * React, Vue, Svelte and the editors all read what this file lets through, so it keeps only what a
 * user may rely on (see `publicApiOnly`).
 */

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
        }
      }
      manifest.modules = manifest.modules.filter(
        (module) => ENTRY_MODULES.includes(module.path) || module.declarations?.length || module.exports?.length,
      );
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names dist/custom-elements.json already; the analyzer would rewrite the file on every run.
  packagejson: false,
  plugins: [publicApiOnly()],
};
