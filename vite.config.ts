import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MagicString from 'magic-string';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { scriptIntegrity } from './configurator/vite.config.js';

/**
 * The library builds, from one config:
 * - `vite build`: the npm package, ES modules, one entry per element, dependencies external;
 *   what the elements load on first use (src/internal/on-demand/) becomes chunks of its own;
 * - `vite build --mode script-parts`: `dist/csto-widgets-parts/`, the ES modules the script tag
 *   loads: one part per element, code they share and what they load on first use as chunks, and
 *   `parts.json`, the files each part needs;
 * - `vite build --mode script-tag` (after the parts): `dist/csto-widgets.js`, ONE classic script
 *   for webmasters (plus `dist/csto-widgets.mjs`, the same as a module): a small loader that
 *   imports the part of each element present in the page, and of each added later;
 * - `vite build --mode script-standalone`: `dist/csto-widgets.standalone.js`, every element,
 *   dependency and part inlined, for hosts where only one file can be placed.
 * The dev server (`npm start`) serves the demo page against the script-tag bundle, and the embed
 * builder (`/configurator/`; built by `configurator/vite.config.ts`).
 */
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const ES_ENTRIES = {
  index: 'src/index.ts',
  classes: 'src/classes.ts',
  hydrate: 'src/hydrate.ts',
  'news-feed': 'src/components/news-feed/define.ts',
  'event-card': 'src/components/event-card/define.ts',
  'member-states-badge': 'src/components/member-states-badge/define.ts',
  'date-fns-locales': 'src/date-fns-locales.ts',
  react: 'src/react.ts',
  // Node only (server rendering), but built with the others: the elements it renders are the very
  // classes `import 'csto-widgets'` registers, however many of the package's entries a server loads.
  ssr: 'src/ssr/index.ts',
};

/**
 * The parts `dist/csto-widgets.js` loads from `dist/csto-widgets-parts/`: one per element (its
 * define module, which registers it) and `library`, everything `csto-widgets/classes` exports
 * (`CstoWidgets.load()`). Code they share, and what they load on first use (src/internal/on-demand/),
 * become chunks of their own, each loaded once. File names carry a content hash, so a cached part
 * of another release is never mixed in.
 */
const SCRIPT_PARTS = {
  'news-feed': 'src/components/news-feed/define.ts',
  'event-card': 'src/components/event-card/define.ts',
  'member-states-badge': 'src/components/member-states-badge/define.ts',
  library: 'src/classes.ts',
  // Lit's hydration support, for the loader to import before any part that defines LitElement.
  hydrate: 'src/hydrate.ts',
  // `<news-feed>`'s first screen, shown before the element's part is requested.
  'news-feed-first-screen': 'src/components/news-feed/first-screen.ts',
  // `<event-card>`'s and `<member-states-badge>`'s, likewise.
  'event-card-first-screen': 'src/components/event-card/first-screen.ts',
  'member-states-badge-first-screen': 'src/components/member-states-badge/first-screen.ts',
};

/** Where the parts build writes; `parts.json` there says which files each part needs. */
const PARTS_DIR = 'dist/csto-widgets-parts';
const PARTS_MANIFEST = 'parts.json';

/**
 * Writes `parts.json`: for each part, its file and every chunk it imports statically, however
 * deep. The loader imports them all at once: left to the browser, a chunk's own imports are only
 * discovered once it has arrived, a round trip later.
 */
const writePartsManifest: Plugin = {
  name: 'csto-write-parts-manifest',
  generateBundle(_options, bundle) {
    const chunks = new Map(
      Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])),
    );
    const closure = (fileName: string, files = new Set<string>()): Set<string> => {
      if (files.has(fileName)) return files;
      files.add(fileName);
      for (const imported of chunks.get(fileName)?.imports ?? []) closure(imported, files);
      return files;
    };
    const manifest = Object.fromEntries(
      [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => [chunk.name, [...closure(chunk.fileName)]]),
    );
    this.emitFile({ type: 'asset', fileName: PARTS_MANIFEST, source: `${JSON.stringify(manifest, null, 2)}\n` });
  },
};

