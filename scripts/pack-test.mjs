#!/usr/bin/env node
/**
 * The packed-package test (run after `npm run build`): packs the package as npm would publish it,
 * installs the tarball into a scratch project copied from tests/pack/, and uses it the way users
 * do: every entry imported in plain Node (SSR), a strict TypeScript consumer, and strict consumers
 * in React 19, React 18 (the wrappers), Vue 3 (vue-tsc), Svelte 5 (svelte-check) and Angular
 * (ngc, strict templates) whose code is the snippets of docs/frameworks.md, each beside lines that
 * must fail to compile.
 * Prints one line per check and `N passed, N failed`; with CSTO_RESULTS set, writes the counts to
 * `$CSTO_RESULTS/pack.json`. Exits non-zero on any failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TEMPLATE = join(ROOT, 'tests', 'pack');
const BIN = join(ROOT, 'node_modules', '.bin');
const TSC = join(BIN, 'tsc');
const FRAMEWORK_DOC = join(ROOT, 'docs', 'frameworks.md');
/**
 * What a framework user has installed besides this package: linked from the repository's
 * devDependencies (so `npm ci` brings them and nothing is fetched here). React 18's types sit
 * beside React 19's as `@types/react-18`; the React 18 consumer maps `react` to them.
 */
const FRAMEWORK_PACKAGES = ['react', '@types/react', '@types/react-18', '@lit/react', 'vue', 'svelte', '@angular/core'];

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const ALL_TAGS = ['news-feed', 'event-card', 'member-states-badge'];
/** Each runtime entry, the tags it must register and the tags it must leave alone. */
const ENTRIES = [
  { specifier: pkg.name, defines: ALL_TAGS, leaves: [] },
  { specifier: `${pkg.name}/news-feed`, defines: ['news-feed'], leaves: ['event-card', 'member-states-badge'] },
  // An event card shows its states through a nested badge, so it may register the badge too.
  { specifier: `${pkg.name}/event-card`, defines: ['event-card'], leaves: ['news-feed'] },
  {
    specifier: `${pkg.name}/member-states-badge`,
    defines: ['member-states-badge'],
    leaves: ['news-feed', 'event-card'],
  },
  { specifier: `${pkg.name}/classes`, defines: [], leaves: ALL_TAGS },
  // The React wrappers (with `react` and `@lit/react`, linked in below) register what they wrap.
  { specifier: `${pkg.name}/react`, defines: ALL_TAGS, leaves: [] },
  { specifier: `${pkg.name}/date-fns-locales`, defines: [], leaves: ALL_TAGS },
  // Lit's hydration support only: imported before the elements, it registers none of them.
  { specifier: `${pkg.name}/hydrate`, defines: [], leaves: ALL_TAGS },
  // Server rendering renders the real elements, so it registers them in Lit's Node DOM shim.
  { specifier: `${pkg.name}/ssr`, defines: ALL_TAGS, leaves: [] },
];

/**
 * Every file `dist/csto-widgets-parts/parts.json` names: each element's part and the chunks it
 * imports (file names carry a content hash). A build without the list fails the check below.
 */
function scriptPartFiles() {
  try {
    const parts = JSON.parse(readFileSync(join(ROOT, 'dist/csto-widgets-parts/parts.json'), 'utf8'));
    return [...new Set(Object.values(parts).flat())].map((file) => `dist/csto-widgets-parts/${file}`);
  } catch {
    return [];
  }
}

/**
 * Files a user reaches without `exports`: the script tag's bundle, its module twin, the parts the
 * loader imports from beside them, and the standalone bundle.
 */
const REQUIRED_FILES = [
  'package.json',
  // The README links to these; a registry renders the README, unpkg and jsDelivr the rest.
  'LICENSE',
  'docs/demo.png',
  'dist/csto-widgets.js',
  'dist/csto-widgets.js.map',
  'dist/csto-widgets.mjs',
  'dist/csto-widgets.standalone.js',
  // The script tag's parts: the build's list of them, and every file it names.
  'dist/csto-widgets-parts/parts.json',
  ...scriptPartFiles(),
];

