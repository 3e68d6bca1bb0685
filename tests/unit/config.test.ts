// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { moduleScriptAt } from '../../src/config.js';

// The built module running on a real page: tests/browser/script-module-settings.test.ts.
const tags = (...srcs: string[]): HTMLScriptElement[] => {
  document.head.innerHTML = srcs.map((src) => `<script type="module" src="${src}"></script>`).join('');
  return [...document.querySelectorAll('script')];
};

afterEach(() => {
  document.head.innerHTML = '';
});

describe('moduleScriptAt', () => {
  it('finds the module script with its own URL among others', () => {
    const [, ours] = tags(
      'https://cdn.example/app.mjs',
      'https://cdn.example/csto-widgets@0.1.0/dist/csto-widgets.mjs',
    );
    expect(moduleScriptAt('https://cdn.example/csto-widgets@0.1.0/dist/csto-widgets.mjs')).toBe(ours);
  });

  it('after a redirect, takes the one module script with the same file name', () => {
    const [, ours] = tags(
      'https://cdn.example/app.mjs',
      'https://cdn.example/csto-widgets@latest/dist/csto-widgets.mjs',
    );
    expect(moduleScriptAt('https://cdn.example/csto-widgets@0.1.0/dist/csto-widgets.mjs')).toBe(ours);
  });

  it('guesses nothing when two tags have that file name, or there is no URL (the classic build)', () => {
    tags('https://a.example/csto-widgets.mjs', 'https://b.example/csto-widgets.mjs');
    expect(moduleScriptAt('https://c.example/csto-widgets.mjs')).toBeNull();
    expect(moduleScriptAt(undefined)).toBeNull();
  });
});