/** The parts build's manifest, for the loader's build (`build:script` builds the parts first). */
function readPartsManifest(): Record<string, string[]> {
  const file = path.resolve(PARTS_DIR, PARTS_MANIFEST);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`vite build --mode script-parts\` first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
}

/**
 * The stylesheets in `css` literals, minified in every build (the script bundles, and the ES build
 * that npm users bundle and that server rendering writes into each page's `<style>`s): comments and
 * layout whitespace go (about 1 KiB gzip; a third of a server-rendered page's styles). Only what is insignificant in CSS is touched: runs of
 * whitespace, the spaces beside `{`, `}`, `;`, after `,` and after a declaration's colon; a space
 * that may be a descendant combinator stays.
 */
const minifyCssLiterals: Plugin = {
  name: 'csto-minify-css-literals',
  // The dev server and Storybook serve the sources as written.
  apply: 'build',
  transform(code, id) {
    if (!/(\.styles|shared-styles)\.ts$/.test(id)) return undefined;
    // Edited in place, with a source map: the rest of the module keeps its lines for debuggers and profiles.
    const edited = new MagicString(code);
    for (const literal of code.matchAll(/css`([^`]*)`/g)) {
      const start = literal.index + 'css`'.length;
      const minified = literal[1]!
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};])\s*/g, '$1')
        .replace(/,\s+/g, ',')
        // A declaration's colon (a property right after `{` or `;`), not a selector's pseudo-class.
        .replace(/([{;])(-*[a-z][\w-]*):\s+/gi, '$1$2:')
        .trim();
      if (minified !== literal[1]) edited.overwrite(start, start + literal[1]!.length, minified);
    }
    return edited.hasChanged()
      ? { code: edited.toString(), map: edited.generateMap({ hires: 'boundary', source: id }) }
      : undefined;
  },
};

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The dev server (`npm start`) serves `dist/` as built, like any web server a webmaster has: its
 * module transform would otherwise rewrite the classic script's `import()` of its parts.
 */
const serveDistAsBuilt: Plugin = {
  name: 'csto-serve-dist-as-built',
  apply: 'serve',
  configureServer(server) {
    const dist = path.resolve('dist');
    server.middlewares.use('/dist', (req, res, next) => {
      const url = new URL(req.url ?? '/', 'http://dev.invalid');
      // A module's import of a built file (the embed builder's of custom-elements.json) is Vite's to serve.
      if (url.searchParams.has('import')) return next();
      const file = path.join(dist, decodeURIComponent(url.pathname));
      const type = CONTENT_TYPES[path.extname(file)];
      if (!type || !file.startsWith(dist + path.sep) || !existsSync(file)) return next();
      res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', 'no-cache');
      res.end(readFileSync(file));
    });
  },
};

/** Where `npm start`'s page is: the demo, not the repository's root (which has no index.html). */
const DEMO_PATH = '/demo/';

/**
 * `npm start` lands on the demo: the root redirects to it, and the URLs Vite prints (and opens
 * where there is a screen) are the demo's, so the first link a newcomer clicks is not a 404.
 */
const startAtTheDemo: Plugin = {
  name: 'csto-start-at-the-demo',
  apply: 'serve',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/' && req.url !== '/index.html') return next();
      res.writeHead(302, { Location: DEMO_PATH });
      res.end();
    });
    const printUrls = server.printUrls.bind(server);
    server.printUrls = () => {
      const urls = server.resolvedUrls;
      if (urls) {
        const toDemo = (url: string) => new URL(DEMO_PATH, url).href;
        server.resolvedUrls = { local: urls.local.map(toDemo), network: urls.network.map(toDemo) };
      }
      printUrls();
    };
  },
};

const isDependency = (id: string): boolean =>
  /^(lit|@lit\/|@lit-labs\/|@floating-ui\/|date-fns|dompurify|react|parse5|@xmldom\/)/.test(id);

// Only open a browser where there is a screen to show it on.
const canOpenBrowser = process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY);

/** What every build of the script shares: maps, the target, minified output. */
const forBrowsers = { sourcemap: true, target: 'es2021' } as const;
// Lib mode leaves whitespace in ES output for other bundlers; these files go to browsers as they are.
const minified = { output: { minify: true } } as const;

