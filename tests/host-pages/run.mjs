#!/usr/bin/env node
/**
 * The host-page matrix: every element in every state, on host pages built with real stylesheets
 * (Bootstrap, Tailwind's preflight, a WordPress block theme, modern-normalize) and hostile ones,
 * at 320, 375, 768 and 1280 px, measured in Chromium (see harness.ts for the checks).
 *
 *   node tests/host-pages/run.mjs            run it all; screenshots and contact sheets in .tmp/host-pages/
 *   node tests/host-pages/run.mjs bootstrap,rtl  only the pages whose name contains "bootstrap" or "rtl"
 *   ... --sheet-for-docs                     also write docs/host-pages-event-card.png
 *
 * One browser, one tab: a page per host page × width holds every cell. The library is bundled from
 * src/ with esbuild (no `npm run build` needed) and served with the fixtures by a loopback server.
 * Prints a summary line and every failure in full; with CSTO_RESULTS set, writes
 * `$CSTO_RESULTS/host-pages.json` (`{ passed, failed }`, one test per cell). Exits 1 on a failure.
 */
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { HOST_PAGES, VIEWPORTS } from './pages.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.tmp', 'host-pages');
const SHOTS = join(OUT, 'shots');
const SHEETS = join(OUT, 'sheets');
const DOCS_SHEET = join(ROOT, 'docs', 'host-pages-event-card.png');
const ELEMENTS = ['news-feed', 'event-card', 'member-states-badge'];
/** The widths the contact sheets show (states at the first, open panels at both), and the scale of their pictures. */
const SHEET_WIDTHS = [375, 1280];
const SHEET_SCALE = 0.3;
/** A whole sheet is a large picture to encode; on a busy machine it takes a while. */
const SHEET_TIMEOUT = 180_000;
/** Cells taller than this (an open body) are cut on the sheet; the screenshots have them whole. */
const SHEET_CROP_HEIGHT = 800;
/** Screenshots are for looking over (the contact sheets compose them): JPEG encodes much faster than PNG. */
const SHOT_OPTIONS = { type: 'jpeg', quality: 80, animations: 'disabled' };

const args = process.argv.slice(2);
const only = args.find((arg) => !arg.startsWith('--'))?.split(',');
const pages = HOST_PAGES.filter((page) => !only || only.some((name) => page.name.includes(name)));

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.jpeg': 'image/jpeg' };

