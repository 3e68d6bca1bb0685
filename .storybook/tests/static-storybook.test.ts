/**
 * The static Storybook as a designer or a docs site gets it: built with `storybook build`, served
 * under a sub-path (not at a domain root), opened in Chromium. It must build without a warning,
 * every story and docs page must render without a console warning or error, no request may miss
 * (a data URL written from the root would 404 here), and the docs tables must list the public API.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.js';

const OUTPUT = resolve('storybook-static');
const SUB_PATH = '/some/path/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
}

let buildOutput = '';
let server: Server;
let origin = '';
let browser: Browser;
/** Paths the server answered 404 for: a URL written from the domain root lands here. */
const missing: string[] = [];

/** Serves `OUTPUT` under `SUB_PATH` only; anything else is a 404, as on a host that has other pages at its root. */
function serveUnderSubPath(): Promise<Server> {
  const staticServer = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    // The host's own favicon, at its root: Chromium asks for it when iframe.html is opened on its own.
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const relative = pathname.startsWith(SUB_PATH) ? decodeURIComponent(pathname.slice(SUB_PATH.length)) : undefined;
    const file = relative === undefined ? undefined : join(OUTPUT, relative || 'index.html');
    if (!file || !file.startsWith(OUTPUT + sep)) {
      missing.push(pathname);
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => {
        missing.push(pathname);
        response.writeHead(404).end();
      },
    );
  });
  return new Promise((resolveServer) => staticServer.listen(0, '127.0.0.1', () => resolveServer(staticServer)));
}

/** A page that records every console warning and error, and every uncaught exception, with where it happened. */
async function recordingPage(problems: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') {
      problems.push(`${message.type()}: ${message.text()} (${page.url()})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message} (${page.url()})`));
  return page;
}

type PreviewWindow = Window & {
  __STORYBOOK_PREVIEW__?: {
    currentRender?: { id?: string; phase?: string };
    channel: { emit: (event: string, payload: unknown) => void };
  };
};

/**
 * Waits until the preview has finished entry `id`: a story's loaders, render and play function, or
 * a docs page's tables. Resolves with the story's last phase (`errored` when its play failed), or `docs`.
 */
