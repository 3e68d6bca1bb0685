#!/usr/bin/env node
/**
 * The packed-package test (run after `npm run build`): packs the package as npm would publish it,
 * installs the tarball into a scratch project copied from tests/pack/, and uses it the way users
 * do: every entry imported in plain Node (SSR), and a strict TypeScript consumer.
 * Prints one line per check and `N passed, N failed`; with CSTO_RESULTS set, writes the counts to
 * `$CSTO_RESULTS/pack.json`. Exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TEMPLATE = join(ROOT, 'tests', 'pack');
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');
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
  { specifier: `${pkg.name}/date-fns-locales`, defines: [], leaves: ALL_TAGS },
];
/**
 * Files a user reaches without `exports`: the script tag's bundle, its module twin, the parts they
 * load on first use from beside them, and the standalone bundle.
 */
const REQUIRED_FILES = [
  'package.json',
  'dist/csto-widgets.js',
  'dist/csto-widgets.js.map',
  'dist/csto-widgets.mjs',
  'dist/csto-widgets.standalone.js',
  ...[
    'sanitize',
    'position-floating',
    'read-xml',
    ...['hy', 'be', 'kk', 'ky', 'tg'].map((lang) => `messages-${lang}`),
  ].map((part) => `dist/csto-widgets-parts/${part}.js`),
];

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
    (path) => !path.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE'].includes(path),
  );
  check(
    'tarball holds nothing but dist/, package.json and the docs',
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

  // 3. Every entry imports in plain Node, registering exactly what it promises.
  for (const { specifier, defines, leaves } of ENTRIES) {
    const list = (tags) => (tags.length ? tags.join(',') : '-');
    const ssr = run(process.execPath, ['ssr.mjs', specifier, list(defines), list(leaves)], project);
    const promise = defines.length ? `registers ${defines.map((tag) => `<${tag}>`).join(' ')}` : 'registers nothing';
    check(`import('${specifier}') in Node throws nothing and ${promise}`, ssr.ok, ssr.output);
  }

  // 4. Strict TypeScript consumers: bundler and NodeNext resolution, and the classes entry alone.
  for (const [config, what] of [
    ['tsconfig.json', 'strict consumer type-checks (moduleResolution bundler)'],
    ['tsconfig.nodenext.json', 'strict consumer type-checks (moduleResolution NodeNext)'],
    ['tsconfig.classes.json', 'classes entry types register no tag'],
  ]) {
    const tsc = run(TSC, ['-p', config], project);
    check(what, tsc.ok, tsc.output);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
finish();
