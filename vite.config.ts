import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * Two library builds from one config:
 * - `vite build`: the npm package, ES modules, one entry per element, dependencies external;
 * - `vite build --mode script-tag`: `dist/csto-widgets.js`, ONE classic script with every
 *   dependency inlined, for webmasters (plus `dist/csto-widgets.mjs`, the same as a module).
 * The dev server (`npm start`) serves the demo page against the script-tag bundle.
 */
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const ES_ENTRIES = {
  index: 'src/index.ts',
  classes: 'src/classes.ts',
  'news-feed': 'src/components/news-feed/define.ts',
  'event-card': 'src/components/event-card/define.ts',
  'member-states-badge': 'src/components/member-states-badge/define.ts',
  'date-fns-locales': 'src/date-fns-locales.ts',
};

const isDependency = (id: string): boolean => /^(lit|@lit\/|@floating-ui\/|date-fns|dompurify)/.test(id);

// Only open a browser where there is a screen to show it on.
const canOpenBrowser = process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY);

export default defineConfig(({ mode }) => ({
  define: { __CSTO_VERSION__: JSON.stringify(version) },
  resolve: { conditions: ['production'] },
  server: { open: canOpenBrowser ? '/demo/' : false, host: '127.0.0.1', port: 5173 },
  build:
    mode === 'script-tag'
      ? {
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: true,
          target: 'es2021',
          lib: {
            entry: { 'csto-widgets': 'src/script-tag.ts' },
            formats: ['iife', 'es'],
            name: 'CstoWidgetsBundle',
            fileName: (format) => (format === 'iife' ? 'csto-widgets.js' : 'csto-widgets.mjs'),
          },
        }
      : {
          outDir: 'dist/es',
          emptyOutDir: true,
          sourcemap: true,
          minify: false,
          target: 'es2021',
          lib: { entry: ES_ENTRIES, formats: ['es'] },
          rolldownOptions: {
            external: isDependency,
            // Entries keep their public names (`dist/es/news-feed.js`); code they share goes in
            // `shared/`, so no chunk looks like an entry point (`news-feed-<hash>.js` did).
            output: { entryFileNames: '[name].js', chunkFileNames: 'shared/[name]-[hash].js' },
          },
        },
}));
