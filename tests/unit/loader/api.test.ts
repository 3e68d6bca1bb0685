import { afterEach, describe, expect, it, vi } from 'vitest';
import { getConfig, resetConfig } from '../../../src/config.js';
import { createApi } from '../../../src/loader/api.js';
import type { PartName } from '../../../src/loader/parts.js';

/** Stand-ins for the parts' exports: the API only hands them on. */
class NewsFeed {}
const library = { NewsFeed, loadFeed: () => 'feed', safeBodyHtml: async (body: string) => `safe:${body}` };
const PARTS: Record<string, Record<string, unknown>> = { 'news-feed': { NewsFeed }, library };

const importer = () => vi.fn(async (name: PartName) => PARTS[name]!);

afterEach(() => resetConfig());

describe('window.CstoWidgets (createApi)', () => {
  it('configures at once, before any part, one configuration for the page', () => {
    const api = createApi(importer());
    api.configure({ lang: 'ru' });
    expect(getConfig().lang).toBe('ru');
    expect(api.getConfig()).toBe(getConfig());
    expect(api.version).toBeTypeOf('string');
  });

  it("gives an element's class once its part has loaded, undefined before", async () => {
    const importPart = importer();
    const api = createApi(importPart);
    expect(api.NewsFeed).toBeUndefined();
    expect(await api.load('news-feed')).toBe(NewsFeed);
    expect(api.NewsFeed).toBe(NewsFeed);
    expect(api.loadFeed).toBeUndefined();
    expect(importPart).toHaveBeenCalledWith('news-feed');
  });

  it("gives an element's class as soon as its tag is defined, before load() has its exports", () => {
    const registry = new Map<string, unknown>([['news-feed', NewsFeed]]);
    vi.stubGlobal('customElements', { get: (tag: string) => registry.get(tag) });
    try {
      const api = createApi(importer());
      expect(api.NewsFeed).toBe(NewsFeed);
      expect(api.EventCard).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('loads the whole library on load() and on the first safeBodyHtml()', async () => {
    const importPart = importer();
    const api = createApi(importPart);
    expect(await api.safeBodyHtml('<p>x</p>')).toBe('safe:<p>x</p>');
    expect(importPart).toHaveBeenCalledWith('library');
    expect(api.loadFeed).toBe(library.loadFeed);
    expect(await api.load()).toBe(library);
  });

  it('starts with what it is given (the standalone file has everything)', () => {
    const api = createApi(importer(), { ...library });
    expect(api.NewsFeed).toBe(NewsFeed);
  });
});
