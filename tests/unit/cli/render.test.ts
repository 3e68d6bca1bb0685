import '../ssr/quiet-lit.js';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RenderFilesResult } from '../../../src/cli/render.js';
import { startFeedServer } from '../ssr/feed-server.js';
import { renderedHosts } from '../ssr/rendered-page.js';
import { run, scratchFolder } from './run-cli.js';

/**
 * `csto-widgets render`: a page, a folder, endpoints read from the site folder or a real local
 * HTTP server, a failing endpoint (exit 1, named on stderr), and the output's Declarative Shadow
 * DOM as a browser's parser reads it.
 */

const server = startFeedServer();
const { folder, write } = scratchFolder();

function site(name: string, pages: Record<string, string>): string {
  const root = path.join(folder, name);
  mkdirSync(path.join(root, 'data'), { recursive: true });
  copyFileSync('demo/data/releases.json', path.join(root, 'data', 'releases.json'));
  for (const [page, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(root, page)), { recursive: true });
    write(path.join(name, page), html);
  }
  return root;
}

const FALLBACK = '<a href="https://odkb-csto.org/news/">All releases</a>';
const PAGE = `<!doctype html>
<html lang="ru">
<head><title>Новости</title><link rel="stylesheet" href="style.css"></head>
<body>
  <news-feed src="data/releases.json" limit="3">${FALLBACK}</news-feed>
  <event-card src="data/releases.json" release-id="rock-2024-final-stage"></event-card>
  <member-states-badge variant="codes"></member-states-badge>
</body>
</html>
`;

/** Each of our elements holds exactly one open shadow-root template, as its first child, and its fallback after it. */
function expectValidDsd(html: string, fallbacks: Record<string, string> = {}): void {
  const hosts = renderedHosts(html);
  expect(hosts.length).toBeGreaterThan(0);
  for (const host of hosts) {
    expect(host.templates, `<${host.tag}>`).toHaveLength(1);
    expect(host.templateFirst, `<${host.tag}>`).toBe(true);
    expect(host.fallbackText).toBe(fallbacks[host.tag] ?? '');
  }
}

