import './quiet-lit.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFeed } from '../../../src/data/read-feed.js';
import { pickText } from '../../../src/data/text.js';
import { renderElements } from '../../../src/ssr/index.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { startFeedServer } from './feed-server.js';

/**
 * A server-rendered page in Chromium with JavaScript disabled: the releases show (their titles are
 * in the shadow roots' rendered text, their links lead to the releases), the controls that need
 * script do not, and the page as written shows only its fallback. Screenshots go to .tmp/.
 */

const server = startFeedServer();
const seed = readFeed(JSON.parse(readFileSync('demo/data/releases.json', 'utf8')));
const OUT = path.resolve('.tmp/ssr-no-script');

const PAGE = (lang: string): string => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Server-rendered, no script</title>
<style>body { font: 16px/1.5 sans-serif; max-width: 48rem; margin: 1rem auto; }</style>
<script src="csto-widgets.js"></script></head>
<body>
  <news-feed src="/data/releases.json" limit="3"><a href="https://odkb-csto.org/news/">All releases</a></news-feed>
  <event-card src="/data/releases.json" release-id="rock-2024-final-stage"></event-card>
  <member-states-badge src="/data/releases.json" variant="codes"></member-states-badge>
</body></html>`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 900, height: 1200 } });
  // Only the page itself: the releases' images are on the press service's site, and no script may load.
  await context.route(/^(?!file:)/, (route) => route.abort());
  page = await context.newPage();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

async function open(html: string, name: string): Promise<void> {
  const file = path.join(OUT, `${name}.html`);
  writeFileSync(file, html);
  await page.goto(pathToFileURL(file).href);
}

/** The rendered text of each element's shadow root, as a reader sees it (innerText: only what shows). */
const shownText = (): Promise<Record<string, string>> =>
  page.evaluate(() =>
    Object.fromEntries(
      ['news-feed', 'event-card', 'member-states-badge'].map((tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return [tag, root ? [...root.children].map((child) => (child as HTMLElement).innerText ?? '').join('\n') : ''];
      }),
    ),
  );

describe('a server-rendered page without JavaScript', { timeout: 30_000 }, () => {
  it.each(['en', 'ru'])('shows the releases, their links and no dead controls (%s)', async (lang) => {
    const { html, problems } = await renderElements(PAGE(lang), {
      base: `${server.origin}/`,
      now: new Date('2024-09-04T09:00:00Z'),
    });
    expect(problems).toEqual([]);
    await open(html, `rendered-${lang}`);
    expect(await page.evaluate(() => typeof customElements.get('news-feed'))).toBe('undefined');

    const text = await shownText();
    const shown = seed.releases.slice(0, 3);
    for (const release of shown) expect(text['news-feed']).toContain(pickText(release.title, lang));
    expect(text['news-feed']).not.toContain(pickText(seed.releases[3]!.title, lang));
    expect(text['event-card']).toContain(lang === 'ru' ? '«Скала-2024»' : 'Rock-2024');
    expect(text['member-states-badge']).toContain('KZ');

    const titles = page.locator('news-feed [part~="title"]');
    expect(await titles.count()).toBe(3);
    for (const [index, release] of shown.entries()) {
      await expect.poll(() => titles.nth(index).isVisible()).toBe(true);
      expect(await titles.nth(index).getAttribute('href')).toBe(release.url);
    }
    // Buttons do nothing without script: in their place, not shown.
    const buttons = page.locator('news-feed [part~="toggle"], news-feed [part~="more"], event-card button');
    expect(await buttons.count()).toBeGreaterThan(3);
    for (const button of await buttons.all()) expect(await button.isVisible()).toBe(false);

    await page.screenshot({ path: path.join(OUT, `rendered-${lang}.png`), fullPage: true });
  });

  it('shows only the fallback for the page as written (what the render adds)', async () => {
    await open(PAGE('en'), 'as-written');
    expect(await shownText()).toEqual({ 'news-feed': '', 'event-card': '', 'member-states-badge': '' });
    expect(await page.locator('news-feed [part~="title"]').count()).toBe(0);
    expect(await page.locator('news-feed a').innerText()).toBe('All releases');
  });
});
