// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Fresh modules per test: whether the sanitiser is loaded is module state.
beforeEach(() => vi.resetModules());
afterEach(() => vi.doUnmock('../../../src/internal/on-demand/sanitizer.js'));

describe('safeBodyHtml and sanitizeHtml, the public API', () => {
  it('loads the sanitiser on first use and sanitises with it', async () => {
    const { safeBodyHtml, sanitizeHtml } = await import('../../../src/data/safe-body.js');
    const safe = await safeBodyHtml(
      '<p onclick="alert(1)">Joint <strong>training</strong></p><script>alert(2)</script>',
    );
    expect(safe).toBe('<p>Joint <strong>training</strong></p>');
    // Plain text becomes paragraphs, escaped.
    expect(await safeBodyHtml('First line\nSecond & third')).toBe('<p>First line</p><p>Second &amp; third</p>');
    expect(await sanitizeHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
  });

  it('loads the sanitiser once for any number of calls, and tries again after a failed load', async () => {
    const real = await import('../../../src/data/sanitize.js');
    const loadSanitizer = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(real);
    vi.doMock('../../../src/internal/on-demand/sanitizer.js', () => ({ loadSanitizer }));
    const { safeBodyHtml } = await import('../../../src/data/safe-body.js');

    await expect(safeBodyHtml('<p>a</p>')).rejects.toThrow(/dynamically imported module/);
    const bodies = await Promise.all(['<p>a</p>', '<p>b</p>', '<p>c</p>'].map((body) => safeBodyHtml(body)));
    expect(bodies).toEqual(['<p>a</p>', '<p>b</p>', '<p>c</p>']);
    await safeBodyHtml('<p>d</p>');
    expect(loadSanitizer).toHaveBeenCalledTimes(2);
  });
});
