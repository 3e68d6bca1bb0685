import './quiet-lit.js';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { parse, parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { renderElements } from '../../../src/ssr/index.js';
import { isElement } from './rendered-page.js';

/**
 * The server renders what the browser builds: the same page rendered by `renderElements` and, in
 * Chromium, by the elements themselves (the library bundled from source by esbuild), once their
 * data is in. The shadow roots' markup is compared after what differs by design is set aside:
 * Lit's markers and comments, the styles (the same static styles), attribute order (Lit sets
 * bound attributes after the static ones), nested shadow roots and `defer-hydration`, an input's
 * `value` (a property in the browser), the contents of open bodies (not rendered on the server),
 * and
 * permalinks (absolute in the browser, page-relative from the server: the same URL).
 */

const SITE = 'https://site.example/';
const FEED = readFileSync('demo/data/releases.json');

const page = (lang: string): string => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>
<news-feed src="/data/releases.json" limit="3" controls><a href="/news">News</a></news-feed>
<event-card src="/data/releases.json" release-id="rock-2024-final-stage" now="2024-09-04T09:00:00Z"></event-card>
<member-states-badge src="/data/releases.json"></member-states-badge>
<news-feed src="/data/releases.json" layout="compact" expand limit="2" id="all"></news-feed>
</body></html>`;

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A shadow root's markup with what differs by design set aside (see above). */
function normalise(fragment: DefaultTreeAdapterMap['documentFragment']): string {
  const clean = (node: Node & { childNodes?: Node[] }): void => {
    if (!node.childNodes) return;
    node.childNodes = node.childNodes.filter(
      (child) =>
        child.nodeName !== '#comment' &&
        !(isElement(child) && (child.tagName === 'style' || child.tagName === 'template')) &&
        !(child.nodeName === '#text' && !/\S/.test((child as DefaultTreeAdapterMap['textNode']).value)),
    );
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        const text = child as DefaultTreeAdapterMap['textNode'];
        text.value = text.value.replace(/\s+/g, ' ').trim();
      }
      if (!isElement(child)) continue;
      const element = child as Element;
      element.attrs = element.attrs
        // A property binding (`.value`) leaves an attribute behind in the browser, never in markup.
        .filter((attr) => attr.name !== 'defer-hydration' && !(element.tagName === 'input' && attr.name === 'value'))
        .map((attr) =>
          attr.name === 'href' && /permalink/.test(element.attrs.find((a) => a.name === 'part')?.value ?? '')
            ? { ...attr, value: new URL(attr.value, SITE).href }
            : attr,
        )
        .sort((a, b) => a.name.localeCompare(b.name));
      // An open body: the server leaves it empty and busy (bodies are not rendered there), the browser fills it.
      if (/\bbody\b/.test(element.attrs.find((attr) => attr.name === 'part')?.value ?? '')) {
        element.childNodes = [];
        element.attrs = element.attrs.filter((attr) => attr.name !== 'aria-busy');
      }
      clean(element);
    }
  };
  clean(fragment);
  return serialize(fragment);
}

/** Each of our top-level elements' shadow root in the server's output, normalised. */
function serverShadows(html: string): string[] {
  const shadows: string[] = [];
  const walk = (node: Node): void => {
    if (isElement(node) && ['news-feed', 'event-card', 'member-states-badge'].includes(node.tagName)) {
      const template = node.childNodes.find((child) => isElement(child) && child.tagName === 'template');
      shadows.push(normalise((template as DefaultTreeAdapterMap['template']).content));
      return;
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parse(html));
  return shadows;
}

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const [built] = await Promise.all([
    build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      format: 'esm',
      target: 'es2021',
      conditions: ['production', 'browser'],
      define: { __CSTO_VERSION__: '"parity"' },
      tsconfig: 'tsconfig.json',
      charset: 'utf8',
      write: false,
      logLevel: 'silent',
    }),
    chromium
      .launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] })
      .then((launched) => (browser = launched)),
  ]);
  bundle = built.outputFiles[0]!.text;
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The page's elements rendered by the browser: each shadow root's markup once its content is in. */
async function clientShadows(html: string): Promise<string[]> {
  const context = await browser.newContext();
  try {
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.href === SITE)
        return route.fulfill({
          contentType: 'text/html',
          body: html.replace('</head>', '<script type="module" src="/csto-widgets.js"></script></head>'),
        });
      if (url.pathname === '/csto-widgets.js') return route.fulfill({ contentType: 'text/javascript', body: bundle });
      if (url.pathname === '/data/releases.json') return route.fulfill({ contentType: 'application/json', body: FEED });
      return route.abort();
    });
    const tab = await context.newPage();
    await tab.goto(SITE);
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('news-feed, event-card, member-states-badge')].every((element) =>
        element.shadowRoot?.querySelector('[part~="item"], [part~="card"], [part~="list"] li'),
      ),
    );
    const markup = await tab.evaluate(() =>
      [...document.querySelectorAll('news-feed, event-card, member-states-badge')].map(
        (element) => element.shadowRoot!.innerHTML,
      ),
    );
    return markup.map((shadow) => normalise(parseFragment(shadow)));
  } finally {
    await context.close();
  }
}

describe('server render and browser render', { timeout: 60_000 }, () => {
  it.each(['en', 'ru'])('build the same shadow roots (%s)', async (lang) => {
    const { html, problems } = await renderElements(page(lang), {
      base: SITE,
      fetch: () => Promise.resolve(new Response(FEED, { headers: { 'content-type': 'application/json' } })),
    });
    expect(problems).toEqual([]);
    const server = serverShadows(html);
    const client = await clientShadows(page(lang));
    expect(server).toHaveLength(4);
    expect(server[0]).toContain('part="item"');
    expect(html).toMatch(/<div\s+part="body"[^>]*aria-busy="true"\s*>\s*<!--lit-part--><!--\/lit-part-->/);
    for (const [index, shadow] of server.entries()) expect(shadow).toBe(client[index]);
  });
});
