import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * What `<news-feed>` loads before its first screen: its entry bundled as a developer's bundler
 * ships it (esbuild, code splitting, as `npm run size` does), and the source modules of the chunks
 * the entry imports statically. What a first screen of a native-format feed does not need stays in
 * chunks of its own, loaded on first use (src/internal/on-demand/).
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ENTRY = 'src/components/news-feed/define.ts';

async function firstScreenModules(): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: '.first-screen-out',
    write: false,
    metafile: true,
    logLevel: 'silent',
    conditions: ['production'],
    define: { __CSTO_VERSION__: '"test"' },
  });
  const outputs: Metafile['outputs'] = metafile.outputs;
  const initial = new Set<string>();
  const visit = (path: string): void => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const { path: imported, kind } of outputs[path]!.imports) if (kind === 'import-statement') visit(imported);
  };
  visit(Object.keys(outputs).find((path) => outputs[path]!.entryPoint === ENTRY)!);
  return [...initial].flatMap((path) => Object.keys(outputs[path]!.inputs));
}

describe('<news-feed> first screen', { timeout: 20_000 }, () => {
  it('holds the element and the native format, and none of what loads on first use', async () => {
    const modules = await firstScreenModules();
    expect(modules).toContain('src/components/news-feed/news-feed.ts');
    expect(modules).toContain('src/data/adapters/native.ts');
    const onFirstUse = [
      'src/data/adapters/json-feed.ts',
      'src/data/adapters/wordpress.ts',
      'src/data/adapters/xml-feed.ts',
      'src/data/decode-body.ts',
      'src/data/sanitize.ts',
      'src/components/news-feed/feed-toolbar.ts',
      'src/components/news-feed/feed-toolbar.styles.ts',
      'src/components/news-feed/feed-pages.ts',
      'node_modules/lit-html/directives/unsafe-html.js',
    ];
    expect(modules.filter((module) => onFirstUse.includes(module))).toEqual([]);
  });
});