/**
 * Each framework consumer: the doc snippet it compiles (beside its `wrong-types` file) and the
 * checker. `marked`: files whose template errors are expected on the line after each
 * `expect-error` comment, for checkers that have no `@ts-expect-error` in templates.
 */
const CONSUMERS = [
  { what: 'React 19 (JSX)', snippet: 'react19/App.tsx', command: TSC, args: ['-p', 'react19'] },
  { what: 'React 18 (csto-widgets/react)', snippet: 'react18/App.tsx', command: TSC, args: ['-p', 'react18'] },
  {
    what: 'Vue 3 (vue-tsc)',
    snippet: 'vue/News.vue',
    command: join(BIN, 'vue-tsc'),
    args: ['--noEmit', '-p', 'vue'],
  },
  {
    what: 'Svelte 5 (svelte-check)',
    snippet: 'svelte/News.svelte',
    command: join(BIN, 'svelte-check'),
    args: (project) => [
      ...['--workspace', join(project, 'svelte'), '--tsconfig', join(project, 'svelte', 'tsconfig.json')],
      ...['--output', 'machine', '--fail-on-warnings'],
    ],
    marked: ['svelte/WrongTypes.svelte'],
  },
  {
    what: 'Angular (ngc, strict templates)',
    snippet: 'angular/news.component.ts',
    command: join(BIN, 'ngc'),
    args: ['-p', 'angular'],
    marked: ['angular/wrong-types.component.ts'],
  },
];
/** The plain TypeScript snippet, compiled with consumer.ts (tests/pack/tsconfig.json). */
const PLAIN_SNIPPET = 'plain/news.ts';

/** The code blocks of the doc that follow a `<!-- pack-test: path -->` comment. */
function docSnippets(markdown) {
  const pattern = /<!-- pack-test: (\S+) -->\s*```\w*\n([\s\S]*?)```/g;
  return [...markdown.matchAll(pattern)].map(([, path, code]) => ({ path, code }));
}

/**
 * Errors a checker printed that no `expect-error` comment announced, and announced errors it did
 * not print. Checkers name a file relative to their own project folder, lines from 1:
 * svelte-check `ERROR "WrongTypes.svelte" 17:1 "..."`, ngc `wrong-types.component.ts:16:5 - error`.
 */
function unexpectedErrors(output, markedFiles, project) {
  const plain = stripVTControlCharacters(output);
  const found = new Set();
  for (const match of plain.matchAll(/ERROR "([^"]+)" (\d+):|^(\S+\.\w+):(\d+):\d+ - error/gm)) {
    const file = match[1] ?? match[3];
    const path = markedFiles.find((marked) => marked === file || marked.endsWith(`/${file}`)) ?? file;
    found.add(`${path}:${match[2] ?? match[4]}`);
  }
  const expected = new Set(
    markedFiles.flatMap((path) =>
      readFileSync(join(project, path), 'utf8')
        .split('\n')
        .flatMap((text, index) => (/expect-error:/.test(text) ? [`${path}:${index + 2}`] : [])),
    ),
  );
  return [
    ...[...found].filter((at) => !expected.has(at)).map((at) => `unexpected error at ${at}`),
    ...[...expected].filter((at) => !found.has(at)).map((at) => `no error at ${at}, which expects one`),
  ];
}

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(
    `${ok ? '  ok  ' : '  FAIL'} ${name}${!ok && detail ? `\n${firstLines(detail).trim().replace(/^/gm, '       ')}` : ''}`,
  );
  return ok;
}

function run(command, args, cwd) {
  const { status, stdout, stderr, error } = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { ok: status === 0, output: `${stdout ?? ''}${stderr ?? ''}${error ? String(error) : ''}` };
}

/** `run` without blocking, so that the framework checkers can run side by side. */
function runInBackground(command, args, cwd) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ ok: false, output: `${output}${error}` }));
    child.on('close', (status) => done({ ok: status === 0, output }));
  });
}

