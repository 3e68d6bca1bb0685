#!/usr/bin/env node
/**
 * Checks the relative links of README.md and docs/*.md (`npm run lint` runs it): each one must name
 * a file that exists (under `dist/`: that will exist once built) and that the package ships (`files`
 * in package.json), so that it works in the repository and in the published tarball (unpkg,
 * jsDelivr), and each `#anchor` must be a heading of its target, spelled as GitHub and npm spell
 * heading ids. Links to other sites are not fetched, but a CDN address naming the package at a
 * version (`csto-widgets@0.1.0`, not a range) must name this version.
 * Prints one line per problem and exits 1 when there is any.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const { name, version, files: shipped } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const pages = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

const FENCED_CODE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm;

/** A page's text without code, where brackets are not links. */
const prose = (markdown) => markdown.replace(FENCED_CODE, '').replace(/`[^`\n]*`/g, '');

/** GitHub's heading ids: link text kept, lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingIds(markdown) {
  const ids = new Set();
  const seen = new Map();
  for (const [, text] of markdown.replace(FENCED_CODE, '').matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.add(count ? `${base}-${count}` : base);
  }
  return ids;
}

/** Every link target of a page: inline links and images, reference definitions, HTML href/src. */
function linkTargets(markdown) {
  const text = prose(markdown);
  return [
    ...[...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]),
    ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((match) => match[1]),
    ...[...text.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((match) => match[1]),
  ];
}

const isShipped = (file) =>
  file === 'README.md' ||
  file === 'package.json' ||
  shipped.some((entry) => file === normalize(entry) || file.startsWith(`${normalize(entry)}/`));

const problems = [];
let checked = 0;
for (const page of pages) {
  const markdown = readFileSync(join(ROOT, page), 'utf8');
  // A pinned version (`@0.1.0`), not a range such as `@0` or `@^0.1`.
  for (const [pinned] of markdown.matchAll(new RegExp(`\\b${name}@\\d+\\.\\d+\\.\\d+[^/\\s)>]*`, 'g'))) {
    if (pinned !== `${name}@${version}`) problems.push(`${page}: ${pinned}, but package.json says ${version}`);
  }
  for (const target of linkTargets(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
    checked += 1;
    const [pathPart, anchor] = target.split('#', 2);
    const file = pathPart ? relative(ROOT, resolve(ROOT, dirname(page), decodeURI(pathPart))) : page;
    const where = `${page}: ${target}`;
    // `dist/` is built, not committed: a link into it works in the package, and is not looked for here.
    const built = file.startsWith(`dist${sep}`);
    if (file.startsWith('..') || (!built && !existsSync(join(ROOT, file)))) {
      problems.push(`${where}: no such file (${file})`);
      continue;
    }
    if (!isShipped(file))
      problems.push(`${where}: ${file} is not in package.json "files", so it breaks in the tarball`);
    if (anchor !== undefined) {
      if (!file.endsWith('.md') || built || statSync(join(ROOT, file)).isDirectory()) {
        problems.push(`${where}: an anchor on a file that is not a Markdown page`);
      } else if (!headingIds(readFileSync(join(ROOT, file), 'utf8')).has(decodeURIComponent(anchor))) {
        problems.push(`${where}: ${file} has no heading #${anchor}`);
      }
    }
  }
}

for (const problem of problems) console.log(problem);
console.log(`links: ${checked} relative links in ${pages.length} pages, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
