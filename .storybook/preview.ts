import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Written by `npm run analyze` (the storybook scripts run it first): the docs pages' attributes,
// properties, events, slots, parts and custom properties all come from here.
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import { LANGS } from '../src/i18n/index.js';
import '../src/index.js';

setCustomElementsManifest(manifest);

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  ru: 'Русский',
  hy: 'Հայերեն',
  be: 'Беларуская',
  kk: 'Қазақша',
  ky: 'Кыргызча',
  tg: 'Тоҷикӣ',
};

const preview: Preview = {
  // The toolbar's language is the `lang` of a wrapper: elements without their own `lang` follow it.
  globalTypes: {
    lang: {
      description: 'Language of the elements (the `lang` of a wrapper around the story)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGS.map((lang) => ({ value: lang, title: LANGUAGE_NAMES[lang] ?? lang })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [(story, { globals }) => html`<div lang=${globals.lang ?? 'en'}>${story()}</div>`],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    // axe on every story, in the a11y panel and in the story tests: a violation fails the run.
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
