import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_MEMBER_STATES, withOneName } from '../../src/data/member-states.js';
import type { MemberState } from '../../src/data/release.js';
import { pickText } from '../../src/data/text.js';
import { type Lang, LANGS, settleCatalogue } from '../../src/i18n/index.js';

const SCRIPT: Record<string, RegExp> = {
  en: /^[A-Z][a-z]+( [A-Z][a-z]+)?$/,
  hy: /^[\p{Script=Armenian} ]+$/u,
};
const CYRILLIC = /^[\p{Script=Cyrillic} ]+$/u;

describe('BUILT_IN_MEMBER_STATES', () => {
  it('names the states in English only until another language’s catalogue is loaded', async () => {
    const kyrgyzstan = BUILT_IN_MEMBER_STATES.find((state) => state.code === 'KG');
    expect(pickText(kyrgyzstan?.name, 'ky')).toBe('Kyrgyz Republic');
    await settleCatalogue('ky');
    expect(pickText(kyrgyzstan?.name, 'ky')).toBe('Кыргыз Республикасы');
  });

  it('lists the six member states in code order', () => {
    expect(BUILT_IN_MEMBER_STATES.map((state) => [state.code, state.status, state.name.en])).toEqual([
      ['AM', 'member', 'Armenia'],
      ['BY', 'member', 'Belarus'],
      ['KZ', 'member', 'Kazakhstan'],
      ['KG', 'member', 'Kyrgyz Republic'],
      ['RU', 'member', 'Russian Federation'],
      ['TJ', 'member', 'Tajikistan'],
    ]);
  });

  it.each(LANGS)('names every state in %s, in its script, once its catalogue is loaded', async (lang) => {
    await settleCatalogue(lang);
    for (const state of BUILT_IN_MEMBER_STATES) {
      expect(Object.hasOwn(state.name, lang), `${state.code} in ${lang}`).toBe(true);
      expect(pickText(state.name, lang)).toMatch(SCRIPT[lang] ?? CYRILLIC);
    }
  });

  it.each([
    ['ru', 'KG', 'Кыргызская Республика'],
    ['kk', 'KZ', 'Қазақстан'],
    ['tg', 'TJ', 'Тоҷикистон'],
    ['hy', 'AM', 'Հայաստան'],
    ['be', 'BY', 'Беларусь'],
  ])('%s calls %s %s', async (lang, code, name) => {
    await settleCatalogue(lang as Lang);
    const state = BUILT_IN_MEMBER_STATES.find((candidate) => candidate.code === code);
    expect(pickText(state?.name, lang)).toBe(name);
  });
});

describe('withOneName', () => {
  beforeAll(() => settleCatalogue('ru'));

  it('names a state the library knows by its built-in names, keeping the data’s status, flag and other languages', () => {
    const fromData: MemberState = {
      code: 'KZ',
      name: { en: 'Republic of Kazakhstan', ru: 'Республика Казахстан', uz: 'Qozogʻiston Respublikasi' },
      status: 'suspended',
      flag: 'https://press.example/kz.svg',
    };
    const named = withOneName(fromData);
    expect(pickText(named.name, 'en')).toBe('Kazakhstan');
    expect(pickText(named.name, 'ru')).toBe('Казахстан');
    expect(named.name.uz).toBe('Qozogʻiston Respublikasi');
    expect(named).toMatchObject({ code: 'KZ', status: 'suspended', flag: 'https://press.example/kz.svg' });
  });

  it('keeps the data’s name in a language whose catalogue is not loaded yet', async () => {
    // Fresh modules: no catalogue but English loaded.
    vi.resetModules();
    const fresh = await import('../../src/data/member-states.js');
    const fromData: MemberState = {
      code: 'TJ',
      name: { en: 'Republic of Tajikistan', tg: 'Ҷумҳурии Тоҷикистон' },
      status: 'member',
    };
    expect(fresh.withOneName(fromData).name.tg).toBe('Ҷумҳурии Тоҷикистон');
    expect(fresh.withOneName(fromData).name.en).toBe('Tajikistan');
  });

  it('keeps the data’s name for a state the library does not know', () => {
    const serbia: MemberState = { code: 'RS', name: { en: 'Republic of Serbia' }, status: 'observer' };
    expect(withOneName(serbia)).toBe(serbia);
  });
});
