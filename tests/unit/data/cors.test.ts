import { afterEach, describe, expect, it, vi } from 'vitest';
import { corsRefusal } from '../../../src/data/cors.js';
import { EndpointError } from '../../../src/data/release.js';

// The browser test (tests/browser/cors.test.ts) runs this against a real refusing endpoint.
const PAGE = 'https://site.example/news/';
const OTHER = 'https://press.example/feed.json';

function onPage({ onLine = true } = {}): void {
  vi.stubGlobal('location', new URL(PAGE));
  vi.stubGlobal('navigator', { onLine });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('corsRefusal', () => {
  it('calls an opaque no-cors answer from another origin a refusal, and says what to send', async () => {
    onPage();
    const fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    const refusal = await corsRefusal(OTHER, new AbortController().signal);
    expect(refusal).toBeInstanceOf(EndpointError);
    expect(refusal?.kind).toBe('cors');
    expect(refusal?.message).toContain('"Access-Control-Allow-Origin: https://site.example" (or "*")');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]).toEqual([OTHER, expect.objectContaining({ mode: 'no-cors', credentials: 'omit' })]);
  });

  it('is no refusal when the no-cors request fails too (a dead host)', async () => {
    onPage();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await corsRefusal(OTHER, new AbortController().signal)).toBeUndefined();
    expect(console.warn).not.toHaveBeenCalled();
  });

  it.each([
    ['the same origin', 'https://site.example/feed.json', {}],
    ['a browser that knows it is offline', OTHER, { onLine: false }],
  ])('sends no probe for %s', async (_case, url, options) => {
    onPage(options);
    const fetchMock = vi.fn(() => Promise.resolve(new Response(null)));
    vi.stubGlobal('fetch', fetchMock);
    expect(await corsRefusal(url, new AbortController().signal)).toBeUndefined();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends no probe outside a page (Node)', async () => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(null)));
    vi.stubGlobal('fetch', fetchMock);
    expect(await corsRefusal(OTHER, new AbortController().signal)).toBeUndefined();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
