import { describe, expect, it } from 'vitest';
import { encodedBytes, isScript, roundTripDepth, scriptsBefore } from '../../../bench/round-trips.mjs';

const origin = 'http://127.0.0.1:4000';
const entry = (path: string, startTime: number, responseEnd: number, encodedBodySize = 1000) => ({
  name: origin + path,
  startTime,
  responseEnd,
  encodedBodySize,
});

describe('isScript', () => {
  it.each([
    ['/dist/csto-widgets.js', true],
    ['/dist/csto-widgets.mjs', true],
    ['/dist/csto-widgets-parts/news-feed-Bx3.js?v=1', true],
    ['/bench/feed-1000.json', false],
    ['/bench/page/ours?n=1000&limit=10', false],
    ['/dist/csto-widgets.js.map', false],
    ['/flags/am.svg', false],
  ])('%s: %s', (path, expected) => {
    expect(isScript({ name: origin + path })).toBe(expected);
  });
});

describe('roundTripDepth', () => {
  it('is 0 without requests and 1 for one script', () => {
    expect(roundTripDepth([])).toBe(0);
    expect(roundTripDepth([entry('/a.js', 5, 200)])).toBe(1);
  });

  it('counts requests sent together once', () => {
    expect(roundTripDepth([entry('/a.js', 5, 200), entry('/b.js', 6, 240), entry('/c.js', 7, 180)])).toBe(1);
  });

  it('counts a request sent after a response ended as the next trip', () => {
    // a loader, then the element's code and a shared chunk together, then a chunk the code imports
    const requests = [
      entry('/loader.js', 5, 200),
      entry('/news-feed.js', 210, 400),
      entry('/shared.js', 211, 380),
      entry('/late-chunk.js', 405, 600),
    ];
    expect(roundTripDepth(requests)).toBe(3);
  });

  it('follows the longest chain, whatever the order of the list', () => {
    const requests = [
      entry('/c.js', 500, 700),
      entry('/independent.js', 6, 650),
      entry('/a.js', 5, 200),
      entry('/b.js', 250, 450),
    ];
    expect(roundTripDepth(requests)).toBe(3);
  });

  it('chains a request that started the moment a response ended', () => {
    expect(roundTripDepth([entry('/a.js', 5, 200), entry('/b.js', 200, 300)])).toBe(2);
  });

  it('does not chain a request that overlaps the earlier response', () => {
    expect(roundTripDepth([entry('/a.js', 5, 200), entry('/b.js', 199.9, 300)])).toBe(1);
  });
});

describe('scriptsBefore', () => {
  const entries = [
    entry('/parts/late.js', 300, 900),
    entry('/bench/feed-1000.json', 210, 500, 90_000),
    entry('/loader.js', 5, 200, 4000),
    entry('/news-feed.js', 210, 400, 12_000),
  ];

  it('keeps the scripts that had arrived by then, in request order', () => {
    expect(scriptsBefore(entries, 600).map((script) => new URL(script.name).pathname)).toEqual([
      '/loader.js',
      '/news-feed.js',
    ]);
  });

  it('sums their gzip bytes', () => {
    expect(encodedBytes(scriptsBefore(entries, 600))).toBe(16_000);
    expect(encodedBytes(scriptsBefore(entries, 1000))).toBe(17_000);
    expect(encodedBytes([])).toBe(0);
  });
});
