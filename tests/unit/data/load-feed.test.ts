import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configure, resetConfig } from '../../../src/config.js';
import { adoptAnswer, clearFeedCache, hasSharedAnswer, loadFeed } from '../../../src/data/load-feed.js';
import { startEarlyFeed } from '../../../src/data/early-feed.js';
import { EndpointError } from '../../../src/data/release.js';
import { rememberFeed } from '../../../src/data/remember-feed.js';
import { forgetFeeds, lastGoodFeed } from '../../../src/data/stale-store.js';

// Unit level only: the browser tests run the same paths against a real HTTP endpoint.
const FEED = JSON.stringify({ releases: [{ id: 'a', title: 'A', date: '2024-09-03' }] });
const URL_A = 'https://press.example/feed.json';
const URL_B = 'https://press.example/other.json';

type Responder = (url: string, init: RequestInit) => Promise<Response>;

function stubFetch(responder: Responder) {
  const fetchMock = vi.fn(responder);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const ok = (body = FEED): Promise<Response> => Promise.resolve(new Response(body, { status: 200 }));

/** A fetch that never answers until its signal aborts, as a dead endpoint does. */
const hang: Responder = (_url, init) =>
  new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason)));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

beforeEach(() => {
  clearFeedCache();
  forgetFeeds();
  configure({ retries: 0, retryDelay: 1, timeout: 1000, cacheSeconds: 60 });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  resetConfig();
});

