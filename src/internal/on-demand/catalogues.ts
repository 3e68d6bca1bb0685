/** Catalogues other than English, loaded on first use (see README.md). Not public API. */
import type { Messages } from '../../i18n/catalogue.js';

/** Languages whose catalogue is loaded on first use. */
export type OnDemandLang = 'ru' | 'hy' | 'be' | 'kk' | 'ky' | 'tg';

export interface CatalogueModule {
  readonly default: Messages;
}

const CATALOGUES: Record<OnDemandLang, () => Promise<CatalogueModule>> = {
  ru: () => import('../../i18n/messages/ru.js'),
  hy: () => import('../../i18n/messages/hy.js'),
  be: () => import('../../i18n/messages/be.js'),
  kk: () => import('../../i18n/messages/kk.js'),
  ky: () => import('../../i18n/messages/ky.js'),
  tg: () => import('../../i18n/messages/tg.js'),
};

export const loadCatalogue = (lang: OnDemandLang): Promise<CatalogueModule> => CATALOGUES[lang]();