/**
 * How the script parts' shared code is cut into chunks. Each chunk is loaded whole by every part
 * that needs any of it: a file per module would cost each its own gzip overhead and lose what they
 * share, and one file for all would make `<news-feed>`'s first screen (the `first-screen` part,
 * src/components/news-feed/first-screen.ts) load Lit's element classes it does not run. So the cut
 * follows who runs what, in the order a feed page loads it:
 * - `base`: lit-html and its directive classes, and what every element and first screen shows
 *   with: languages, the English sections, the shared styles, the configuration, the record of
 *   first screens (every part; one file, not several: each page opens fewer connections);
 * - `feed-data`: the reader of our own formats (read whole, or as the answer arrives), the
 *   normaliser, dates and the whole English catalogue, the stored copies' reader, the permalinks
 *   (`<news-feed>`, its first screen, `<event-card>`);
 * - `news-feed-view`: `<news-feed>`'s templates, styles and `repeat` (the element and its first screen);
 * - `element`: Lit's element classes, our base element, the state templates (every element part);
 * - `endpoint`: the endpoint controller, `@lit/task`, the shared requests and the one the loader
 *   started, the writer of the stored copies, the reader of every format (every element that loads).
 * What only one part needs, and what is loaded on first use, stays out.
 */
const SCRIPT_CHUNKS: ReadonlyArray<readonly [string, RegExp]> = [
  // Named by the sanitiser (on first use) and the library part both: a chunk of its own, not the library's.
  ['trusted-types-policy', /[\\/]src[\\/]data[\\/]trusted-types-policy\.ts$/],
  [
    'base',
    new RegExp(
      [
        String.raw`node_modules[\\/]lit-html[\\/](lit-html|is-server)\.js`,
        String.raw`node_modules[\\/]lit[\\/]html\.js`,
        String.raw`node_modules[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js`,
        // Lit's directive classes (the feed's `repeat`, Lit's hydration support): a badge page runs
        // none, but in a file of their own they cost a feed page a request and 277 B gzip more
        // than here, where they cost a badge page 431 B (which has 2.9 KiB to spare, a feed 43 B).
        String.raw`node_modules[\\/]lit(-html)?[\\/](directive|directive-helpers)\.js$`,
        String.raw`[\\/]src[\\/](config|version|events)\.ts`,
        String.raw`[\\/]src[\\/]internal[\\/](shared-styles|warn-once|on-demand[\\/]catalogues)\.ts`,
        String.raw`[\\/]src[\\/]i18n[\\/](languages\.ts|messages[\\/]en[\\/])`,
        String.raw`[\\/]src[\\/]data[\\/](text|release|state-codes|first-screens)\.ts`,
      ].join('|'),
    ),
  ],
  [
    'element',
    new RegExp(
      [
        String.raw`node_modules[\\/](@lit[\\/]reactive-element[\\/]|lit-element[\\/]|lit[\\/](index|decorators)\.js)`,
        String.raw`helpers[\\/]esm[\\/]decorate\.js`,
        String.raw`[\\/]src[\\/]internal[\\/](csto-element|state-templates)\.ts`,
      ].join('|'),
    ),
  ],
  [
    'endpoint',
    new RegExp(
      [
        String.raw`node_modules[\\/]@lit[\\/]task[\\/]`,
        // The request the loader started, taken by the element: the first screen only reads its answer.
        String.raw`[\\/]src[\\/]data[\\/](load-feed|remember-feed|keep-unchanged|response-text|server-state|feed-shape|early-feed|feed-accept)\.ts`,
        // The reader of every format; a first screen reads our own (own-formats.ts, in `feed-data`).
        String.raw`[\\/]src[\\/]data[\\/]parse-feed\.ts`,
        String.raw`[\\/]src[\\/]internal[\\/]on-demand[\\/](xml-reader|json-adapters|body-decoder)\.ts`,
        String.raw`[\\/]src[\\/]internal[\\/](endpoint-controller|missing-configuration|on-demand[\\/]cors-probe)\.ts`,
      ].join('|'),
    ),
  ],
  [
    'feed-data',
    new RegExp(
      [
        // Not the other formats' adapters and decoder, nor the synchronous reader of the library part.
        String.raw`[\\/]src[\\/]data[\\/](?!member-states|handed-member-states|safe-body|sanitize|trusted-types-policy|cors|rfc822-date|read-feed|parse-feed|decode-body|adapters[\\/](xml|rss|atom|json-feed|wordpress))`,
        String.raw`[\\/]src[\\/]i18n[\\/](index|date-pattern|messages[\\/]en)\.ts`,
        // The permalinks, which `<event-card>` writes too.
        String.raw`[\\/]src[\\/]components[\\/]news-feed[\\/](feed-url|feed-query)\.ts`,
      ].join('|'),
    ),
  ],
  [
    // What the badge's first screen draws with, and its element renders with: the card's too.
    'badge-view',
    new RegExp(
      [
        String.raw`[\\/]src[\\/]components[\\/]member-states-badge[\\/](badge-templates|flags|member-state-list|member-states-badge\.styles)\.ts$`,
        String.raw`[\\/]src[\\/]internal[\\/]floating-panel\.styles\.ts$`,
        // The member states' list, 0.7 KiB: also the feed's toolbar's, loaded on first use.
        String.raw`[\\/]src[\\/]data[\\/]member-states\.ts$`,
      ].join('|'),
    ),
  ],
  [
    // What the card's first screen draws with, and its element renders with.
    'card-view',
    /[\\/]src[\\/]components[\\/]event-card[\\/](card-templates|event-card\.styles|event-status|local-day)\.ts$/,
  ],
  [
    'news-feed-view',
    new RegExp(
      [
        String.raw`[\\/]src[\\/]components[\\/]news-feed[\\/](feed-templates|news-feed\.styles|rendered-once)\.ts$`,
        String.raw`node_modules[\\/]lit(-html)?[\\/]directives[\\/]repeat\.js`,
      ].join('|'),
    ),
  ],
];

