import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, run, scratchFolder } from './run-cli.js';

/**
 * tests/fixtures/converted/ holds `convert`'s output for three fixtures, served by the browser
 * tests' endpoint (tests/browser/converted.test.ts shows the same releases from both). This keeps
 * them what `convert` writes today. To write them again after a change to the writer:
 *   npm run build:cli && node dist/cli/csto-widgets.js convert tests/fixtures/<name>.json \
 *     --out tests/fixtures/converted/<name> --page-size <n>
 */
const CONVERTED: readonly [name: string, pageSize: number][] = [
  ['json-feed', 2],
  ['native', 3],
  ['wordpress', 50],
];

const { folder } = scratchFolder();

describe('tests/fixtures/converted', () => {
  it.each(CONVERTED)('holds what convert writes today for %s.json (page size %i)', async (name, pageSize) => {
    const out = path.join(folder, name);
    const { code } = await run('convert', fixture(`${name}.json`), '--out', out, '--page-size', String(pageSize));
    expect(code).toBe(0);
    const committed = fixture(`converted/${name}`);
    expect(readdirSync(committed).sort()).toEqual(readdirSync(out).sort());
    for (const file of readdirSync(out)) {
      expect(readFileSync(path.join(committed, file), 'utf8'), file).toBe(readFileSync(path.join(out, file), 'utf8'));
    }
  });
});
