import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { configure as configureTesting } from 'storybook/test';
import { classMap } from 'lit/directives/class-map.js';
// Written by `npm run analyze` (the storybook scripts run it first): the docs pages' attributes,
// properties, events, slots, parts and custom properties all come from here.
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import { LANGS } from '../src/i18n/index.js';
import { LANGUAGE_NAMES } from '../src/i18n/language-names.js';
import '../src/index.js';
import { argTypesFromManifest } from './manifest-arg-types.js';
import './preview.css';

setCustomElementsManifest(manifest);

// Play functions wait for a state by condition; on a busy machine data can take more than the
// default second to arrive, and a slow wait is not a failure.
configureTesting({ asyncUtilTimeout: 10_000 });

/** The toolbar's page backgrounds; `dark` also turns the page's text light (preview.css). */
const BACKGROUNDS = {
  light: { name: 'Light', value: '#ffffff' },
  dark: { name: 'Dark', value: '#15181d' },
};

/** The widths a host page is judged at: a small phone, a tablet, a desktop column. */
const VIEWPORTS = {
  phone: { name: 'Phone, 320 px', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  tablet: { name: 'Tablet, 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop, 1280 px', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

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
  initialGlobals: { lang: 'en', backgrounds: { value: 'light' } },
  decorators: [
    (story, { globals }) =>
      html`<div
        class="csto-story ${classMap({ 'csto-story--dark': globals.backgrounds?.value === 'dark' })}"
        lang=${globals.lang ?? 'en'}
      >
        ${story()}
      </div>`,
  ],
  parameters: {
    // Attributes, properties, events, slots, custom properties and parts, each under its own key.
    docs: { toc: true, extractArgTypes: (tagName: string) => argTypesFromManifest(manifest, tagName) },
    controls: { expanded: true },
    backgrounds: { options: BACKGROUNDS },
    viewport: { options: VIEWPORTS },
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
