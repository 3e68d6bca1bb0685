import { LANGS, loadedCatalogue, type Lang } from '../i18n/languages.js';
import enStates from '../i18n/messages/en/states.js';
import type { LocalizedText, MemberState } from './release.js';

type BuiltInCode = keyof typeof enStates.names;

/**
 * The name of a built-in state in `lang`: English at once, another language from its catalogue's
 * `states.names` once that is loaded (an element renders in a language only then), so a page
 * carries the names of the languages it speaks, not all seven.
 */
const builtInName = (code: BuiltInCode, lang: Lang): string | undefined =>
  lang === 'en' ? enStates.names[code] : loadedCatalogue(lang)?.states.names[code];

/** Every UI language's name of `code`, each read when asked for; a language not loaded yet has none. */
function builtInNames(code: BuiltInCode): LocalizedText {
  const names = {};
  for (const lang of LANGS)
    Object.defineProperty(names, lang, { enumerable: true, get: () => builtInName(code, lang) });
  return names;
}

/**
 * The CSTO member states, for pages whose endpoint sends no `memberStates`: the states the English
 * catalogue names, in its order, each named in every UI language by the catalogues.
 */
export const BUILT_IN_MEMBER_STATES: readonly MemberState[] = (Object.keys(enStates.names) as BuiltInCode[]).map(
  (code) => ({ code, status: 'member', name: builtInNames(code) }),
);

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
  if (!builtIn) return state;
  const name: Record<string, string> = { ...state.name };
  for (const [lang, text] of Object.entries(builtIn.name)) if (text) name[lang] = text;
  return { ...state, name };
}
