import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPlainBrowser, messagesIn } from '../../../bench/plain-browser.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

describe('messagesIn', () => {
  it('splits the pipe at NUL bytes, wherever its chunks are cut, and keeps the start of the next message', () => {
    const sent = `${JSON.stringify({ id: 1, result: {} })}\0${JSON.stringify({ method: 'a', params: { text: 'x\u00e9' } })}\0{"id":`;
    for (let cut = 0; cut <= sent.length; cut++) {
      const first = messagesIn('', sent.slice(0, cut));
      const second = messagesIn(first.rest, sent.slice(cut));
      expect([...first.messages, ...second.messages], `cut at ${cut}`).toEqual([
        { id: 1, result: {} },
        { method: 'a', params: { text: 'x\u00e9' } },
      ]);
      expect(second.rest).toBe('{"id":');
    }
  });
});

describe('the plain browser (Chromium over its DevTools pipe)', { timeout: 30_000 }, () => {
  let server: Server;
  let origin: string;
  let browser: Awaited<ReturnType<typeof launchPlainBrowser>>;

  beforeAll(async () => {
    const pages: Record<string, string> = {
      '/shown':
        '<script>globalThis.done = new Promise((resolve) => setTimeout(() => resolve({ width: innerWidth }), 50));</script>',
      '/broken':
        '<script>globalThis.done = Promise.resolve(1); console.error("said"); throw new Error("thrown");</script>',
      '/never': '<p>nothing</p>',
    };
    server = createServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(pages[request.url ?? ''] ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchPlainBrowser({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const open = (path: string, timeoutMs = 5000) =>
    browser.visit(origin + path, { width: 640, height: 480, until: 'globalThis.done', timeoutMs });

  it("waits for the page's promise, in a viewport of the size asked", async () => {
    expect(await open('/shown')).toEqual({ value: { width: 640 }, problems: [] });
  });

  it("reports the page's uncaught errors and console errors", async () => {
    const { value, problems } = await open('/broken');
    expect(value).toBe(1);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/said/);
    expect(problems.join('\n')).toMatch(/Error: thrown/);
  });

  it('gives up on a page that never shows', async () => {
    expect((await open('/never', 300)).value).toEqual({ error: 'nothing shown within 300 ms' });
  });
});
