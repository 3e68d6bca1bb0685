import type { LocalizedText } from './release.js';

// Readers of the member states' other languages read Russian far more often than English.
const RUSSIAN_FIRST = new Set(['hy', 'be', 'kk', 'ky', 'tg']);

/**
 * The text of a language map in `lang`, else the nearest language a reader of `lang` is likely to
 * read (Russian for the member states' languages, English for the rest), else any.
 */
export function pickText(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  const chain = RUSSIAN_FIRST.has(lang) ? [lang, 'ru', 'en'] : [lang, 'en', 'ru'];
  for (const code of chain) {
    const value = text[code];
    if (value) return value;
  }
  return Object.values(text).find(Boolean) ?? '';
}
