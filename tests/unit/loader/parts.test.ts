import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as PartsModule from '../../../src/loader/parts.js';

type PartImporter = typeof PartsModule.partImporter;
type HydratingFirst = typeof PartsModule.hydratingFirst;

/**
 * The loader's imports, against real module files: a part whose chunk is listed beside it, and
 * the build's manifest (`__CSTO_SCRIPT_PARTS__`, a build-time constant) set before the module runs.
 */
let partImporter: PartImporter;
let hydratingFirst: HydratingFirst;
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
  ({ partImporter, hydratingFirst } = await import('../../../src/loader/parts.js'));
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

describe('hydratingFirst', () => {
  /** An importer that records when each import starts and lets the test end it. */
  function recordingImporter() {
    const started: string[] = [];
    const finish = new Map<string, (value: Record<string, unknown>) => void>();
    const fail = new Map<string, (error: Error) => void>();
    const importPart = (name: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        started.push(name);
        finish.set(name, resolve);
        fail.set(name, reject);
      });
    return { started, finish, fail, importPart };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve));

  it('on a server-rendered page, starts no element part before the hydrate part has run', async () => {
    const { started, finish, importPart } = recordingImporter();
    const load = hydratingFirst(importPart, () => true);
    const feed = load('news-feed');
    void load('member-states-badge');
    await settle();
    expect(started).toEqual(['hydrate']);
    finish.get('hydrate')!({});
    await settle();
    expect(started).toEqual(['hydrate', 'news-feed', 'member-states-badge']);
    finish.get('news-feed')!({ NewsFeed: 1 });
    expect(await feed).toEqual({ NewsFeed: 1 });
  });

  it('elsewhere imports no hydrate part, and a hydrate part that fails to load holds nothing back', async () => {
    const plain = recordingImporter();
    void hydratingFirst(plain.importPart, () => false)('news-feed');
    await settle();
    expect(plain.started).toEqual(['news-feed']);

    const failing = recordingImporter();
    void hydratingFirst(failing.importPart, () => true)('event-card');
    await settle();
    failing.fail.get('hydrate')!(new Error('404'));
    await settle();
    expect(failing.started).toEqual(['hydrate', 'event-card']);
  });
});