describe('loadFeed: one request per URL', () => {
  it('shares one request among every caller of the same URL', async () => {
    const fetchMock = stubFetch(() => ok());
    const feeds = await Promise.all(
      Array.from({ length: 5 }, () => loadFeed(URL_A, { signal: new AbortController().signal })),
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(new Set(feeds).size).toBe(1);
  });

  it('says whether a call would share an answer: under way, fresh, then expired or failed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let answer!: () => void;
    stubFetch(() => new Promise((resolve) => (answer = () => resolve(new Response(FEED)))));
    expect(hasSharedAnswer(URL_A)).toBe(false);
    const loading = loadFeed(URL_A);
    expect(hasSharedAnswer(URL_A)).toBe(true);
    answer();
    await loading;
    expect(hasSharedAnswer(URL_A)).toBe(true);
    vi.advanceTimersByTime(61_000);
    expect(hasSharedAnswer(URL_A)).toBe(false);
    stubFetch(() => Promise.resolve(new Response('nope', { status: 404 })));
    await rejection(loadFeed(URL_A));
    expect(hasSharedAnswer(URL_A)).toBe(false);
  });

  it('reuses an answer within cacheSeconds and fetches again after', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const fetchMock = stubFetch(() => ok());
    await loadFeed(URL_A);
    await loadFeed(URL_A);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    vi.setSystemTime(Date.now() + 61_000);
    await loadFeed(URL_A);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('fetches again for `fresh`, and never caches a failure', async () => {
    let status = 500;
    const fetchMock = stubFetch(() => Promise.resolve(new Response(FEED, { status })));
    await rejection(loadFeed(URL_A));
    status = 200;
    await loadFeed(URL_A);
    await loadFeed(URL_A, { fresh: true });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('asks the server for a fresh load (cache: no-cache); a normal load keeps the HTTP cache', async () => {
    const fetchMock = stubFetch(() => ok());
    await loadFeed(URL_A);
    await loadFeed(URL_A, { fresh: true });
    expect(fetchMock.mock.calls.map(([, init]) => init.cache)).toEqual(['default', 'no-cache']);
  });

  it('treats a relative and an absolute form of one URL as the same endpoint', async () => {
    vi.stubGlobal('document', { baseURI: 'https://press.example/page.html' });
    const fetchMock = stubFetch(() => ok());
    await Promise.all([loadFeed('feed.json'), loadFeed('/feed.json'), loadFeed(URL_A)]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("resolves a relative src against the page's base URL (`<base href>`), not its address", async () => {
    vi.stubGlobal('location', { href: 'https://press.example/app/news/today' });
    vi.stubGlobal('document', { baseURI: 'https://press.example/app/' });
    const fetchMock = stubFetch(() => ok());
    await loadFeed('api/feed.json');
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(['https://press.example/app/api/feed.json']);
  });
});

describe('adoptAnswer: an answer a server render carried in the page', () => {
  const adopted = { releases: [], skipped: 0 };
  const NOW = Date.parse('2026-12-01T12:00:00Z');
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });

  it.each([
    ['fresh by its max-age', true, NOW - 200_000, 300],
    ['stale by its max-age', false, NOW - 301_000, 300],
    ['fresh by cacheSeconds without a max-age', true, NOW - 59_000, undefined],
    ['stale by cacheSeconds without a max-age', false, NOW - 61_000, undefined],
    ['no-store (max-age 0)', false, NOW, 0],
    ['dated a little ahead (the reader clock is behind)', true, NOW + 30_000, 300],
    ['dated further ahead than it stays fresh', false, NOW + 400_000, 300],
  ])('%s: answers loadFeed without a request: %s', async (_case, answered, fetchedAt, maxAge) => {
    const fetchMock = stubFetch(() => ok());
    adoptAnswer(URL_A, adopted, fetchedAt, maxAge);
    expect(hasSharedAnswer(URL_A)).toBe(answered);
    const feed = await loadFeed(URL_A);
    expect(fetchMock).toHaveBeenCalledTimes(answered ? 0 : 1);
    expect(feed === adopted).toBe(answered);
  });

  it('expires with its own max-age, not cacheSeconds', async () => {
    const fetchMock = stubFetch(() => ok());
    adoptAnswer(URL_A, adopted, NOW, 300);
    vi.setSystemTime(NOW + 120_000);
    await loadFeed(URL_A);
    expect(fetchMock).toHaveBeenCalledTimes(0);
    vi.setSystemTime(NOW + 300_000);
    await loadFeed(URL_A);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('leaves a current answer of the page in place', async () => {
    stubFetch(() => ok());
    const loaded = await loadFeed(URL_A);
    adoptAnswer(URL_A, adopted, NOW, 300);
    expect(await loadFeed(URL_A)).toBe(loaded);
  });
});

describe('loadFeed: aborting', () => {
  it('keeps the request while one caller still waits, and aborts it when the last one leaves', async () => {
    const fetchMock = stubFetch(hang);
    const first = new AbortController();
    const second = new AbortController();
    const a = loadFeed(URL_A, { signal: first.signal });
    const b = loadFeed(URL_A, { signal: second.signal });
    await Promise.resolve();
    const requestSignal = fetchMock.mock.calls[0]![1].signal!;
    first.abort(new DOMException('gone', 'AbortError'));
    expect(await rejection(a)).toMatchObject({ name: 'AbortError' });
    expect(requestSignal.aborted).toBe(false);
    second.abort(new DOMException('gone', 'AbortError'));
    expect(await rejection(b)).toMatchObject({ name: 'AbortError' });
    expect(requestSignal.aborted).toBe(true);
  });

  it('starts a new request after an abandoned one', async () => {
    const fetchMock = stubFetch(hang);
    const controller = new AbortController();
    const first = loadFeed(URL_A, { signal: controller.signal });
    controller.abort();
    await rejection(first);
    fetchMock.mockImplementation(() => ok());
    await expect(loadFeed(URL_A)).resolves.toMatchObject({ releases: [{ id: 'a' }] });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe('loadFeed: errors', () => {
  it.each([
    ['an HTTP error', () => ok().then(() => new Response('no', { status: 404 })), 'http', 404],
    ['a body that is not JSON', () => ok('<!doctype html>'), 'parse', undefined],
    ['JSON without releases', () => ok('{"hello":"world"}'), 'format', undefined],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), 'network', undefined],
  ] as const)('reports %s as kind %s', async (_name, responder, kind, status) => {
    stubFetch(responder);
    const error = await rejection(loadFeed(URL_A));
    expect(error).toBeInstanceOf(EndpointError);
    expect(error).toMatchObject({ kind, status });
  });

  it('ends a request that never answers with a timeout', async () => {
    configure({ timeout: 30 });
    const fetchMock = stubFetch(hang);
    const error = await rejection(loadFeed(URL_A));
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(fetchMock.mock.calls[0]![1].signal!.aborted).toBe(true);
  });
});

describe('loadFeed: retries', () => {
  it('retries a 5xx with backoff, then succeeds', async () => {
    configure({ retries: 2, retryDelay: 5 });
    let calls = 0;
    const fetchMock = stubFetch(() => (++calls <= 2 ? Promise.resolve(new Response('busy', { status: 503 })) : ok()));
    await expect(loadFeed(URL_A)).resolves.toMatchObject({ releases: [{ id: 'a' }] });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('gives up after `retries` and reports the last error', async () => {
    configure({ retries: 2, retryDelay: 1 });
    const fetchMock = stubFetch(() => Promise.reject(new TypeError('offline')));
    expect(await rejection(loadFeed(URL_A))).toMatchObject({ kind: 'network' });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it.each([
    ['a 404', () => Promise.resolve(new Response('no', { status: 404 }))],
    ['a bad body', () => ok('nope')],
  ])('does not retry %s', async (_name, responder) => {
    configure({ retries: 3, retryDelay: 1 });
    const fetchMock = stubFetch(responder);
    await rejection(loadFeed(URL_A));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('stale store', () => {
  it('remembers the last good answer of an endpoint', async () => {
    stubFetch(() => ok());
    expect(lastGoodFeed(URL_A)).toBeUndefined();
    await loadFeed(URL_A);
    expect(lastGoodFeed(URL_A)).toMatchObject({ releases: [{ id: 'a' }] });
  });
});

describe('loadFeed: a new answer of the same URL', () => {
  const TWO = (b: string) =>
    JSON.stringify({
      releases: [
        { id: 'a', title: 'A', date: '2024-09-03' },
        { id: 'b', title: b, date: '2024-09-02' },
      ],
    });

  it('keeps the objects of the releases that did not change since the last good answer', async () => {
    let title = 'B';
    const fetchMock = stubFetch(() => ok(TWO(title)));
    const first = (await loadFeed(URL_A)).releases;
    title = 'B, corrected';
    const second = (await loadFeed(URL_A, { fresh: true })).releases;
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(Object.values(second[1]!.title)).toEqual(['B, corrected']);
  });

  it('keeps nothing of another URL, nor of a forgotten answer', async () => {
    stubFetch(() => ok(TWO('B')));
    const first = (await loadFeed(URL_A)).releases;
    expect((await loadFeed(URL_B)).releases[0]).not.toBe(first[0]);
    forgetFeeds();
    expect((await loadFeed(URL_A, { fresh: true })).releases[0]).not.toBe(first[0]);
  });
});

describe('stale store in sessionStorage', () => {
  function fakeStorage(): Storage {
    const items = new Map<string, string>();
    return {
      get length() {
        return items.size;
      },
      key: (index) => [...items.keys()][index] ?? null,
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, String(value)),
      removeItem: (key) => void items.delete(key),
      clear: () => items.clear(),
    };
  }

  it('keeps the newest 100 releases for the next page load, and the whole feed in memory', async () => {
    const storage = fakeStorage();
    vi.stubGlobal('sessionStorage', storage);
    const releases = Array.from({ length: 150 }, (_, i) => ({
      id: `r${i}`,
      title: { und: `R${i}` },
      date: { iso: '2024-09-03', allDay: true },
      tags: [],
      memberStates: [],
    }));
    rememberFeed(URL_A, { releases, skipped: 0 });
    expect(lastGoodFeed(URL_A)!.releases).toHaveLength(150);
    const key = `csto-widgets:feed:${URL_A}`;
    // Written when the page is idle, not during the load that brought it.
    expect(storage.getItem(key)).toBeNull();
    await vi.waitFor(() => expect(storage.getItem(key)).not.toBeNull());
    const stored = JSON.parse(storage.getItem(key)!) as { releases: unknown[] };
    expect(stored.releases).toHaveLength(100);
  });

  it('writes nothing for an answer forgotten before the page was idle', async () => {
    const storage = fakeStorage();
    vi.stubGlobal('sessionStorage', storage);
    rememberFeed(URL_A, { releases: [], skipped: 0 });
    forgetFeeds();
    rememberFeed(URL_B, { releases: [], skipped: 0 });
    await vi.waitFor(() => expect(storage.getItem(`csto-widgets:feed:${URL_B}`)).not.toBeNull());
    expect(storage.getItem(`csto-widgets:feed:${URL_A}`)).toBeNull();
  });
});

describe('loadFeed: a request the script tag started early', () => {
  it('is taken over by the first load of its URL, once; a fresh load asks again', async () => {
    const fetchMock = stubFetch(() => ok());
    startEarlyFeed(URL_A);
    const [first, second] = await Promise.all([loadFeed(URL_A), loadFeed(URL_A)]);
    expect(first.releases[0]!.id).toBe('a');
    expect(second).toBe(first);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await loadFeed(URL_A, { fresh: true });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('is stopped by the taker: a timeout aborts it and counts as one', async () => {
    configure({ timeout: 20 });
    const fetchMock = stubFetch(hang);
    startEarlyFeed(URL_A);
    const error = await rejection(loadFeed(URL_A));
    expect(error).toBeInstanceOf(EndpointError);
    expect((error as EndpointError).kind).toBe('timeout');
    expect((fetchMock.mock.calls[0]![1] as RequestInit).signal!.aborted).toBe(true);
  });

  it('takes the JSON the loader parsed as it arrived, not the answer read again', async () => {
    // The answer's own body cannot be read: only the loader's early parse (of its clone) can give the feed.
    const unreadable = new Response(
      new ReadableStream({
        pull: (controller) => controller.error(new TypeError('read twice')),
      }),
    );
    Object.defineProperty(unreadable, 'clone', { value: () => new Response(FEED) });
    stubFetch(() => Promise.resolve(unreadable));
    startEarlyFeed(URL_A);
    const feed = await loadFeed(URL_A);
    expect(feed.releases.map((release) => release.id)).toEqual(['a']);
  });

  it('reads an answer that is no JSON as the own request would: markup as markup, broken JSON as such', async () => {
    stubFetch((url) => ok(url === URL_A ? '<!doctype html><html><body>Log in</body></html>' : '{"releases": ['));
    startEarlyFeed(URL_A);
    startEarlyFeed(URL_B);
    const markup = (await rejection(loadFeed(URL_A))) as EndpointError;
    expect([markup.kind, markup.message]).toEqual([
      'parse',
      'The answer is markup but not an RSS or Atom feed (an HTML page?).',
    ]);
    const broken = (await rejection(loadFeed(URL_B))) as EndpointError;
    expect([broken.kind, broken.message]).toEqual(['parse', 'The answer is not valid JSON, RSS or Atom.']);
  });

  it('is classified as the own request would be: a 404 is an http error', async () => {
    stubFetch(() => Promise.resolve(new Response('', { status: 404 })));
    startEarlyFeed(URL_A);
    const error = (await rejection(loadFeed(URL_A))) as EndpointError;
    expect([error.kind, error.status]).toEqual(['http', 404]);
  });
});