/** The chunk of a module of the script parts; `null` leaves it to the bundler's own splitting. */
function scriptChunkOf(id: string): string | null {
  return SCRIPT_CHUNKS.find(([, modules]) => modules.test(id))?.[0] ?? null;
}

const scriptBuilds = {
  'script-parts': {
    ...forBrowsers,
    outDir: PARTS_DIR,
    emptyOutDir: true,
    lib: { entry: SCRIPT_PARTS, formats: ['es'] },
    rolldownOptions: {
      // A part may export more than its module (a chunk's exports), as the grouping below asks.
      preserveEntrySignatures: 'allow-extension',
      output: {
        ...minified.output,
        // Six characters of hash: enough to tell releases apart, and the loader carries every name.
        entryFileNames: '[name]-[hash:6].js',
        chunkFileNames: '[name]-[hash:6].js',
        codeSplitting: {
          groups: [
            {
              name: scriptChunkOf,
              debugName: 'csto-chunks',
              tags: ['$initial'],
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  'script-tag': {
    ...forBrowsers,
    outDir: 'dist',
    emptyOutDir: false,
    lib: {
      entry: { 'csto-widgets': 'src/script-tag.ts' },
      name: 'CstoWidgetsLoader',
      formats: ['iife', 'es'],
      fileName: (format: string) => (format === 'iife' ? 'csto-widgets.js' : 'csto-widgets.mjs'),
    },
    rolldownOptions: {
      ...minified,
      // `import.meta` in the loader is read only where the module copy runs; the classic script,
      // where the build replaces it with `{}`, reads document.currentScript instead.
      onLog: (level, log, handler) => (log.code === 'EMPTY_IMPORT_META' ? undefined : handler(level, log)),
    },
  },
  'script-standalone': {
    ...forBrowsers,
    outDir: 'dist',
    emptyOutDir: false,
    lib: {
      entry: { 'csto-widgets': 'src/script-standalone.ts' },
      name: 'CstoWidgetsBundle',
      formats: ['iife'],
      fileName: () => 'csto-widgets.standalone.js',
    },
  },
} satisfies Record<string, BuildEnvironmentOptions>;

export default defineConfig(({ mode }) => ({
  define: {
    __CSTO_VERSION__: JSON.stringify(version),
    // The loader's map of parts to files, from the parts build that ran before it.
    ...(mode === 'script-tag' ? { __CSTO_SCRIPT_PARTS__: JSON.stringify(readPartsManifest()) } : {}),
    // The embed builder (`/configurator/`) served by `npm start` writes the built script's hash.
    __CSTO_SCRIPT_INTEGRITY__: JSON.stringify(scriptIntegrity()),
  },
  resolve: { conditions: ['production'] },
  plugins:
    mode === 'script-parts'
      ? [minifyCssLiterals, writePartsManifest]
      : mode in scriptBuilds
        ? [minifyCssLiterals]
        : [minifyCssLiterals, serveDistAsBuilt, startAtTheDemo],
  server: { open: canOpenBrowser ? DEMO_PATH : false, host: '127.0.0.1', port: 5173 },
  build:
    mode in scriptBuilds
      ? scriptBuilds[mode as keyof typeof scriptBuilds]
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
