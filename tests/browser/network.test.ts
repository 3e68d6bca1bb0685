import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/news-feed/define.js';
import { configure, resetConfig } from '../../src/config.js';
import { clearFeedCache } from '../../src/data/load-feed.js';
import { forgetFeeds } from '../../src/data/stale-store.js';
import type { CstoErrorDetail } from '../../src/events.js';

/**
 * The network against the test server (tests/server/endpoint-plugin.mjs, and security-plugin.mjs
 * for `failAfter`): retries with backoff for passing faults only, the retry button,
 * stale-while-revalidate, and answers too large or too odd to trust.
 */

/** A query value no other test uses, so server counts start from zero. */
const unique = (): string => `t=${Math.random().toString(36).slice(2)}`;

async function countOf(pathAndQuery: string): Promise<number> {
  const response = await fetch(`/api/__count?path=${encodeURIComponent(pathAndQuery)}`);
  return ((await response.json()) as { count: number }).count;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, ms = 8000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

const part = (el: Element, name: string): HTMLElement | null => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const items = (el: Element): number => el.shadowRoot!.querySelectorAll('[part~="item"]').length;

async function feedAt(src: string, attributes = ''): Promise<HTMLElement> {
  const element = document.createElement('news-feed');
  element.setAttribute('src', src);
  for (const [name, value] of attributes
    .split(' ')
    .filter(Boolean)
    .map((pair) => pair.split('=')))
    element.setAttribute(name!, value ?? '');
  return fixture<HTMLElement>(element);
}

/** Watches the main thread: the longest gap between animation frames while it runs. */
function heartbeat(): () => number {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const beat = (now: number): void => {
    longest = Math.max(longest, now - last);
    last = now;
    if (running) requestAnimationFrame(beat);
  };
  requestAnimationFrame(beat);
  return () => {
    running = false;
    return Math.max(longest, performance.now() - last);
  };
}

/** `parseFeed(text)` in a worker: its outcome, or a timeout when it runs longer than `ms`. */
function readInWorker(text: string, ms: number): Promise<{ ok: boolean; releases?: number; error?: string }> {
  const worker = new Worker(new URL('../security/read-feed-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      worker.terminate();
      resolve({ ok: false, error: `still reading after ${ms} ms` });
    }, ms);
    worker.onmessage = (event: MessageEvent<{ ok: boolean; releases?: number; error?: string }>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(event.data);
    };
    worker.postMessage(text);
  });
}

beforeEach(() => {
  clearFeedCache();
  forgetFeeds();
  resetConfig();
});
after(() => resetConfig());

describe('retries with backoff', () => {
  it('retries 503s and succeeds on the third request', async () => {
    configure({ retries: 2, retryDelay: 50 });
    const src = `/api/feed/native.json?fail=2&${unique()}`;
    const feed = await feedAt(src);
    await until(() => items(feed) > 0 || Boolean(part(feed, 'error')), 'the feed');
    expect(part(feed, 'error')).to.equal(null);
    expect(items(feed)).to.equal(4);
    expect(await countOf(src)).to.equal(3);
  });

  it('waits longer before each retry (exponential, with jitter)', async () => {
    configure({ retries: 2, retryDelay: 200 });
    const src = `/api/feed/native.json?fail=2&${unique()}`;
    const started = performance.now();
    const feed = await feedAt(src);
    await until(() => items(feed) > 0, 'the feed');
    // The waits are 100–200 ms, then 200–400 ms: at least 300 ms, at most about 600 ms.
    const elapsed = performance.now() - started;
    expect(elapsed).to.be.within(290, 1500);
  });

  it('gives up after `retries` and shows the error with a retry button', async () => {
    configure({ retries: 1, retryDelay: 20 });
    const src = `/api/feed/native.json?status=503&${unique()}`;
    const feed = await feedAt(src);
    await until(() => Boolean(part(feed, 'error')), 'the error');
    expect(await countOf(src)).to.equal(2);
    expect(part(feed, 'retry')).to.be.instanceOf(HTMLButtonElement);
  });

  for (const [fault, kind] of [
    ['status=404', 'http'],
    ['status=403', 'http'],
    ['body=not-json', 'parse'],
    ['body=truncated', 'parse'],
  ] as const) {
    it(`does not retry ${fault} (${kind})`, async () => {
      configure({ retries: 2, retryDelay: 20 });
      const src = `/api/feed/native.json?${fault}&${unique()}`;
      const element = document.createElement('news-feed');
      const error = oneEvent(element, 'csto-error');
      element.setAttribute('src', src);
      await fixture(element);
      expect(((await error) as CustomEvent<CstoErrorDetail>).detail.kind).to.equal(kind);
      await sleep(150);
      expect(await countOf(src)).to.equal(1);
      expect(part(element, 'error')?.getAttribute('role')).to.equal('alert');
    });
  }

  it('does not retry a document without releases (format)', async () => {
    configure({ retries: 2, retryDelay: 20 });
    const src = `/api/feed/no-releases.json?${unique()}`;
    const feed = await feedAt(src);
    await until(() => Boolean(part(feed, 'error')), 'the error');
    await sleep(150);
    expect(await countOf(src)).to.equal(1);
  });

  it('times out a hanging endpoint, retries it, then shows the timeout error', async () => {
    configure({ timeout: 150, retries: 1, retryDelay: 20 });
    const src = `/api/feed/native.json?hang=1&${unique()}`;
    const element = document.createElement('news-feed');
    const error = oneEvent(element, 'csto-error');
    element.setAttribute('src', src);
    await fixture(element);
    expect(((await error) as CustomEvent<CstoErrorDetail>).detail.kind).to.equal('timeout');
    expect(await countOf(src)).to.equal(2);
  });

  it('retry button: loads again after a 500 with retries off, and recovers when the endpoint does', async () => {
    configure({ retries: 0 });
    const failing = `/api/feed/native.json?status=500&${unique()}`;
    const feed = await feedAt(failing);
    await until(() => Boolean(part(feed, 'retry')), 'the retry button');
    expect(await countOf(failing)).to.equal(1);
    part(feed, 'retry')!.click();
    await until(() => Boolean(part(feed, 'retry')), 'the error after retrying');
    await sleep(100);
    expect(await countOf(failing)).to.equal(2);

    const recovering = `/api/feed/native.json?fail=1&${unique()}`;
    const second = await feedAt(recovering);
    await until(() => Boolean(part(second, 'retry')), 'the retry button');
    part(second, 'retry')!.click();
    await until(() => items(second) === 4, 'the releases after retrying');
    expect(part(second, 'error')).to.equal(null);
    expect(await countOf(recovering)).to.equal(2);
  });
});

