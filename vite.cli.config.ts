import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * The publisher CLI (`npx csto-widgets check|convert`): `dist/cli/csto-widgets.js`, plain
 * JavaScript for Node 20 (no TypeScript loader), with the elements' own `src/data` reader bundled
 * in and the package's dependencies (date-fns, DOMPurify, @xmldom/xmldom) left as imports. A
 * separate build from vite.config.ts: nothing here can reach the browser bundles.
 */
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __CSTO_VERSION__: JSON.stringify(version) },
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      // One file: the reader's on-demand parts (the XML reader) are worth nothing split in Node.
      output: { entryFileNames: 'csto-widgets.js', banner: '#!/usr/bin/env node', codeSplitting: false },
    },
  },
});
