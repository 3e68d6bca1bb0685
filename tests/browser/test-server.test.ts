import { expect } from '@open-wc/testing';

/** A query value no other test uses, so counts and `fail=N` start from zero for this test alone. */
const unique = (): string => `t=${Math.random().toString(36).slice(2)}`;

async function countOf(pathAndQuery: string): Promise<number> {
  const response = await fetch(`/api/__count?path=${encodeURIComponent(pathAndQuery)}`);
  const { count } = (await response.json()) as { count: number };
  return count;
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

describe('test endpoint', () => {
  it('serves a fixture as JSON that no cache keeps', async () => {
    const response = await fetch(`/api/feed/native.json?${unique()}`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^application\/json/);
    expect(response.headers.get('cache-control')).to.equal('no-store');
    const feed = (await response.json()) as { releases: unknown[]; memberStates: unknown[] };
    expect(feed.releases).to.have.length(4);
    expect(feed.memberStates).to.have.length(6);
  });

  it('serves fixtures from sub-folders and 404s for files that are not fixtures', async () => {
    const nested = await fetch('/api/feed/real-feeds/feedhound-jsonfeed.json');
    expect(((await nested.json()) as { items: unknown[] }).items).to.have.length(3);
    expect((await fetch('/api/feed/missing.json')).status).to.equal(404);
    expect((await fetch('/api/feed/..%2Fserver%2Fendpoint-plugin.mjs')).status).to.equal(404);
  });

  it('answers after ?delay milliseconds', async () => {
    const started = performance.now();
    const response = await fetch(`/api/feed/empty.json?delay=300&${unique()}`);
    expect(performance.now() - started).to.be.at.least(290);
    expect(await response.json()).to.deep.equal({ releases: [] });
  });

  it('sends the first half of the body at once and the rest ?tail milliseconds later', async () => {
    const whole = new Uint8Array(await (await fetch(`/api/generated.json?n=40&${unique()}`)).arrayBuffer());
    const started = performance.now();
    const reader = (await fetch(`/api/generated.json?n=40&tail=400&${unique()}`)).body!.getReader();
    const received: number[] = [];
    const arrivals: [number, number][] = [];
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      received.push(...read.value);
      arrivals.push([performance.now() - started, received.length]);
    }
    expect(received).to.deep.equal([...whole]);
    const early = arrivals.filter(([at]) => at < 300);
    expect(early.at(-1)?.[1], 'the first half, before the tail').to.equal(Math.floor(whole.length / 2));
    expect(arrivals.at(-1)![0], 'the rest after ?tail').to.be.at.least(390);
  });

  for (const status of [404, 500, 503]) {
    it(`answers ?status=${status} with that status`, async () => {
      const response = await fetch(`/api/feed/native.json?status=${status}&${unique()}`);
      expect(response.status).to.equal(status);
      expect(response.ok).to.equal(false);
    });
  }

  it('answers ?body=not-json with an HTML page and 200', async () => {
    const response = await fetch(`/api/feed/native.json?body=not-json&${unique()}`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^text\/html/);
    expect(await rejectionOf(response.json())).to.be.instanceOf(SyntaxError);
  });

  it('answers ?body=truncated with the first half of the JSON', async () => {
    const whole = new Uint8Array(await (await fetch('/api/feed/native.json')).arrayBuffer());
    const half = new Uint8Array(await (await fetch(`/api/feed/native.json?body=truncated&${unique()}`)).arrayBuffer());
    expect(half.length).to.equal(Math.floor(whole.length / 2));
    expect([...half]).to.deep.equal([...whole.slice(0, half.length)]);
    expect(() => JSON.parse(new TextDecoder().decode(half))).to.throw(SyntaxError);
  });

  it('keeps ?hang=1 open until the client aborts', async () => {
    const url = `/api/feed/native.json?hang=1&${unique()}`;
    const controller = new AbortController();
    const pending = fetch(url, { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    const started = performance.now();
    const error = await rejectionOf(pending);
    expect(error.name).to.equal('AbortError');
    expect(performance.now() - started).to.be.at.least(250);
    expect(await countOf(url)).to.equal(1);
  });

  it('sends a UTF-8 byte order mark before the JSON with ?bom=1', async () => {
    const plain = new Uint8Array(await (await fetch('/api/feed/empty.json')).arrayBuffer());
    const bytes = new Uint8Array(await (await fetch(`/api/feed/empty.json?bom=1&${unique()}`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal(UTF8_BOM);
    expect([...bytes.slice(3)]).to.deep.equal([...plain]);
  });

  it('sends the content-type of ?type', async () => {
    const response = await fetch(`/api/feed/empty.json?type=text/plain&${unique()}`);
    expect(response.headers.get('content-type')).to.equal('text/plain');
    expect(JSON.parse(await response.text())).to.deep.equal({ releases: [] });
  });

  it('fails the first N requests of ?fail=N with 503, then succeeds', async () => {
    const url = `/api/feed/empty.json?fail=2&${unique()}`;
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await fetch(url)).status);
    expect(statuses).to.deep.equal([503, 503, 200]);
    expect(await countOf(url)).to.equal(3);
  });

  it('combines faults: a delayed 500', async () => {
    const started = performance.now();
    const response = await fetch(`/api/feed/native.json?delay=200&status=500&${unique()}`);
    expect(performance.now() - started).to.be.at.least(190);
    expect(response.status).to.equal(500);
  });

  it('counts requests by exact path and query, and resets a count', async () => {
    const url = `/api/feed/empty.json?${unique()}`;
    expect(await countOf(url)).to.equal(0);
    await fetch(url);
    await fetch(url);
    await fetch(`${url}&other=1`);
    expect(await countOf(url)).to.equal(2);
    expect(await countOf(`${url}&other=1`)).to.equal(1);
    const reset = await fetch(`/api/__reset?path=${encodeURIComponent(url)}`, { method: 'POST' });
    expect(reset.status).to.equal(200);
    expect(await countOf(url)).to.equal(0);
    expect(await countOf(`${url}&other=1`)).to.equal(1);
  });

  it('generates a large native feed deterministically', async () => {
    const url = `/api/generated.json?n=10000&bodyBytes=200&${unique()}`;
    const text = await (await fetch(url)).text();
    const feed = JSON.parse(text) as { releases: { id: string; body: { en: string } }[] };
    expect(feed.releases).to.have.length(10000);
    expect(feed.releases[0]!.id).to.equal('gen-10000');
    expect(feed.releases[9999]!.id).to.equal('gen-1');
    expect(feed.releases[0]!.body.en).to.have.length(200);
    expect(await (await fetch(url)).text()).to.equal(text);
  });

  it('adds one newer release per repeat request with ?grow=1', async () => {
    const url = `/api/generated.json?n=3&grow=1&${unique()}`;
    const ids = async (): Promise<string[]> =>
      ((await (await fetch(url)).json()) as { releases: { id: string }[] }).releases.map((release) => release.id);
    expect(await ids()).to.deep.equal(['gen-3', 'gen-2', 'gen-1']);
    expect(await ids()).to.deep.equal(['gen-4', 'gen-3', 'gen-2', 'gen-1']);
  });

  it('rejects a mistyped fault with 400', async () => {
    expect((await fetch(`/api/feed/native.json?delay=soon&${unique()}`)).status).to.equal(400);
    expect((await fetch(`/api/feed/native.json?body=xml&${unique()}`)).status).to.equal(400);
  });
});