/** `task` for each item, at most `limit` at once; the results in the items' order. */
async function inParallel(items, limit, task) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The lines of a failure worth reading: the error, not the stack under it. */
function firstLines(text, count = 12) {
  const lines = text
    .split('\n')
    .filter((line) => !/^(node:internal|Node\.js v|\s+at |\s+throw |\s+\^|\s*$)/.test(line));
  return lines.slice(0, count).join('\n');
}

/** Every file path named in `exports` (conditions and all), without the leading `./`. */
function exportTargets(exportsField) {
  if (typeof exportsField === 'string') return [exportsField.replace(/^\.\//, '')];
  return Object.values(exportsField).flatMap(exportTargets);
}

function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  if (process.env.CSTO_RESULTS) {
    mkdirSync(process.env.CSTO_RESULTS, { recursive: true });
    writeFileSync(join(process.env.CSTO_RESULTS, 'pack.json'), `${JSON.stringify({ passed, failed })}\n`);
  }
  process.exit(failed ? 1 : 0);
}

const work = mkdtempSync(join(tmpdir(), 'csto-pack-'));
try {
  // 1. The tarball, as `npm publish` would send it.
  const pack = run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
  if (!check('npm pack', pack.ok, pack.output)) finish();
  const [{ filename, files, size, unpackedSize }] = JSON.parse(pack.output.slice(pack.output.indexOf('[')));
  const tarball = join(work, filename);
  const packed = new Set(files.map((file) => file.path));
  console.log(
    `       ${filename}: ${files.length} files, ${(size / 1024).toFixed(1)} kB packed, ${(unpackedSize / 1024).toFixed(1)} kB unpacked`,
  );

  const missing = [...new Set([...REQUIRED_FILES, ...exportTargets(pkg.exports)])].filter((path) => !packed.has(path));
  check(
    'tarball holds every file that package.json exports, and the script bundle',
    missing.length === 0,
    `missing: ${missing.join(', ')}`,
  );
  const typeFiles = [...packed].filter((path) => path.startsWith('dist/types/') && path.endsWith('.d.ts'));
  const esFiles = [...packed].filter((path) => path.startsWith('dist/es/') && path.endsWith('.js'));
  check(
    `tarball holds the ES build (${esFiles.length} modules) and .d.ts files (${typeFiles.length})`,
    esFiles.length >= ENTRIES.length && typeFiles.length > 0,
  );
  const strays = [...packed].filter(
    (path) =>
      !path.startsWith('dist/') &&
      !path.startsWith('docs/') &&
      !['package.json', 'README.md', 'LICENSE', 'schema/releases.schema.json'].includes(path),
  );
  check(
    'tarball holds nothing but dist/, the schema, package.json and the docs',
    strays.length === 0,
    `unexpected: ${strays.join(', ')}`,
  );

  // 2. A scratch project that installs the tarball, offline from the cache the main install filled.
  const project = join(work, 'consumer');
  cpSync(TEMPLATE, project, { recursive: true });
  const installArgs = ['install', '--no-audit', '--no-fund', '--no-save', tarball];
  let install = run('npm', [...installArgs, '--offline'], project);
  if (!install.ok) install = run('npm', installArgs, project);
  if (!check('npm install <tarball> in a scratch project', install.ok, install.output)) finish();

  // The framework user's own packages, and the snippets of docs/frameworks.md as written.
  for (const name of FRAMEWORK_PACKAGES) {
    const link = join(project, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
  }
  const snippets = docSnippets(readFileSync(FRAMEWORK_DOC, 'utf8'));
  for (const { path, code } of snippets) {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), code);
  }
  const wanted = [...CONSUMERS.map(({ snippet }) => snippet), PLAIN_SNIPPET];
  check(
    `docs/frameworks.md has the snippet of each consumer (${snippets.length})`,
    snippets.length === wanted.length && wanted.every((path) => snippets.some((snippet) => snippet.path === path)),
    `found: ${snippets.map(({ path }) => path).join(', ')}`,
  );

  // The editor data lists each tag with the attributes of the shipped manifest.
  const shipped = (path) => JSON.parse(readFileSync(join(project, 'node_modules', pkg.name, path), 'utf8'));
  const byTag = (entries) =>
    JSON.stringify(
      Object.fromEntries(
        entries
          .map(({ name, attributes }) => [name, (attributes ?? []).map((attribute) => attribute.name).sort()])
          .sort(([a], [b]) => a.localeCompare(b)),
      ),
    );
  const manifestTags = byTag(
    shipped('dist/custom-elements.json')
      .modules.flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map(({ tagName, attributes }) => ({ name: tagName, attributes })),
  );
  const vsCodeTags = byTag(shipped('dist/editors/html-custom-data.json').tags);
  const jetBrainsTags = byTag(shipped('dist/editors/web-types.json').contributions.html.elements);
  check(
    "VS Code and JetBrains data list every tag with the manifest's attributes",
    vsCodeTags === manifestTags &&
      jetBrainsTags === manifestTags &&
      ALL_TAGS.every((tag) => manifestTags.includes(tag)),
    `manifest ${manifestTags}\nVS Code ${vsCodeTags}\nJetBrains ${jetBrainsTags}`,
  );

  // 3. Every entry imports in plain Node, registering exactly what it promises.
  for (const { specifier, defines, leaves } of ENTRIES) {
    const list = (tags) => (tags.length ? tags.join(',') : '-');
    const ssr = run(process.execPath, ['ssr.mjs', specifier, list(defines), list(leaves)], project);
    const promise = defines.length ? `registers ${defines.map((tag) => `<${tag}>`).join(' ')}` : 'registers nothing';
    check(`import('${specifier}') in Node throws nothing and ${promise}`, ssr.ok, ssr.output);
  }

  // The publisher CLI, as `npx csto-widgets` runs it: the built file, no TypeScript loader.
  const cli = run('npx', ['--no-install', 'csto-widgets', 'check', join(ROOT, 'tests/fixtures/native.json')], project);
  check('npx csto-widgets check <file> runs from the installed package and finds nothing to fix', cli.ok, cli.output);

  // Server rendering from the installed package: its dependencies (@lit-labs/ssr, parse5) are there.
  cpSync(join(ROOT, 'tests/fixtures/native.json'), join(project, 'native.json'));
  writeFileSync(
    join(project, 'page.html'),
    '<news-feed src="native.json" lang="ru"><a href="/">News</a></news-feed>\n',
  );
  const render = run('npx', ['--no-install', 'csto-widgets', 'render', 'page.html'], project);
  check(
    'npx csto-widgets render <page> renders its <news-feed> from the installed package',
    render.ok &&
      /<news-feed src="native.json" lang="ru"><template shadowroot="open" shadowrootmode="open">/.test(render.output),
    render.output,
  );

  // 4. Strict TypeScript consumers: bundler and NodeNext resolution, and the classes entry alone.
  for (const [config, what] of [
    ['tsconfig.json', 'strict consumer and plain/news.ts type-check (moduleResolution bundler)'],
    ['tsconfig.nodenext.json', 'strict consumer type-checks (moduleResolution NodeNext)'],
    ['tsconfig.classes.json', 'classes entry types register no tag'],
  ]) {
    const tsc = run(TSC, ['-p', config], project);
    check(what, tsc.ok, tsc.output);
  }

  // 5. Framework consumers (their doc snippets are in place since step 2), side by side.
  const results = await inParallel(CONSUMERS, availableParallelism(), async ({ command, args }) => {
    const started = Date.now();
    const result = await runInBackground(command, typeof args === 'function' ? args(project) : args, project);
    return { ...result, seconds: ((Date.now() - started) / 1000).toFixed(1) };
  });
  CONSUMERS.forEach(({ what, snippet, marked }, index) => {
    const { ok, output, seconds } = results[index];
    const name = `${what} compiles ${snippet} and rejects the wrong types (${seconds} s)`;
    if (marked) {
      const problems = unexpectedErrors(output, marked, project);
      check(name, problems.length === 0, [...problems, '', output].join('\n'));
    } else check(name, ok, output);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
finish();
