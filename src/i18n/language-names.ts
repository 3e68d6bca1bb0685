import type { Lang } from './index.js';

/** Each language the UI speaks, named in itself: for language pickers (Storybook, the embed builder). */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  ru: 'Русский',
  hy: 'Հայերեն',
  be: 'Беларуская',
  kk: 'Қазақша',
  ky: 'Кыргызча',
  tg: 'Тоҷикӣ',
};
