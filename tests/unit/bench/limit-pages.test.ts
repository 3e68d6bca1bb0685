import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitPage, limitScript, limitScriptPage } from '../../../bench/pages.mjs';
import { launchPlainBrowser } from '../../../bench/plain-browser.mjs';
import { startServer } from '../../../bench/server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

/** Three releases' markup, as the bench reads it from a rendered `<news-feed>`. */
const MARKUP = '<style>p { margin: 0 }</style>' + [1, 2, 3].map((n) => `<p part="item">Release ${n}</p>`).join('');
const feed = { releases: [1, 2, 3].map((n) => ({ id: `r-${n}`, title: `Release ${n}`, date: '2024-09-05' })) };

describe("the limit's pages, inline and from one script file", { timeout: 30_000 }, () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Awaited<ReturnType<typeof launchPlainBrowser>>;

  beforeAll(async () => {
    server = await startServer({
      dist: '/nonexistent',
      benchDir: '/nonexistent',
      feeds: new Map([[3, feed]]),
      page: (url: URL) => {
        const src = '/bench/feed-3.json';
        switch (url.pathname) {
          case '/bench/page/limit':
            return limitPage({ src, count: 3, markup: MARKUP });
          case '/bench/page/limit-script':
            return limitScriptPage({ src, count: 3, markup: MARKUP });
          case '/bench/page/limit-script.js':
            return limitScript(url.searchParams.get('src'));
          default:
            return undefined;
        }
      },
    });
    browser = await launchPlainBrowser({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const visit = (kind: string) =>
    browser.visit(`${server.origin}/bench/page/${kind}`, {
      width: 640,
      height: 480,
      until: 'globalThis.__benchDone',
      timeoutMs: 5000,
    });

  for (const kind of ['limit', 'limit-script']) {
    it(`${kind}: shows the markup once the feed is in, and asks for the feed once`, async () => {
      const requests = () => server.feedRequests.get('/bench/feed-3.json') ?? 0;
      const before = requests();
      const { value, problems } = (await visit(kind)) as { value: { counts?: number[]; error?: string }; problems: [] };
      expect(problems).toEqual([]);
      expect(value.error).toBeUndefined();
      expect(value.counts).toEqual([3]);
      expect(requests() - before).toBe(1);
    });
  }

  it("limit-script: the page's one script is the fetch and the work, sent as JavaScript", async () => {
    const response = await fetch(`${server.origin}/bench/page/limit-script.js?src=%2Fbench%2Ffeed-3.json`);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    const text = await response.text();
    expect(text).toContain('fetch("/bench/feed-3.json")');
    expect(text).toContain('.innerHTML = markup');
  });
});
