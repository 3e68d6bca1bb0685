import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/cli/native-writer.js';
import { readPages } from '../../../src/cli/pages.js';
import { readFeed } from '../../../src/data/read-feed.js';
import type { Release } from '../../../src/data/release.js';
import { arbitraryOf } from '../schema-arbitrary.js';
import { fixture, run, scratchFolder } from './run-cli.js';

/**
 * `csto-widgets convert`: any accepted format in, native pages linked by `next` out, the same
 * releases and member states, and a result that `check` passes and the schema accepts.
 */

const { folder, write } = scratchFolder();
const schema = JSON.parse(readFileSync('schema/releases.schema.json', 'utf8')) as { $id: string };
const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);

/** Every release of a feed and the pages after it, as the elements would show them. */
async function releasesOf(location: string): Promise<Release[]> {
  const { pages } = await readPages(location);
  const seen = new Set<string>();
  return pages.flatMap((page) => page.feed.releases).filter((release) => !seen.has(release.id) && seen.add(release.id));
}

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('convert', () => {
  it.each([
    ['json-feed.json', 2],
    ['wordpress.json', 50],
    ['native.json', 3],
    ['array.json', 1],
    ['paged-1.json', 5],
  ])('turns %s into native pages of %i that hold the same releases', async (name, pageSize) => {
    const out = path.join(folder, `${name}-${pageSize}`);
    const { code, stdout } = await run('convert', fixture(name), '--out', out, '--page-size', String(pageSize));
    expect(code).toBe(0);
    const source = await releasesOf(fixture(name));
    expect(stdout).toContain(`Wrote ${source.length} releases`);

    const files = readdirSync(out).sort((a, b) => a.length - b.length || a.localeCompare(b));
    expect(files).toHaveLength(Math.ceil(source.length / pageSize));
    files.forEach((file, i) => {
      const page = readJson(path.join(out, file));
      expect(validate(page), JSON.stringify(validate.errors)).toBe(true);
      expect(page.next).toBe(files[i + 1]);
    });
    expect(await releasesOf(path.join(out, 'releases.json'))).toEqual(source);
  });

  it('keeps the member states, on the first page', async () => {
    const out = path.join(folder, 'states');
    await run('convert', fixture('json-feed.json'), '--out', out, '--page-size', '1');
    const { pages: source } = await readPages(fixture('json-feed.json'));
    const { pages } = await readPages(path.join(out, 'releases.json'));
    expect(source[0]!.feed.memberStates).toHaveLength(6);
    expect(pages[0]!.feed.memberStates).toEqual(source[0]!.feed.memberStates);
    expect(pages.slice(1).every((page) => page.feed.memberStates === undefined)).toBe(true);
  });

  it('writes what check passes with exit code 0, following next', async () => {
    const out = path.join(folder, 'checked');
    await run('convert', fixture('json-feed.json'), '--out', out, '--page-size', '2');
    const { code, stdout } = await run('check', path.join(out, 'releases.json'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ exitCode: 0, releases: 4, skipped: [], warnings: [] });
    expect((JSON.parse(stdout) as { pages: unknown[] }).pages).toHaveLength(2);
  });

  it('leaves out what the source gets wrong, and says so', async () => {
    const out = path.join(folder, 'half');
    const { code, stdout, stderr } = await run('convert', fixture('half-invalid.json'), '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('Wrote 4 releases');
    expect(stderr).toContain('4 source entries were not valid and left out');
    expect((await run('check', path.join(out, 'releases.json'))).code).toBe(0);
  });

  it('removes the pages an earlier, longer run left behind', async () => {
    const out = path.join(folder, 'rerun');
    await run('convert', fixture('many.json'), '--out', out, '--page-size', '5');
    expect(existsSync(path.join(out, 'releases-5.json'))).toBe(true);
    await run('convert', fixture('many.json'), '--out', out, '--page-size', '10');
    expect(readdirSync(out).sort()).toEqual(['releases-2.json', 'releases-3.json', 'releases.json']);
  });

  it('keeps a file’s relative URLs relative', async () => {
    const source = write('relative.json', {
      releases: [{ id: 'r', title: 'Relative', date: '2024-09-03', url: 'news/r/', image: '../img/r.jpg' }],
    });
    const out = path.join(folder, 'relative-out');
    await run('convert', source, '--out', out);
    expect((readJson(path.join(out, 'releases.json')).releases as Record<string, unknown>[])[0]).toMatchObject({
      url: 'news/r/',
      image: '../img/r.jpg',
    });
  });

  it.each<[string, string[], RegExp]>([
    ['no --out', [fixture('native.json')], /convert needs --out/],
    [
      'a page size of 0',
      [fixture('native.json'), '--out', 'x', '--page-size', '0'],
      /--page-size must be a whole number/,
    ],
    ['a source that is not there', ['none-such.json', '--out', 'x'], /no such file/],
    ['a source with no releases', [fixture('no-releases.json'), '--out', 'x'], /no list of releases/],
  ])('exits 2 for %s', async (_what, args, message) => {
    const { code, stderr } = await run('convert', ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('the native writer', () => {
  it('writes releases that read back as the same releases (schema-generated documents)', () => {
    const releases = arbitraryOf(schema as Record<string, unknown>, { $ref: '#/$defs/releaseList' });
    const pageSize = fc.integer({ min: 1, max: 3 });
    fc.assert(
      fc.property(releases, pageSize, (generated, size) => {
        const unique = (generated as Record<string, unknown>[]).map((release, i) => ({ ...release, id: `r${i}` }));
        const read = readFeed(unique, 'https://press.example/feed.json').releases;
        const pages = paginate(read, undefined, size);
        const reread = pages.flatMap((page) => readFeed(page.document, 'https://press.example/feed.json').releases);
        expect(reread).toEqual(read);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('keeps a text that looks like an entity as that text', () => {
    const [release] = readFeed([{ id: 'a', title: 'AT&amp;amp;T &lt;i&gt; says', date: '2024-09-03' }]).releases;
    expect(release!.title).toEqual({ und: 'AT&amp;T <i> says' });
    const [page] = paginate([release!], undefined, 50);
    expect(readFeed(page!.document).releases[0]!.title).toEqual(release!.title);
  });
});
