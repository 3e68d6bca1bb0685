import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, run, scratchFolder } from './run-cli.js';

/**
 * tests/fixtures/converted/ holds `convert`'s output for three fixtures, served by the browser
 * tests' endpoint (tests/browser/converted.test.ts shows the same releases from both). This keeps
 * them what `convert` writes today. To write them again after a change to the writer:
 *   npm run build:cli && node dist/cli/csto-widgets.js convert tests/fixtures/<source> \
 *     --out tests/fixtures/converted/<name> --page-size <n>
 * where <name> is the source's file name without its folder and extension.
 */
const CONVERTED: readonly [source: string, pageSize: number][] = [
  ['json-feed.json', 2],
  ['native.json', 3],
  ['wordpress.json', 50],
  ['real-feeds/rss-macworld-relative-urls.rss', 10],
  ['real-feeds/rss-suspilne-ukrnet-uk-cyrillic.xml', 10],
  ['real-feeds/atom-heise-developer-de.atom', 10],
];

const { folder } = scratchFolder();

describe('tests/fixtures/converted', () => {
  it.each(CONVERTED)('holds what convert writes today for %s (page size %i)', async (source, pageSize) => {
    const name = path.basename(source, path.extname(source));
    const out = path.join(folder, name);
    const { code } = await run('convert', fixture(source), '--out', out, '--page-size', String(pageSize));
    expect(code).toBe(0);
    const committed = fixture(`converted/${name}`);
    expect(readdirSync(committed).sort()).toEqual(readdirSync(out).sort());
    for (const file of readdirSync(out)) {
      expect(readFileSync(path.join(committed, file), 'utf8'), file).toBe(readFileSync(path.join(out, file), 'utf8'));
    }
  });
});
