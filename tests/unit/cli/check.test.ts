import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/cli/check.js';
import { fixture, run, scratchFolder } from './run-cli.js';

/**
 * `csto-widgets check`: each exit code, the `--json` shape, every problem of a feed broken on
 * purpose (one of each) with its location, and a URL answered by a real local HTTP server.
 */

const { write } = scratchFolder();

const checkJson = async (...args: string[]): Promise<{ code: number; result: CheckResult }> => {
  const { code, stdout } = await run('check', ...args, '--json');
  return { code, result: JSON.parse(stdout) as CheckResult };
};

const text = (en: string, ru = `${en} (ru)`): Record<string, string> => ({ en, ru });
const release = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  title: text(`Release ${id}`),
  date: '2024-09-03',
  ...extra,
});

// One of each problem `check` knows, on two pages whose `next` links loop.
const BROKEN_PAGE_1 = {
  releases: [
    release('ok-1'),
    { title: text('No id'), date: '2024-09-03' },
    release('bad-date', { date: '31.02.2024' }),
    release('ok-1'),
    release('http-image', { image: 'http://odkb-csto.org/upload/rock.jpg' }),
    release('relative', { url: 'news/relative/' }),
    release('long-title', { title: text('word '.repeat(300)) }),
    release('long-body', { body: text(`<p>${'x'.repeat(100_001)}</p>`) }),
    release('en-only', { title: { en: 'English only' } }),
  ],
  next: 'broken-2.json',
};
const BROKEN_PAGE_2 = { releases: [release('ok-1'), release('ok-2')], next: 'broken.json' };

describe('check: exit code 0', () => {
  it('finds nothing to fix in a clean native feed', async () => {
    const { code, stdout, stderr } = await run('check', fixture('native.json'));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('native (csto-widgets JSON)');
    expect(stdout).toMatch(/releases\s+4 read/);
    expect(stdout).toContain('Nothing to fix.');
  });

  it('follows next from file to file', async () => {
    const { code, result } = await checkJson(fixture('paged-1.json'));
    expect(code).toBe(0);
    expect(result.pages.map((page) => [page.releases, page.skipped])).toEqual([
      [12, 0],
      [5, 0],
    ]);
    expect(result.releases).toBe(17);
  });
});