describe('stale-while-revalidate', () => {
  it('shows the last good answer at once, then a quiet notice when the refresh fails', async () => {
    configure({ retries: 0 });
    // First request answers, every later one is a 503 (security-plugin.mjs).
    const src = `/security/feed/native.json?failAfter=1&${unique()}`;
    const first = await feedAt(src);
    await until(() => items(first) === 4, 'the first load');
    first.remove();
    // The shared answer has expired (cacheSeconds); the last good copy is still remembered.
    clearFeedCache();
    const key = `csto-widgets:feed:${new URL(src, location.href).href}`;
    // Written once the page is idle: the copy is for the next page load, not for the first screen.
    await until(() => sessionStorage.getItem(key) !== null, 'the sessionStorage copy');
    const stored = sessionStorage.getItem(key);
    expect((JSON.parse(stored!) as { releases: unknown[] }).releases).to.have.length(4);

    const errors: string[] = [];
    const second = document.createElement('news-feed');
    second.addEventListener('csto-error', (event) => errors.push(event.detail.kind));
    second.setAttribute('src', src);
    await fixture(second);
    // At once: the first render after connecting already has the remembered releases.
    expect(items(second)).to.equal(4);
    await until(() => Boolean(part(second, 'stale')), 'the stale notice');
    expect(items(second)).to.equal(4);
    expect(part(second, 'error'), 'an error wall').to.equal(null);
    expect(part(second, 'stale')!.getAttribute('role')).to.equal('status');
    expect(errors).to.deep.equal(['http']);
  });

  it('serves a reload within the tab from sessionStorage alone', async () => {
    configure({ retries: 0 });
    const src = `/security/feed/native.json?failAfter=0&${unique()}`;
    const url = new URL(src, location.href).href;
    // What an earlier page of this tab left behind; memory is empty (forgetFeeds in beforeEach
    // cleared both, and this key was never loaded here).
    const feed = (await (await fetch('/tests/fixtures/native.json')).json()) as { releases: unknown[] };
    const { readFeed } = await import('../../src/data/read-feed.js');
    sessionStorage.setItem(`csto-widgets:feed:${url}`, JSON.stringify(readFeed(feed)));
    const element = await feedAt(src);
    expect(items(element)).to.equal(4);
    await until(() => Boolean(part(element, 'stale')), 'the stale notice');
    expect(part(element, 'error')).to.equal(null);
  });

  it('takes the current answer over the stored copy without rendering the unchanged releases again', async () => {
    const src = `/api/feed/native.json?delay=300&${unique()}`;
    const feed = (await (await fetch('/tests/fixtures/native.json')).json()) as { releases: { title: unknown }[] };
    const { readFeed } = await import('../../src/data/read-feed.js');
    const stored = readFeed(feed);
    // An earlier page saw the second release under an older title.
    const older = {
      ...stored,
      releases: stored.releases.map((r, i) => (i === 1 ? { ...r, title: { en: 'Older title' } } : r)),
    };
    sessionStorage.setItem(`csto-widgets:feed:${new URL(src, location.href).href}`, JSON.stringify(older));
    const element = document.createElement('news-feed');
    element.setAttribute('src', src);
    element.setAttribute('lang', 'en');
    let loads = 0;
    element.addEventListener('csto-load', () => loads++);
    await fixture(element);
    const headings = [...element.shadowRoot!.querySelectorAll('[part~="heading"]')];
    expect(headings).to.have.length(4);
    expect(headings[1]!.textContent).to.contain('Older title');
    await until(() => loads === 2, 'the current answer');
    await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const now = [...element.shadowRoot!.querySelectorAll('[part~="heading"]')];
    expect(now[1]!.textContent).not.to.contain('Older title');
    expect(now.map((heading, i) => heading === headings[i])).to.deep.equal([true, false, true, true]);
  });
});

