/**
 * `import { ky, tg } from 'csto-widgets/date-fns-locales'`: date-fns locales for Kyrgyz and Tajik,
 * which date-fns itself does not ship (month names in both cases, weekdays, ordinals, distances,
 * relative words, parsing). The elements format dates from their own catalogues and do not load
 * these; they are here for pages that use date-fns themselves. No side effects.
 */
export { ky } from './i18n/locales/ky.js';
export { tg } from './i18n/locales/tg.js';