/** The harness and the library's source, bundled with the split parts the library loads on demand. */
async function bundle() {
  const result = await build({
    entryPoints: { harness: join(import.meta.dirname, 'harness.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: '/bundle',
    write: false,
    conditions: ['production', 'browser'],
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'warning',
  });
  return new Map(result.outputFiles.map((file) => [file.path, file.contents]));
}

function pageHtml(page) {
  const attributes = Object.entries(page.html ?? {})
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const links = (page.stylesheets ?? []).map((sheet) => `<link rel="stylesheet" href="/css/${sheet}">`).join('\n');
  const sections = page.sections
    .map(
      (section) =>
        `<section data-section="${section.name}" class="matrix-section ${section.class ?? ''}" ${section.attributes ?? ''}></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"${attributes}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page: ${page.name}</title>
${links}
<style>${page.css ?? ''}</style>
<style>
  /* The matrix's scaffolding: cells side by side where there is room. Classes, so the page's tag rules stay in force. */
  .matrix-section { display: block; }
  .matrix-cells { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 560px), 1fr)); gap: 16px; }
  .matrix-cell { display: block; padding: 8px; min-width: 0; }
</style>
<script type="module" src="/harness.js"></script>
</head>
<body>
${page.header ?? ''}
${sections}
</body>
</html>`;
}

function sheetHtml(element, rows) {
  const cells = rows
    .map(
      (row) =>
        `<tr><th>${row.label}</th>${row.pictures
          .map((picture) =>
            picture
              ? `<td><div style="width:${picture.width * SHEET_SCALE}px;height:${Math.min(picture.height, SHEET_CROP_HEIGHT) * SHEET_SCALE}px;background:url(${picture.url}) -${picture.x * SHEET_SCALE}px -${picture.y * SHEET_SCALE}px / ${picture.fullWidth * SHEET_SCALE}px auto no-repeat"></div></td>`
              : '<td></td>',
          )
          .join('')}</tr>`,
    )
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 16px; font: 13px/1.4 system-ui, sans-serif; background: #eee; color: #111; }
    table { border-collapse: separate; border-spacing: 8px; }
    th { text-align: start; vertical-align: top; font-weight: 600; max-width: 10em; }
    thead th { position: static; }
    td { vertical-align: top; background: #fff; padding: 0; box-shadow: 0 0 0 1px #bbb; }
    td div { image-rendering: auto; }
  </style></head><body><h1>&lt;${element}&gt; on host pages</h1>
  <table><thead><tr><th></th>${rows.columns.map((column) => `<th>${column}</th>`).join('')}</tr></thead>
  <tbody>${cells}</tbody></table></body></html>`;
}

/** Serves the page HTML, the bundle, the host stylesheets, the screenshots and the test endpoint. */
function startServer(files) {
  const fixtures = {
    '/api/feed.json': join(import.meta.dirname, 'feed.json'),
    '/api/no-events.json': join(import.meta.dirname, 'no-events.json'),
    '/api/empty.json': join(ROOT, 'tests', 'fixtures', 'empty.json'),
  };
  const sheets = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      if (path === '/favicon.ico') return send(204, 'text/plain', '');
      if (path === '/api/hang') return void req.on('close', () => res.destroy());
      if (fixtures[path]) return send(200, TYPES['.json'], readFileSync(fixtures[path]));
      if (path.startsWith('/api/')) return send(404, 'text/plain', 'Not found');
      if (path.startsWith('/page/')) {
        const page = HOST_PAGES.find((candidate) => candidate.name === path.slice('/page/'.length));
        if (page) return send(200, 'text/html; charset=utf-8', pageHtml(page));
      }
      if (path.startsWith('/sheet/') && sheets.has(path))
        return send(200, 'text/html; charset=utf-8', sheets.get(path));
      if (files.has(`/bundle${path}`)) return send(200, TYPES['.js'], files.get(`/bundle${path}`));
      if (path.startsWith('/css/') && !path.includes('..'))
        return send(200, TYPES['.css'], readFileSync(join(ROOT, 'node_modules', path.slice('/css/'.length))));
      if (path.startsWith('/shots/') && !path.includes('..'))
        return send(200, TYPES[extname(path)] ?? 'application/octet-stream', readFileSync(join(SHOTS, path.slice(7))));
      send(404, 'text/plain', 'Not found');
    } catch (error) {
      send(500, 'text/plain', String(error));
    }
  });
  return new Promise((ready) =>
    server.listen(0, '127.0.0.1', () => ready({ server, origin: `http://127.0.0.1:${server.address().port}`, sheets })),
  );
}

/** Seconds spent per phase, printed with the summary: where the time of the step goes. */
const phases = {};
async function timed(phase, work) {
  const start = Date.now();
  try {
    return await work();
  } finally {
    phases[phase] = (phases[phase] ?? 0) + (Date.now() - start) / 1000;
  }
}

const fileName = (text) => text.replace(/[^\w.@-]+/g, '~');

async function main() {
  const started = Date.now();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(SHEETS, { recursive: true });
  const { server, origin, sheets } = await startServer(await bundle());
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const reports = [];
  const pictures = new Map();
  try {
    const tab = await browser.newPage();
    const pageErrors = [];
    tab.on('pageerror', (error) => pageErrors.push(String(error)));
    tab.on('console', (message) => {
      // The error cells ask for a missing feed on purpose; the browser logs the 404 itself.
      if (message.location().url.includes('/api/missing.json')) return;
      if (['error', 'warning'].includes(message.type()))
        pageErrors.push(`console.${message.type()}: ${message.text()}`);
    });
    for (const page of pages) {
      for (const viewport of VIEWPORTS) {
        const where = `${page.name}@${viewport.width}`;
        await tab.setViewportSize(viewport);
        await timed('load', async () => {
          await tab.goto(`${origin}/page/${page.name}`);
          await tab.waitForFunction(() => 'hostMatrix' in globalThis);
          await tab.evaluate(() => globalThis.hostMatrix.build());
        });
        // Pictures at the sheets' widths only: the other widths are measured, and cost no encoding.
        if (SHEET_WIDTHS.includes(viewport.width)) {
          const full = `${fileName(where)}.jpeg`;
          await timed('screenshots', () =>
            tab.screenshot({ path: join(SHOTS, full), fullPage: true, ...SHOT_OPTIONS }),
          );
          for (const box of await tab.evaluate(() => globalThis.hostMatrix.cellBoxes())) {
            pictures.set(`${where}/${box.cell}`, { ...box, url: `/shots/${full}`, fullWidth: viewport.width });
          }
        }
        for (const report of await timed('measure', () => tab.evaluate(() => globalThis.hostMatrix.measureStatic()))) {
          reports.push({ ...report, cell: `${where}/${report.cell}` });
        }
        const overflow = await tab.evaluate(() => globalThis.hostMatrix.pageOverflow());
        reports.push({
          cell: `${where}/page`,
          checks: ['overflow'],
          measurements: 1,
          failures: overflow ? [{ check: 'overflow', detail: overflow }] : [],
        });
        for (const name of await tab.evaluate(() => globalThis.hostMatrix.panelCells())) {
          const positions = name.endsWith('/popover') ? ['center', 'end'] : ['center'];
          for (const position of positions) {
            const report = await timed('panels', () =>
              tab.evaluate(([cell, at]) => globalThis.hostMatrix.openPanel(cell, at), [name, position]),
            );
            reports.push({ ...report, cell: `${where}/${report.cell}` });
            if (SHEET_WIDTHS.includes(viewport.width)) {
              const shot = `${fileName(`${where}/${name}@${position}`)}.jpeg`;
              await timed('screenshots', () => tab.screenshot({ path: join(SHOTS, shot), ...SHOT_OPTIONS }));
              pictures.set(`${where}/${name}@${position}`, {
                x: 0,
                y: 0,
                width: viewport.width,
                height: viewport.height,
                url: `/shots/${shot}`,
                fullWidth: viewport.width,
              });
            }
            await timed('panels', () => tab.evaluate((cell) => globalThis.hostMatrix.closePanel(cell), name));
          }
        }
        if (pageErrors.length) {
          reports.push({
            cell: `${where}/console`,
            checks: ['quiet'],
            measurements: pageErrors.length,
            failures: pageErrors.splice(0).map((detail) => ({ check: 'quiet', detail })),
          });
        }
      }
    }
    // The counts first: a sheet that cannot be made is one more failure, not a lost run.
    let sheetPaths = [];
    try {
      sheetPaths = await timed('sheets', () => contactSheets(tab, origin, sheets, pictures));
    } catch (error) {
      reports.push({
        cell: 'contact sheets',
        checks: ['sheets'],
        measurements: 1,
        failures: [{ check: 'sheets', detail: String(error) }],
      });
    }
    summarise(reports, sheetPaths, started);
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * One contact sheet per element: a row per host page section; a column per state at 375 px, then
 * the open panels at 1280 px. Crops of the full-page screenshots, composed by Chromium itself.
 */
async function contactSheets(tab, origin, sheets, pictures) {
  const written = [];
  const forDocs = args.includes('--sheet-for-docs');
  const rowsOf = (keys) => [
    ...new Set(
      keys.map((key) => {
        const [page, section] = key.split('/');
        return `${page.split('@')[0]}/${section}`;
      }),
    ),
  ];
  for (const element of ELEMENTS) {
    const keys = [...pictures.keys()].filter((key) => key.split('/')[2] === element);
    const columns = [];
    for (const width of SHEET_WIDTHS) {
      const states = [
        ...new Set(keys.filter((key) => key.split('/')[0].endsWith(`@${width}`)).map((key) => key.split('/')[3])),
      ];
      // Wide screens add nothing new for the states in the flow; they do for panels, which place themselves.
      for (const state of states) if (width === SHEET_WIDTHS[0] || state.includes('@')) columns.push({ width, state });
    }
    const rowsFor = (selected) => {
      const rows = selected.map((row) => {
        const [page, section] = row.split('/');
        return {
          label: `${page} · ${section}`,
          pictures: columns.map(({ width, state }) => pictures.get(`${page}@${width}/${section}/${element}/${state}`)),
        };
      });
      rows.columns = columns.map(({ width, state }) => `${state} (${width} px)`);
      return rows;
    };
    const rowKeys = rowsOf(keys);
    await tab.setViewportSize({ width: 1200, height: 800 });
    const path = `/sheet/${element}`;
    sheets.set(path, sheetHtml(element, rowsFor(rowKeys)));
    await tab.goto(`${origin}${path}`);
    await tab.waitForLoadState('networkidle');
    const file = join(SHEETS, `${element}.png`);
    await tab.screenshot({ path: file, fullPage: true, timeout: SHEET_TIMEOUT });
    written.push(file);
    if (forDocs && element === 'event-card') {
      const picked = ['plain/page', 'bootstrap/text-bg-dark', 'tailwind/hero-slate-900', 'root-62.5/page'];
      sheets.set(`${path}/docs`, sheetHtml(element, rowsFor(picked.filter((row) => rowKeys.includes(row)))));
      await tab.goto(`${origin}${path}/docs`);
      await tab.waitForLoadState('networkidle');
      await tab.screenshot({ path: DOCS_SHEET, fullPage: true, timeout: SHEET_TIMEOUT });
      written.push(DOCS_SHEET);
    }
  }
  return written;
}

function summarise(reports, sheetPaths, started) {
  const failedCells = reports.filter((report) => report.failures.length);
  const checks = reports.reduce((sum, report) => sum + report.checks.length, 0);
  const measurements = reports.reduce((sum, report) => sum + report.measurements, 0);
  for (const report of failedCells) {
    console.log(`  FAIL ${report.cell}`);
    for (const failure of report.failures) console.log(`       ${failure.check}: ${failure.detail}`);
  }
  const byCheck = {};
  for (const report of failedCells)
    for (const failure of report.failures) byCheck[failure.check] = (byCheck[failure.check] ?? 0) + 1;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `host pages: ${pages.length} pages × ${VIEWPORTS.length} widths, ${reports.length} cells, ${checks} cell checks (${measurements} measurements) in ${seconds}s`,
  );
  console.log(
    `time by phase: ${Object.entries(phases)
      .map(([phase, time]) => `${phase} ${time.toFixed(1)}s`)
      .join(', ')}`,
  );
  if (failedCells.length) console.log(`failures by check: ${JSON.stringify(byCheck)}`);
  console.log(`contact sheets: ${sheetPaths.map((path) => path.replace(`${ROOT}/`, '')).join(', ')}`);
  const counts = { passed: reports.length - failedCells.length, failed: failedCells.length };
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  if (process.env.CSTO_RESULTS) {
    mkdirSync(process.env.CSTO_RESULTS, { recursive: true });
    writeFileSync(join(process.env.CSTO_RESULTS, 'host-pages.json'), `${JSON.stringify(counts)}\n`);
  }
  process.exitCode = counts.failed ? 1 : 0;
}

await main();
