import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test gets fresh modules: which catalogues are loaded is module state.
beforeEach(() => vi.resetModules());
afterEach(() => {
  vi.doUnmock('../../../src/internal/on-demand/catalogues.js');
  vi.restoreAllMocks();
});

describe('catalogues loaded on first use', () => {
  it('has English at once, and the others, Russian too, only once settled', async () => {
    const i18n = await import('../../../src/i18n/index.js');
    expect(i18n.isCatalogueSettled('en')).toBe(true);
    expect(i18n.isCatalogueSettled('ru')).toBe(false);
    expect(i18n.isCatalogueSettled('hy')).toBe(false);
    await i18n.settleCatalogue('ru');
    expect(i18n.messagesFor('ru').feed.more).toMatch(/\p{Script=Cyrillic}/u);
    // Meanwhile English stands in, so nothing that formats text can fail.
    expect(i18n.messagesFor('hy').feed.more).toBe(i18n.messagesFor('en').feed.more);

    await i18n.settleCatalogue('hy');
    expect(i18n.isCatalogueSettled('hy')).toBe(true);
    expect(i18n.messagesFor('hy').feed.more).toMatch(/\p{Script=Armenian}/u);
    expect(i18n.formatDate({ iso: '2024-09-05', allDay: true }, 'hy')).toBe('5 սեպտեմբերի, 2024\u202fթ.');
  });

  it('loads a catalogue once however many elements ask at once', async () => {
    const loadCatalogue = vi.fn(async () => ({ default: (await import('../../../src/i18n/messages/kk.js')).default }));
    vi.doMock('../../../src/internal/on-demand/catalogues.js', () => ({ loadCatalogue }));
    const i18n = await import('../../../src/i18n/index.js');
    await Promise.all([i18n.settleCatalogue('kk'), i18n.settleCatalogue('kk'), i18n.settleCatalogue('kk')]);
    await i18n.settleCatalogue('kk');
    expect(loadCatalogue).toHaveBeenCalledTimes(1);
    expect(i18n.messagesFor('kk').feed.retry).toMatch(/\p{Script=Cyrillic}/u);
  });

  it('settles a catalogue that cannot be loaded with English and one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.doMock('../../../src/internal/on-demand/catalogues.js', () => ({
      loadCatalogue: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    }));
    const i18n = await import('../../../src/i18n/index.js');
    await expect(i18n.settleCatalogue('tg')).resolves.toBeUndefined();
    await i18n.settleCatalogue('tg');
    expect(i18n.isCatalogueSettled('tg')).toBe(true);
    expect(i18n.messagesFor('tg')).toBe(i18n.messagesFor('en'));
    // Tajik plural rules still pick the form; the English catalogue has every form they pick.
    expect(i18n.plural('tg', i18n.messagesFor('tg').states.count, 3)).toBe('3 member states');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/"tg" catalogue could not be loaded/);
  });
});
