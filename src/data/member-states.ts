import type { MemberState } from './release.js';

/**
 * The CSTO member states, for pages whose endpoint sends no `memberStates`. Names are the short
 * official names in each UI language, as the CSTO writes them (`Kyrgyz Republic`, `Russian Federation`).
 */
export const BUILT_IN_MEMBER_STATES: readonly MemberState[] = [
  {
    code: 'AM',
    status: 'member',
    name: {
      en: 'Armenia',
      ru: 'Армения',
      hy: 'Հայաստան',
      be: 'Арменія',
      kk: 'Армения',
      ky: 'Армения',
      tg: 'Арманистон',
    },
  },
  {
    code: 'BY',
    status: 'member',
    name: {
      en: 'Belarus',
      ru: 'Беларусь',
      hy: 'Բելառուս',
      be: 'Беларусь',
      kk: 'Беларусь',
      ky: 'Беларусь',
      tg: 'Беларус',
    },
  },
  {
    code: 'KZ',
    status: 'member',
    name: {
      en: 'Kazakhstan',
      ru: 'Казахстан',
      hy: 'Ղազախստան',
      be: 'Казахстан',
      kk: 'Қазақстан',
      ky: 'Казакстан',
      tg: 'Қазоқистон',
    },
  },
  {
    code: 'KG',
    status: 'member',
    name: {
      en: 'Kyrgyz Republic',
      ru: 'Кыргызская Республика',
      hy: 'Ղրղզստանի Հանրապետություն',
      be: 'Кыргызская Рэспубліка',
      kk: 'Қырғыз Республикасы',
      ky: 'Кыргыз Республикасы',
      tg: 'Ҷумҳурии Қирғизистон',
    },
  },
  {
    code: 'RU',
    status: 'member',
    name: {
      en: 'Russian Federation',
      ru: 'Российская Федерация',
      hy: 'Ռուսաստանի Դաշնություն',
      be: 'Расійская Федэрацыя',
      kk: 'Ресей Федерациясы',
      ky: 'Россия Федерациясы',
      tg: 'Федератсияи Россия',
    },
  },
  {
    code: 'TJ',
    status: 'member',
    name: {
      en: 'Tajikistan',
      ru: 'Таджикистан',
      hy: 'Տաջիկստան',
      be: 'Таджыкістан',
      kk: 'Тәжікстан',
      ky: 'Тажикстан',
      tg: 'Тоҷикистон',
    },
  },
];

/**
 * The one rule for naming a member state, in every element on every page: a state this library
 * knows keeps its built-in names, whatever an endpoint's `memberStates` (or an element's
 * `memberStates` property) calls it; the data's names name the states it does not know, and fill
 * in languages it has no name in. The data still decides which states there are, their status and
 * their flag. So a card's tooltip and a badge beside it never disagree, however many endpoints a
 * page loads and in whatever order they answer.
 */
export function withOneName(state: MemberState): MemberState {
  const builtIn = BUILT_IN_MEMBER_STATES.find((candidate) => candidate.code === state.code);
  return builtIn ? { ...state, name: { ...state.name, ...builtIn.name } } : state;
}
