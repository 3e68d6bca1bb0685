#!/usr/bin/env node
/**
 * `npm run screenshot`: docs/demo.png, the demo page as `npm start` shows it, made by a script so
 * it never drifts from the page. Builds `dist/` first when it is missing (`--build`: always), serves
 * the repository on a free loopback port, opens `/demo/` in Chromium (playwright-core with
 * `$CHROME_PATH`, else /usr/bin/chromium) at 1280 × 1100 px, light scheme, and once every element
 * has shown its releases or its error, saves what a visitor sees first (`--full-page`: all of it).
 * The README shows it at its top, where the first screen says enough and a whole page would push
 * the README below it.
 *
 * `--builder` takes docs/embed-builder.png instead: the built embed builder (`dist/configurator/`)
 * once its endpoint check has answered and its preview shows the element.
 *
 *   npm run screenshot [-- --build] [-- --full-page] [-- --builder] [-- --out path.png]
 */
/* global document -- read in the functions that run in the page */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, FOREGROUND_FLAGS } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const BUILDER = args.includes('--builder');
const OUT = resolve(ROOT, outIndex >= 0 ? args[outIndex + 1] : BUILDER ? 'docs/embed-builder.png' : 'docs/demo.png');
const VIEWPORT = { width: 1280, height: 1100 };

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

if (args.includes('--build') || !existsSync(join(ROOT, 'dist', 'csto-widgets.js'))) {
  console.log('building dist/ (npm run build)…');
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

/** The repository's files as a plain web server gives them, as a webmaster's site would. */
const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://screenshot.invalid');
  let file = resolve(ROOT, `.${decodeURIComponent(pathname)}`);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const type = CONTENT_TYPES[extname(file)];
  if (!file.startsWith(ROOT + sep) || !type || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(readFileSync(file));
});
await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_FLAGS, ...FOREGROUND_FLAGS],
});
try {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  if (BUILDER) {
    await page.goto(`${origin}/dist/configurator/index.html?element=event-card&a.release-id=rock-2024-final-stage`);
    // The check has answered and the preview frame shows the card.
    await page.waitForFunction(
      () =>
        document.querySelector('#endpoint-check')?.getAttribute('aria-busy') === 'false' &&
        document
          .querySelector('iframe')
          ?.contentDocument?.querySelector('event-card')
          ?.shadowRoot?.querySelector('[part~="name"]'),
      undefined,
      { timeout: 60_000, polling: 100 },
    );
  } else {
    await page.goto(`${origin}/demo/`);
    // Every element done: releases, an event, states or a count on screen, or its error, and no spinner.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('news-feed, event-card, member-states-badge')].every((element) => {
          const root = element.shadowRoot;
          return (
            root &&
            !root.querySelector('[part~="loading"]') &&
            root.querySelector('[part~="item"], [part~="name"], [part~="state"], [part~="count"], [part~="error"]')
          );
        }),
      undefined,
      { timeout: 60_000, polling: 100 },
    );
  }
  await page.evaluate(() => document.fonts.ready);
  if (pageErrors.length) throw new Error(`The demo page threw: ${pageErrors.join('\n')}`);
  const fullPage = args.includes('--full-page');
  await page.screenshot({ path: OUT, fullPage, animations: 'disabled' });
  const height = fullPage ? await page.evaluate(() => document.documentElement.scrollHeight) : VIEWPORT.height;
  console.log(
    `${OUT.slice(ROOT.length + 1)}: ${VIEWPORT.width} × ${height} px, ${(statSync(OUT).size / 1024).toFixed(0)} KiB`,
  );
} finally {
  await browser.close();
  server.close();
}
