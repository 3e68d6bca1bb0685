import { describe, expect, it } from 'vitest';
import { SLOW_4G, UNTHROTTLED, assertLatency, expectedTransferMs } from '../../../bench/network.mjs';

describe('Slow 4G', () => {
  it("is issue 16's figures in SI units: 150 ms, 1.6 Mbit/s down, 750 kbit/s up", () => {
    expect(SLOW_4G.conditions).toEqual({
      offline: false,
      latency: 150,
      downloadThroughput: 200_000,
      uploadThroughput: 93_750,
    });
  });
});

describe('expectedTransferMs', () => {
  it('is the latency plus the bytes at the download rate', () => {
    expect(expectedTransferMs(SLOW_4G, 100_000)).toBe(650);
    expect(expectedTransferMs(SLOW_4G, 0)).toBe(150);
  });

  it('is nothing unthrottled', () => {
    expect(expectedTransferMs(UNTHROTTLED, 100_000)).toBe(0);
  });
});

describe('assertLatency', () => {
  it('passes a page whose HTML took the latency or nearly (timer rounding)', () => {
    expect(() => assertLatency(SLOW_4G, { requestStart: 3, responseEnd: 160 })).not.toThrow();
    expect(() => assertLatency(SLOW_4G, { requestStart: 3, responseEnd: 139 })).not.toThrow();
  });

  it('throws when the HTML came faster than the latency allows', () => {
    expect(() => assertLatency(SLOW_4G, { requestStart: 3, responseEnd: 20 })).toThrow(
      /Slow 4G not in force: the page's HTML took 17 ms/,
    );
  });

  it('asks nothing of an unthrottled page', () => {
    expect(() => assertLatency(UNTHROTTLED, { requestStart: 3, responseEnd: 4 })).not.toThrow();
  });
});