describe('check: exit code 1, every problem with its location', () => {
  const broken = write('broken.json', BROKEN_PAGE_1);
  write('broken-2.json', BROKEN_PAGE_2);

  it('lists every entry the elements would skip, with index, id, JSON pointer and reason', async () => {
    const { code, result } = await checkJson(broken);
    expect(code).toBe(1);
    expect(result.skipped.map(({ index, id, pointer }) => ({ index, id, pointer }))).toEqual([
      { index: 1, id: undefined, pointer: '/releases/1' },
      { index: 2, id: 'bad-date', pointer: '/releases/2' },
      { index: 3, id: 'ok-1', pointer: '/releases/3' },
    ]);
    expect(result.skipped.map((entry) => entry.reason)).toEqual([
      expect.stringMatching(/no id/),
      expect.stringMatching(/no readable date .*31\.02\.2024/),
      expect.stringMatching(/repeats the id "ok-1"/),
    ]);
    expect(result.skipped.every((entry) => entry.page === broken)).toBe(true);
  });

  it('gives every publisher warning where it is', async () => {
    const { result } = await checkJson(broken);
    const found = result.warnings.map(({ code, page, pointer, id }) => ({ code, page, pointer, id }));
    const second = found.find((warning) => warning.code === 'duplicate-id')?.page;
    expect(found).toEqual([
      { code: 'http-image', page: broken, pointer: '/releases/4', id: 'http-image' },
      { code: 'relative-url', page: broken, pointer: '/releases/5', id: 'relative' },
      { code: 'title-cut', page: broken, pointer: '/releases/6', id: 'long-title' },
      { code: 'body-too-long', page: broken, pointer: '/releases/7', id: 'long-body' },
      { code: 'language-missing', page: broken, pointer: '/releases/8', id: 'en-only' },
      { code: 'duplicate-id', page: second, pointer: '/releases/0', id: 'ok-1' },
      { code: 'next-loop', page: second, pointer: undefined, id: undefined },
    ]);
    expect(second).toMatch(/broken-2\.json$/);
    expect(result.warnings.find((warning) => warning.code === 'language-missing')?.message).toContain('ru');
  });

  it('prints each problem on a line of its own with its place', async () => {
    const { code, stdout } = await run('check', broken);
    expect(code).toBe(1);
    expect(stdout).toContain('✗ 3 entries would be skipped:');
    expect(stdout).toContain('/releases/2  id "bad-date": no readable date ("31.02.2024")');
    expect(stdout).toContain('⚠ 7 warnings:');
    expect(stdout).toMatch(/\[http-image\] .*\/releases\/4 {2}id "http-image": image is http:/);
    expect(stdout).toMatch(/\[next-loop\] .*broken-2\.json: next leads back to .*broken\.json/);
    expect(stdout).toContain('10 problems to fix (exit code 1).');
  });

  it('stops a next chain that never ends at --max-pages', async () => {
    const chain = Array.from({ length: 4 }, (_, i) =>
      write(`chain-${i}.json`, { releases: [release(`chain-${i}`)], next: `chain-${i + 1}.json` }),
    );
    const { code, result } = await checkJson(chain[0]!, '--max-pages', '2');
    expect(code).toBe(1);
    expect(result.pages).toHaveLength(2);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['too-many-pages']);
  });

  it('resolves a file’s relative URLs against --base instead of warning', async () => {
    const file = write('relative-only.json', { releases: [release('relative', { url: 'news/relative/' })] });
    const { code, result } = await checkJson(file, '--base', 'https://press.example/api/releases.json');
    expect(result.warnings).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('check: RSS and Atom, read with a standards-following XML parser', () => {
  const BROKEN_RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Broken on purpose</title>
<link>https://press.example/</link>
<language>en</language>
<item>
  <title>Fine</title>
  <guid>n1</guid>
  <pubDate>Tue, 03 Sep 2024 10:00:00 +0300</pubDate>
</item>
<item>
  <guid>n2</guid>
  <pubDate>Tue, 03 Sep 2024 10:00:00 +0300</pubDate>
</item>
<item>
  <title>Dated 31 February</title>
  <guid>n3</guid>
  <pubDate>Sat, 31 Feb 2024 10:00:00 +0300</pubDate>
</item>
<item>
  <title>An http: image</title>
  <guid>n4</guid>
  <pubDate>Tue, 03 Sep 2024 09:00:00 +0300</pubDate>
  <enclosure url="http://press.example/rock.jpg" type="image/jpeg" length="0"/>
</item>
</channel>
</rss>
`;
  /** The 1-based line of each `<item>`. */
  const itemLines = BROKEN_RSS.split('\n').flatMap((line, i) => (line === '<item>' ? [i + 1] : []));

  it('gives the line of every item the elements would skip, and the warnings', async () => {
    const { code, result } = await checkJson(write('broken.rss', BROKEN_RSS));
    expect(code).toBe(1);
    expect(result.format).toBe('rss');
    expect(result.releases).toBe(2);
    expect(result.skipped.map(({ index, id, line }) => ({ index, id, line }))).toEqual([
      { index: 1, id: 'n2', line: itemLines[1] },
      { index: 2, id: 'n3', line: itemLines[2] },
    ]);
    expect(result.skipped.map((entry) => entry.reason)).toEqual([
      expect.stringMatching(/no title/),
      expect.stringMatching(/date/),
    ]);
    expect(result.warnings.map(({ code: warning, index, id }) => ({ warning, index, id }))).toEqual([
      { warning: 'http-image', index: 3, id: 'n4' },
    ]);
  });

  it('exits 2 for XML that is not well-formed, with its line and column', async () => {
    const file = write(
      'malformed.rss',
      '<rss version="2.0">\n<channel>\n<item><title>Cut</titl></item>\n</channel></rss>\n',
    );
    const { code, result } = await checkJson(file);
    expect(code).toBe(2);
    expect(result.error).toEqual({
      kind: 'parse',
      message: expect.stringMatching(/not well-formed XML \(line 3, column \d+\)/),
    });
  });

  it('reads an Atom feed', async () => {
    const { result } = await checkJson(fixture('real-feeds/atom-heise-developer-de.atom'));
    expect(result.format).toBe('atom');
    expect(result.releases).toBeGreaterThan(10);
  });
});

describe('check: exit code 2', () => {
  it.each<[string, () => string, RegExp]>([
    ['a file that is not there', () => 'tests/fixtures/none-such.json', /no such file/],
    [
      'a file that is not JSON',
      () => write('page.html', '<!doctype html><p>Not found</p>'),
      /not valid JSON|not an RSS or Atom feed/,
    ],
    ['JSON with no releases', () => fixture('no-releases.json'), /no list of releases/],
  ])('for %s', async (_what, file, message) => {
    const { code, result } = await checkJson(file());
    expect(code).toBe(2);
    expect(result.error?.message).toMatch(message);
    expect(result.pages).toEqual([]);
  });

  it('for a usage error, with the usage', async () => {
    const { code, stderr } = await run('check', fixture('native.json'), '--origin', 'not a url');
    expect(code).toBe(2);
    expect(stderr).toContain('--origin must be an http(s) URL');
    expect(stderr).toContain('Usage: csto-widgets check');
  });

  it('for an unknown command', async () => {
    const { code, stderr } = await run('publish');
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown command "publish"');
  });
});

describe('check --json', () => {
  it('has the documented shape', async () => {
    const { result } = await checkJson(fixture('half-invalid.json'));
    expect(Object.keys(result).sort()).toEqual(
      ['exitCode', 'format', 'pages', 'releases', 'skipped', 'source', 'warnings'].sort(),
    );
    expect(result).toMatchObject({
      source: fixture('half-invalid.json'),
      exitCode: 1,
      format: 'native',
      pages: [{ location: fixture('half-invalid.json'), format: 'native', releases: 4, skipped: 4 }],
      releases: 4,
      warnings: [],
    });
    for (const entry of result.skipped) {
      expect(entry).toEqual({
        page: expect.any(String),
        index: expect.any(Number),
        pointer: expect.stringMatching(/^\/releases\/\d+$/),
        reason: expect.any(String),
        ...(entry.id !== undefined && { id: expect.any(String) }),
      });
    }
  });
});

describe('check <url>', () => {
  const native = readFileSync(fixture('native.json'));
  const requests: IncomingHttpHeaders[] = [];
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.headers);
      const allowed =
        req.headers.origin === 'https://site.example' ? { 'Access-Control-Allow-Origin': 'https://site.example' } : {};
      switch (req.url) {
        case '/feed.json':
          res.writeHead(200, {
            'Content-Type': 'application/json; charset=utf-8',
            'Content-Encoding': 'gzip',
            'Cache-Control': 'public, max-age=300',
            ETag: '"native-v1"',
            'Last-Modified': 'Mon, 02 Sep 2024 09:00:00 GMT',
            Vary: 'Origin',
            ...allowed,
          });
          return res.end(gzipSync(native));
        case '/bare.json':
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          return res.end(native);
        case '/moved':
          res.writeHead(301, { Location: '/feed.json' });
          return res.end();
        case '/maintenance':
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          return res.end('<!doctype html><title>Back soon</title><p>Maintenance');
        default:
          res.writeHead(404, { 'Content-Type': 'text/plain' });
          return res.end('Not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reports the HTTP facts, and a page origin the server allows: exit 0', async () => {
    const { code, result } = await checkJson(`${origin}/feed.json`, '--origin', 'https://site.example');
    expect(requests.at(-1)).toMatchObject({
      origin: 'https://site.example',
      'accept-encoding': expect.stringMatching(/gzip/),
    });
    expect(result.http).toMatchObject({
      url: `${origin}/feed.json`,
      status: 200,
      contentType: 'application/json; charset=utf-8',
      charset: 'utf-8',
      contentEncoding: 'gzip',
      cacheControl: 'public, max-age=300',
      etag: '"native-v1"',
      lastModified: 'Mon, 02 Sep 2024 09:00:00 GMT',
      allowOrigin: 'https://site.example',
      origin: { value: 'https://site.example', allowed: true },
      bytes: native.length,
      timeMs: expect.any(Number),
    });
    expect(result.http!.transferBytes).toBeLessThan(native.length);
    expect(result.releases).toBe(4);
    expect(code).toBe(0);
  });

  it('prints the HTTP facts for a person', async () => {
    const { stdout } = await run('check', `${origin}/feed.json`, '--origin', 'https://site.example');
    expect(stdout).toMatch(/HTTP {8}200 OK, \d+ ms, [\d.]+ kB gzip \([\d.]+ kB\)/);
    expect(stdout).toContain('Cache-Control: public, max-age=300; ETag: "native-v1"');
    expect(stdout).toContain('Access-Control-Allow-Origin: https://site.example: readable from https://site.example');
  });

  it('warns about CORS for another origin, and about missing caching headers and type: exit 1', async () => {
    const { code, result } = await checkJson(`${origin}/bare.json`, '--origin', 'https://other.example');
    expect(result.http?.origin).toEqual({ value: 'https://other.example', allowed: false });
    expect(result.warnings.map((warning) => warning.code)).toEqual([
      'cors',
      'no-cache-control',
      'no-validator',
      'content-type',
    ]);
    expect(code).toBe(1);
  });

  it('follows a redirect and says so', async () => {
    const { code, result } = await checkJson(`${origin}/moved`);
    expect(result.http).toMatchObject({ status: 200, url: `${origin}/feed.json`, redirects: [`${origin}/moved`] });
    expect(code).toBe(0);
  });

  it.each([
    ['an HTTP error', '/missing.json', /answered 404/],
    ['a page that is not a feed', '/maintenance', /not valid JSON|not an RSS or Atom feed/],
  ])('exits 2 for %s', async (_what, pathname, message) => {
    const { code, result } = await checkJson(`${origin}${pathname}`);
    expect(code).toBe(2);
    expect(result.error?.message).toMatch(message);
  });

  it('exits 2 when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { code, result } = await checkJson(`http://127.0.0.1:${port}/feed.json`);
    expect(code).toBe(2);
    expect(result.error).toMatchObject({ kind: 'unreachable', message: expect.stringMatching(/could not be reached/) });
  });
});
