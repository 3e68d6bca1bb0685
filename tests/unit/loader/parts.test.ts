import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as PartsModule from '../../../src/loader/parts.js';

type PartImporter = typeof PartsModule.partImporter;

/**
 * The loader's imports, against real module files: a part whose chunk is listed beside it, and
 * the build's manifest (`__CSTO_SCRIPT_PARTS__`, a build-time constant) set before the module runs.
 */
let partImporter: PartImporter;
let base: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'csto-parts-'));
  writeFileSync(
    join(dir, 'chunk-a1.js'),
    'globalThis.chunkRuns = (globalThis.chunkRuns ?? 0) + 1; export const shared = 1;',
  );
  writeFileSync(
    join(dir, 'badge-b2.js'),
    "import { shared } from './chunk-a1.js'; export const MemberStatesBadge = shared;",
  );
  base = `${pathToFileURL(dir).href}/`;
  Object.assign(globalThis, {
    __CSTO_SCRIPT_PARTS__: { 'member-states-badge': ['badge-b2.js', 'chunk-a1.js'], 'news-feed': ['missing-c3.js'] },
  });
  ({ partImporter } = await import('../../../src/loader/parts.js'));
});

describe('partImporter', () => {
  it("resolves with the part's exports, its chunk run once, and the same import on a second call", async () => {
    const importPart = partImporter(base);
    const part = await importPart('member-states-badge');
    expect(part.MemberStatesBadge).toBe(1);
    expect(await importPart('member-states-badge')).toBe(part);
    expect((globalThis as { chunkRuns?: number }).chunkRuns).toBe(1);
  });

  it('rejects for a part the build does not list, an own key only', async () => {
    const importPart = partImporter(base);
    await expect(importPart('constructor' as 'library')).rejects.toThrow(/no part "constructor"/);
  });

  it('rejects without a base URL (the script pasted inline), and a missing file, tried again next time', async () => {
    await expect(partImporter(undefined)('member-states-badge')).rejects.toThrow(/no URL to find its parts by/);
    const importPart = partImporter(base);
    const first = importPart('news-feed');
    await expect(first).rejects.toThrow();
    expect(importPart('news-feed')).not.toBe(first);
  });
});
