import { describe, expect, it, vi } from 'vitest';
import { parseFeed, readDocument } from '../../../src/data/parse-feed.js';
import { responseText } from '../../../src/data/response-text.js';

// The script tag's parts that did not load: copied without `csto-widgets-parts/`, or offline.
const { failed } = vi.hoisted(() => ({
  failed: (): Promise<never> => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
}));
vi.mock('../../../src/internal/on-demand/json-adapters.js', () => ({
  loadJsonFeedAdapter: failed,
  loadWordPressAdapter: failed,
}));
vi.mock('../../../src/internal/on-demand/body-decoder.js', () => ({ loadBodyDecoder: failed }));

const NETWORK = { name: 'EndpointError', kind: 'network' };
const jsonFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  items: [{ id: '1', title: 'A', date_published: '2024-09-03' }],
};
const wordPress = [
  { id: 1, date_gmt: '2024-09-03T10:00:00', title: { rendered: 'A' }, link: 'https://press.example/a' },
];

describe('an answer whose format is read by a part that cannot be loaded', () => {
  it('is a network error (retried, then Retry), not a broken feed: JSON Feed, WordPress', async () => {
    await expect(parseFeed(JSON.stringify(jsonFeed))).rejects.toMatchObject(NETWORK);
    await expect(parseFeed(JSON.stringify(wordPress))).rejects.toMatchObject(NETWORK);
    await expect(readDocument(jsonFeed)).rejects.toMatchObject(NETWORK);
  });

  it('is a network error for bytes that need the decoder', async () => {
    await expect(parseFeed(new TextEncoder().encode('{"releases":[]}'))).rejects.toMatchObject(NETWORK);
    const xml = new Response('<?xml version="1.0" encoding="windows-1251"?><rss/>');
    await expect(responseText(xml)).rejects.toMatchObject(NETWORK);
  });

  it('never touches the native format, a bare array or JSON text', async () => {
    const native = readDocument({ releases: [{ id: '1', title: 'A', date: '2024-09-03' }] });
    expect(native).not.toBeInstanceOf(Promise);
    expect((await parseFeed('[]')).releases).toEqual([]);
    expect(await responseText(new Response('{"releases":[]}'))).toBe('{"releases":[]}');
  });
});
