import { describe, expect, it, vi } from 'vitest';
import { parseFeed } from '../../../src/data/read-feed.js';

// The script tag's part that did not load: copied without `csto-widgets-parts/`, or offline.
vi.mock('../../../src/internal/on-demand/xml-reader.js', () => ({
  loadXmlReader: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
}));

describe('an RSS answer when the XML reader cannot be loaded', () => {
  it('is a network error (retried, then Retry), not a broken feed', async () => {
    const domParser = { parseFromString: () => ({}) as Document };
    await expect(parseFeed('<rss><channel/></rss>', { domParser })).rejects.toMatchObject({
      name: 'EndpointError',
      kind: 'network',
    });
  });

  it('never touches JSON', async () => {
    expect((await parseFeed('[]')).releases).toEqual([]);
  });
});
