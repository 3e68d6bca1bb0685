import { describe, expect, it } from 'vitest';
import { FEED_ACCEPT } from '../../../src/data/feed-accept.js';

/** https://fetch.spec.whatwg.org/#cors-unsafe-request-header-byte */
const isCorsUnsafeByte = (byte: number): boolean =>
  (byte < 0x20 && byte !== 0x09) || byte === 0x7f || '"():<>?@[\\]{}'.includes(String.fromCharCode(byte));

/** The media types of an Accept header with their weights, in the header's order. */
function weights(header: string): [string, number][] {
  return header.split(',').map((entry) => {
    const [type = '', ...params] = entry.trim().split(';');
    const q = params.find((param) => param.trim().startsWith('q='));
    return [type, q ? Number(q.trim().slice(2)) : 1];
  });
}

describe('the Accept header of feed requests', () => {
  it('stays a CORS-safelisted request header: no preflight for a cross-origin endpoint', () => {
    const bytes = [...new TextEncoder().encode(FEED_ACCEPT)];
    expect(bytes.length).toBeLessThanOrEqual(128);
    expect(bytes.filter(isCorsUnsafeByte).map((byte) => String.fromCharCode(byte))).toEqual([]);
  });

  it('asks for our JSON first, then the other formats the readers take, then anything', () => {
    const byWeight = weights(FEED_ACCEPT).sort((a, b) => b[1] - a[1]);
    expect(byWeight.map(([type]) => type)).toEqual([
      'application/json',
      'application/feed+json',
      'application/rss+xml',
      'application/atom+xml',
      '*/*',
    ]);
    expect(byWeight[0]![1]).toBeGreaterThan(byWeight[1]![1]);
    expect(byWeight.at(-1)![1]).toBeLessThan(byWeight.at(-2)![1]);
  });
});
