import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * `vite build --config configurator/vite.config.ts` (part of `npm run build`, after the script
 * bundle): the embed builder as a static site in `dist/configurator/`, relative URLs only, so it
 * runs from any folder of any static host. Its sample data is copied beside it.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };

/** Subresource Integrity of the built script bundle, for the script tag the builder writes. */
export function scriptIntegrity(): string {
  const bundle = `${root}dist/csto-widgets.js`;
  if (!existsSync(bundle)) return '';
  return `sha384-${createHash('sha384').update(readFileSync(bundle)).digest('base64')}`;
}

const SAMPLE_DATA_DEV = '../demo/data/';
const SAMPLE_DATA_BUILT = './data/';

/** The demo's data next to the built builder, and its URL rewritten to point there. */
const sampleDataBeside: Plugin = {
  name: 'csto-configurator-sample-data',
  apply: 'build',
  transformIndexHtml: (page) => page.replaceAll(`sample-src="${SAMPLE_DATA_DEV}`, `sample-src="${SAMPLE_DATA_BUILT}`),
  closeBundle() {
    cpSync(`${root}demo/data`, `${root}dist/configurator/data`, { recursive: true });
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  define: {
    __CSTO_VERSION__: JSON.stringify(version),
    __CSTO_SCRIPT_INTEGRITY__: JSON.stringify(scriptIntegrity()),
  },
  resolve: { conditions: ['production'] },
  plugins: [sampleDataBeside],
  build: {
    outDir: `${root}dist/configurator`,
    emptyOutDir: true,
    target: 'es2021',
    rolldownOptions: {
      // The builder's preview holds every element, so a module one element loads on first use and
      // the others import at once is in its bundle anyway: that is expected here, not a mistake.
      onLog: (level, log, handler) => (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' ? undefined : handler(level, log)),
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        preview: fileURLToPath(new URL('preview.html', import.meta.url)),
      },
    },
  },
});