// Real files, a real server, Lit's server render: seconds under load, not milliseconds.
describe('csto-widgets render', { timeout: 20_000 }, () => {
  it('renders a page to a file, reading a relative src from the site folder', async () => {
    const root = site('page', { 'index.html': PAGE });
    const out = path.join(folder, 'page-out', 'index.html');
    const { code, stdout, stderr } = await run('render', path.join(root, 'index.html'), '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('Rendered 3 elements in 1 page.\n');
    const html = readFileSync(out, 'utf8');
    expectValidDsd(html, { 'news-feed': 'All releases' });
    expect(renderedHosts(html)[0]!.shadowText).toContain('Генеральный секретарь ОДКБ');
  });

  it('writes a page to stdout without --out', async () => {
    const root = site('stdout', { 'index.html': PAGE });
    const { code, stdout } = await run('render', path.join(root, 'index.html'));
    expect(code).toBe(0);
    expect(stdout.startsWith('<!doctype html>\n<html lang="ru">')).toBe(true);
    expectValidDsd(stdout, { 'news-feed': 'All releases' });
  });

  it('renders every page of a folder into another, copying the other files as they are', async () => {
    const root = site('folder', {
      'index.html': PAGE,
      'news/index.htm': `<news-feed src="../data/releases.json" lang="en">${FALLBACK}</news-feed>`,
      'about.html': '<p>No elements here.</p>',
      'style.css': 'body { margin: 0 }',
    });
    const out = path.join(folder, 'folder-out');
    const { code, stdout, stderr } = await run('render', root, '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('Rendered 4 elements in 3 pages.\n');
    expectValidDsd(readFileSync(path.join(out, 'index.html'), 'utf8'), { 'news-feed': 'All releases' });
    expectValidDsd(readFileSync(path.join(out, 'news/index.htm'), 'utf8'), { 'news-feed': 'All releases' });
    expect(readFileSync(path.join(out, 'about.html'), 'utf8')).toBe('<p>No elements here.</p>');
    expect(readFileSync(path.join(out, 'style.css'), 'utf8')).toBe('body { margin: 0 }');
    expect(readFileSync(path.join(out, 'data/releases.json'))).toEqual(readFileSync('demo/data/releases.json'));

    // Rendered again in place (a cron job): one template each still, the data replaced.
    const again = await run('render', out, '--out', out);
    expect(again.code).toBe(0);
    expectValidDsd(readFileSync(path.join(out, 'index.html'), 'utf8'), { 'news-feed': 'All releases' });
  });

  it('leaves an element whose endpoint fails as written, names it on stderr and exits 1', async () => {
    const failing = `<news-feed src="${server.origin}/status/503" lang="ru">${FALLBACK}</news-feed>`;
    const root = site('failing', { 'index.html': `<main>\n${failing}\n${PAGE}</main>` });
    const out = path.join(folder, 'failing-out.html');
    const { code, stderr, stdout } = await run('render', path.join(root, 'index.html'), '--out', out);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `${path.join(root, 'index.html')}:2: <news-feed src="${server.origin}/status/503" lang="ru">: ` +
        `left as written: The endpoint answered 503. (${server.origin}/status/503)\n`,
    );
    expect(stdout).toBe('Rendered 3 elements in 1 page; 1 element left as written.\n');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`<main>\n${failing}\n`);
    expect(renderedHosts(html).map((host) => host.templates.length)).toEqual([0, 1, 1, 1]);
  });

  it('takes the page default endpoint and language from --endpoint and --lang', async () => {
    const root = site('defaults', { 'index.html': '<news-feed limit="1"></news-feed>' });
    const without = await run('render', path.join(root, 'index.html'));
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/<news-feed limit="1">: left as written: <news-feed> has no src/);

    const { code, stdout } = await run(
      'render',
      path.join(root, 'index.html'),
      '--endpoint',
      'data/releases.json',
      '--lang',
      'ru',
    );
    expect(code).toBe(0);
    expect(renderedHosts(stdout)[0]!.shadowText).toContain('Генеральный секретарь ОДКБ');
  });

  it('reads no file outside the site folder', async () => {
    const root = site('outside', { 'index.html': '<news-feed src="../page/data/releases.json"></news-feed>' });
    const { code, stderr } = await run('render', path.join(root, 'index.html'), '--out', path.join(folder, 'x.html'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/left as written: The endpoint could not be reached \(.*is outside .*outside\)/);
  });

  it('resolves src against --base and loads it over HTTP; --json gives the result', async () => {
    const root = site('base', {
      'index.html': PAGE.replace(
        '<member-states-badge',
        '<news-feed src="/status/500"></news-feed><member-states-badge',
      ),
    });
    const out = path.join(folder, 'base-out.html');
    const { code, stdout } = await run(
      'render',
      path.join(root, 'index.html'),
      '--out',
      out,
      '--base',
      `${server.origin}/index.html`,
      '--json',
    );
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as RenderFilesResult;
    expect(result).toMatchObject({
      exitCode: 1,
      files: [
        {
          file: path.join(root, 'index.html'),
          out,
          rendered: 3,
          problems: [{ kind: 'http', status: 500, src: '/status/500', url: `${server.origin}/status/500`, line: 7 }],
        },
      ],
    });
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    [['render', '.'], /is a folder: give --out/],
    [['render', 'no-such-page.html'], /No such file or folder: no-such-page.html/],
    [['render', 'x.html', '--now', 'soon'], /--now must be an ISO 8601 date/],
    [['render', 'x.html', '--base', 'ftp://x'], /--base must be an http\(s\) URL/],
  ])('exits 2 on bad usage: %j', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('refuses to write a folder inside itself', async () => {
    const root = site('nested', { 'index.html': PAGE });
    const { code, stderr } = await run('render', root, '--out', path.join(root, 'build'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/is inside/);
  });
});
