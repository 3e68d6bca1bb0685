import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyFeedArrived, FEED_REQUEST, startEarlyFeed, takeEarlyFeed } from '../../../src/data/early-feed.js';

describe('early feed requests', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('starts one request per URL, with the init of every feed load, taken once', async () => {
    const fetch = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetch);
    startEarlyFeed('https://example.org/a.json');
    startEarlyFeed('https://example.org/a.json');
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://example.org/a.json');
    expect({ ...init, signal: undefined }).toEqual({ ...FEED_REQUEST, signal: undefined });
    const early = takeEarlyFeed('https://example.org/a.json');
    expect(await early?.response).toBeInstanceOf(Response);
    expect(takeEarlyFeed('https://example.org/a.json')).toBeUndefined();
  });

  it('parses a JSON answer as it arrives, and leaves the answer itself unread for the taker', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.endsWith('.json') ? new Response('{"releases":[]}') : new Response('<rss version="2.0"></rss>'),
      ),
    );
    startEarlyFeed('https://example.org/c.json');
    startEarlyFeed('https://example.org/c.xml');
    const json = takeEarlyFeed('https://example.org/c.json')!;
    expect(await json.json).toEqual({ document: { releases: [] } });
    expect(await (await json.response).text()).toBe('{"releases":[]}');
    const xml = takeEarlyFeed('https://example.org/c.xml')!;
    expect(await xml.json).toBeUndefined();
    expect(await (await xml.response).text()).toBe('<rss version="2.0"></rss>');
  });

  it('says an answer has arrived once it is read as JSON, never for an error or XML', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (url.endsWith('404.json')) return new Response('{"error":"gone"}', { status: 404 });
        return url.endsWith('.json') ? new Response('{"releases":[]}') : new Response('<rss version="2.0"></rss>');
      }),
    );
    const urls = ['https://example.org/d.json', 'https://example.org/404.json', 'https://example.org/d.xml'];
    for (const url of urls) startEarlyFeed(url);
    expect(earlyFeedArrived(urls[0]!)).toBe(false);
    await vi.waitFor(() => expect(earlyFeedArrived(urls[0]!)).toBe(true));
    const [, notFound, xml] = urls.map((url) => takeEarlyFeed(url)!);
    expect(await notFound!.json).toBeUndefined();
    expect(await xml!.json).toBeUndefined();
    expect([notFound!.arrived, xml!.arrived]).toEqual([false, false]);
    expect(earlyFeedArrived(urls[0]!)).toBe(false);
  });

  it('parses an answer only once asked when a first screen reads its first releases first', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"releases":[]}')),
    );
    const url = 'https://example.org/f.json';
    startEarlyFeed(url, true);
    const early = takeEarlyFeed(url)!;
    // The answer and its body are here; nobody asked for the parse.
    await (await early.response).clone().text();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(early.arrived).toBe(false);
    expect(await early.json).toEqual({ document: { releases: [] } });
    expect(early.arrived).toBe(true);
    expect(early.json).toBe(early.json);
  });

  it('drops and aborts a request nobody takes', () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise(() => {})),
    );
    startEarlyFeed('https://example.org/b.json');
    vi.advanceTimersByTime(30_000);
    expect(takeEarlyFeed('https://example.org/b.json')).toBeUndefined();
  });

  it('leaves no timer behind once taken: it would hold the parsed answer for half a minute', () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise(() => {})),
    );
    startEarlyFeed('https://example.org/e.json');
    expect(vi.getTimerCount()).toBe(1);
    expect(takeEarlyFeed('https://example.org/e.json')).toBeDefined();
    expect(vi.getTimerCount()).toBe(0);
  });
});
