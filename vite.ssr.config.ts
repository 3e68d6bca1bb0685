import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * `csto-widgets/ssr` (server and build-time rendering, Node only): `dist/ssr/index.js`, one file
 * holding the elements, their styles and the `src/data` reader, with the package's dependencies
 * (lit, @lit-labs/ssr, parse5, date-fns, @xmldom/xmldom, ...) left as imports, so the elements
 * render with the same Lit as `@lit-labs/ssr`. A build of its own, like the CLI's: nothing here
 * reaches the browser bundles.
 */
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __CSTO_VERSION__: JSON.stringify(version) },
  build: {
    ssr: 'src/ssr/index.ts',
    outDir: 'dist/ssr',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      // What the browser loads on first use (catalogues, the XML reader) is worth nothing split in Node.
      output: { entryFileNames: 'index.js', inlineDynamicImports: true },
    },
  },
});