describe('large and odd answers', function () {
  this.timeout(30_000);

  it('10 000 releases: renders `limit` of them without freezing the page', async () => {
    const stop = heartbeat();
    const feed = await feedAt(`/api/generated.json?n=10000&bodyBytes=200&${unique()}`, 'limit=10');
    await until(() => items(feed) > 0, 'the feed', 20_000);
    await sleep(100);
    const gap = stop();
    expect(items(feed)).to.equal(10);
    expect(gap, 'longest frame gap (ms)').to.be.below(1000);
  });

  it('a 2 MB title: cut to MAX_TEXT_LENGTH and rendered as text without freezing the page', async () => {
    const stop = heartbeat();
    const title = `${'Секретариат ОДКБ '.repeat(65_536)}`.slice(0, 1_048_576); // 2 MB of UTF-8
    const feed = await fixture<HTMLElement & { releases: unknown }>(html`<news-feed limit="5"></news-feed>`);
    feed.releases = [{ id: 'huge', title, date: '2024-09-03', body: `<p>${title}</p>` }];
    await until(() => items(feed) === 1, 'the release');
    const shown = part(feed, 'title')!.textContent!.trim();
    expect(shown.length).to.be.within(800, 1001);
    expect(shown.endsWith('…')).to.equal(true);
    expect(stop(), 'longest frame gap (ms)').to.be.below(1000);
  });

  it('a 2 MB title and body of unclosed tags (`<a <a <a …`): read in well under a second', async () => {
    const hostile = '<a '.repeat(700_000); // 2.1 MB
    const answer = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: 'tags', title: hostile, content_html: hostile, date_published: '2024-09-03T10:00:00Z' }],
    });
    // In a worker: a regex that backtracks quadratically would otherwise freeze this test page.
    expect(await readInWorker(answer, 2000)).to.include({ ok: true, releases: 1 });
    const stop = heartbeat();
    const feed = await fixture<HTMLElement & { releases: unknown }>(html`<news-feed expand limit="5"></news-feed>`);
    feed.releases = JSON.parse(answer) as unknown;
    await until(() => items(feed) === 1, 'the release', 20_000);
    expect(stop(), 'longest frame gap (ms)').to.be.below(1000);
  });

  it('deeply nested JSON (depth 10 000): a clean error or a render, never an uncaught exception', async () => {
    const depth = 10_000;
    const deepDate = `${'{"iso":'.repeat(depth)}"2024-09-03"${'}'.repeat(depth)}`;
    const deepArray = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const bodies = [
      `{"releases":[{"id":"deep","title":"Deep","date":${deepDate}},{"id":"ok","title":"Fine","date":"2024-09-03"}]}`,
      `{"releases":[{"id":"deep","title":"Deep","date":"2024-09-03","tags":${deepArray},"event":${deepArray}}]}`,
    ];
    const { parseFeed } = await import('../../src/data/read-feed.js');
    const { EndpointError } = await import('../../src/data/release.js');
    for (const body of bodies) {
      let thrown: unknown;
      try {
        await parseFeed(body);
      } catch (error) {
        thrown = error;
      }
      if (thrown !== undefined) expect(thrown, String(thrown)).to.be.instanceOf(EndpointError);
    }
  });

  for (const [fault, what] of [
    ['bom=1', 'a byte-order mark'],
    ['type=text/html', 'a text/html content-type'],
    ['type=text/plain;charset=windows-1251', 'a text/plain content-type with another charset'],
  ] as const) {
    it(`reads JSON sent with ${what}`, async () => {
      const feed = await feedAt(`/api/feed/native.json?${fault}&${unique()}`);
      await until(() => items(feed) > 0 || Boolean(part(feed, 'error')), 'the feed');
      expect(items(feed)).to.equal(4);
    });
  }
});
