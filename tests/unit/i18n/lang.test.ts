// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { langOf, toLang } from '../../../src/i18n/index.js';

describe('toLang', () => {
  it.each([
    ['ru-RU', 'ru'],
    ['RU', 'ru'],
    [' kk ', 'kk'],
    ['tg-Cyrl', 'tg'],
    ['be_BY', 'be'],
    ['hy', 'hy'],
    ['fr', undefined],
    ['', undefined],
    ['constructor', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%j → %j', (tag, expected) => {
    expect(toLang(tag)).toBe(expected);
  });
});

describe('langOf', () => {
  /** `<div lang=outer><x-host lang=host>#shadow <section lang=inner><span id=target lang=own>`. */
  function tree(langs: { outer?: string; host?: string; inner?: string; own?: string }): Element {
    document.body.innerHTML = '';
    const set = (element: Element, lang?: string): Element => {
      if (lang !== undefined) element.setAttribute('lang', lang);
      return element;
    };
    const outer = document.body.appendChild(set(document.createElement('div'), langs.outer));
    const host = outer.appendChild(set(document.createElement('x-host'), langs.host));
    const inner = host.attachShadow({ mode: 'open' }).appendChild(set(document.createElement('section'), langs.inner));
    return inner.appendChild(set(document.createElement('span'), langs.own));
  }

  it.each([
    ['its own lang', { outer: 'be', host: 'kk', inner: 'ky', own: 'ru-RU' }, undefined, 'ru'],
    ['the nearest ancestor in its shadow root', { outer: 'be', host: 'kk', inner: 'ky' }, undefined, 'ky'],
    ['the shadow host', { outer: 'be', host: 'KK' }, undefined, 'kk'],
    ['an ancestor of the host', { outer: 'hy' }, 'ru', 'hy'],
    ['the page default', {}, 'tg-Cyrl', 'tg'],
    ['English', {}, undefined, 'en'],
    ['English over an unknown page default', {}, 'fr', 'en'],
    ['the next level past an unknown lang', { outer: 'be', own: 'fr' }, undefined, 'be'],
    ['the next level past lang=""', { host: 'ru', inner: '' }, undefined, 'ru'],
  ] as const)('takes %s', (_case, langs, pageDefault, expected) => {
    expect(langOf(tree(langs), pageDefault)).toBe(expected);
  });

  it('reads a detached element', () => {
    expect(langOf(document.createElement('p'), 'ru')).toBe('ru');
  });

  it('reads <html lang>', () => {
    document.documentElement.lang = 'hy-AM';
    try {
      expect(langOf(tree({}))).toBe('hy');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });
});