async function settled(page: Page, id: string): Promise<string> {
  const handle = await page.waitForFunction(
    (entryId) => {
      const render = (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender;
      if (render?.id !== entryId) return false;
      // Docs pages have no phase; they are done once their first table has its sections.
      if (!('phase' in render))
        return document.querySelector('#storybook-docs .docblock-argstable tr[title]') && 'docs';
      return ['completed', 'finished', 'errored', 'aborted'].includes(render.phase ?? '') && render.phase;
    },
    id,
    { timeout: 30_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Opens entry `id` in a preview that is already loaded, as the manager does (no page reload). */
async function show(page: Page, id: string, viewMode: 'story' | 'docs'): Promise<string> {
  await page.evaluate(
    ([storyId, mode]) =>
      (window as PreviewWindow).__STORYBOOK_PREVIEW__?.channel.emit('setCurrentStory', { storyId, viewMode: mode }),
    [id, viewMode] as const,
  );
  return settled(page, id);
}

beforeAll(async () => {
  const build = spawnSync(join('node_modules', '.bin', 'storybook'), ['build', '-o', OUTPUT], {
    encoding: 'utf8',
    // As `npm run build-storybook` builds it: Vitest's NODE_ENV=test would make a development build.
    env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  buildOutput = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) throw new Error(`storybook build failed:\n${buildOutput}`);
  server = await serveUnderSubPath();
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolveClose) => server?.close(resolveClose));
});

describe('the static Storybook', () => {
  it('builds without a warning', () => {
    // Storybook marks its warnings with ▲ (and Vite with "(!)"); the log is otherwise progress lines.
    const warnings = buildOutput.split('\n').filter((line) => /▲|\(!\)|\bWARN\b/.test(line));
    expect(warnings).toEqual([]);
  });

  it('opens under a sub-path, with the toolbar, and logs no warning', async () => {
    const problems: string[] = [];
    const page = await recordingPage(problems);
    await page.goto(`${origin}${SUB_PATH}?path=/story/elements-news-feed--default`);
    const preview = page.frameLocator('#storybook-preview-iframe');
    await preview.locator('news-feed [part~="item"]').first().waitFor({ timeout: 30_000 });
    // The language globe, the backgrounds, the viewports; not Storybook's zoom (see preview.ts).
    for (const tool of ['Language of the elements', 'Preview background', 'Viewport size']) {
      await expect(page.locator(`button[aria-label^="${tool}"]`).count()).resolves.toBe(1);
    }
    await expect(page.locator('button[aria-label="Change zoom level"]').count()).resolves.toBe(0);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('renders every story and docs page without a console warning, and fetches nothing that is not there', async () => {
    const index = JSON.parse(await readFile(join(OUTPUT, 'index.json'), 'utf8')) as {
      entries: Record<string, IndexEntry>;
    };
    const entries = Object.values(index.entries);
    expect(entries.filter((entry) => entry.type === 'story').length).toBeGreaterThan(30);
    const problems: string[] = [];
    const failed: string[] = [];
    const page = await recordingPage(problems);
    await page.goto(`${origin}${SUB_PATH}iframe.html?id=${entries[0]?.id}&viewMode=${entries[0]?.type}`);
    for (const entry of entries) {
      const phase = await show(page, entry.id, entry.type);
      // A docs page renders all its stories at once; let their requests finish inside the check.
      if (entry.type === 'docs') await page.waitForLoadState('networkidle');
      const shownError = await page.locator('body.sb-show-errordisplay').count();
      if (!['completed', 'finished', 'docs'].includes(phase) || shownError) failed.push(`${entry.id}: ${phase}`);
    }
    await page.close();
    expect(failed).toEqual([]);
    expect(problems).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('shows the sample releases under the sub-path, not an HTTP 404', async () => {
    const page = await recordingPage([]);
    await page.goto(`${origin}${SUB_PATH}iframe.html?id=elements-news-feed--default&viewMode=story`);
    await settled(page, 'elements-news-feed--default');
    await expect(page.locator('news-feed [part~="item"]').count()).resolves.toBe(8);
    await expect(page.locator('news-feed [part~="error"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('lists every attribute in the docs table with a control of its kind, and no private member', async () => {
    const page = await recordingPage([]);
    await page.goto(`${origin}${SUB_PATH}iframe.html?id=elements-news-feed--docs&viewMode=docs`);
    await settled(page, 'elements-news-feed--docs');
    /** Each row of the first table: its section, its name, and the kind of control it offers. */
    const rows = await page
      .locator('.docblock-argstable')
      .first()
      .evaluate((table) => {
        let section = '';
        return [...table.querySelectorAll('tbody > tr')].flatMap((row) => {
          const cells = [...row.children];
          // A section's heading row: `title="Hide attributes items"` (or "Show …" when folded).
          const heading = /^(?:Hide|Show) (.+) items$/.exec(row.getAttribute('title') ?? '');
          if (heading) {
            section = heading[1] ?? '';
            return [];
          }
          const control = cells.at(-1);
          const input = control?.querySelector('input');
          const kind = control?.querySelector('select')
            ? 'select'
            : input
              ? input.type
              : control?.querySelector('textarea')
                ? 'text'
                : (control?.textContent ?? '').trim();
          return [{ section, name: (cells[0]?.textContent ?? '').trim(), kind }];
        });
      });
    await page.close();
    const inSection = (section: string) => rows.filter((row) => row.section === section).map((row) => row.name);
    expect(inSection('attributes')).toEqual([
      'src',
      'limit',
      'layout',
      'tag',
      'member-state',
      'refresh',
      'expand',
      'controls',
      'sync-url',
      'heading-level',
      'lang',
      'loading',
    ]);
    // Both the `loading` attribute and the `loading` part, each in its own section.
    expect(inSection('css shadow parts')).toEqual(expect.arrayContaining(['loading', 'tag', 'item']));
    expect(rows.map((row) => row.name)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Controller|Task|Observer|^rendered|^handle|^#|^_/)]),
    );
    const kindOf = (name: string) => rows.find((row) => row.section === 'attributes' && row.name === name)?.kind;
    expect({
      layout: kindOf('layout'),
      loading: kindOf('loading'),
      limit: kindOf('limit'),
      src: kindOf('src'),
    }).toEqual({
      layout: 'select',
      loading: 'select',
      limit: 'number',
      src: 'text',
    });
    // Attributes the story leaves unset offer to set a value of their type.
    expect({ expand: kindOf('expand'), tag: kindOf('tag') }).toEqual({ expand: 'Set boolean', tag: 'Set string' });
  });
});
