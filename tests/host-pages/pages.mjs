/**
 * The host pages of the matrix: real stylesheets from npm and hostile ones written here. Each page
 * has sections (a background and text colour of its own, or a host text property to resist); the
 * harness puts every element in every state into every section.
 *
 * Fields: `stylesheets` are files under node_modules; `css` is the page's own CSS; `html` the
 * attributes of `<html>`; `header` markup before the sections; `sections` name a section and give
 * its `class` and other `attributes`.
 */

/** Tailwind utilities the pages use, written out with the values of tailwindcss 4's theme.css. */
const TAILWIND_UTILITIES = `
  .bg-white { background-color: #fff; }
  .bg-slate-100 { background-color: oklch(96.8% 0.007 247.896); }
  .bg-slate-900 { background-color: oklch(20.8% 0.042 265.755); }
  .text-white { color: #fff; }
  .text-slate-900 { color: oklch(20.8% 0.042 265.755); }
  .text-slate-700 { color: oklch(37.2% 0.044 257.287); }
  .text-slate-200 { color: oklch(92.9% 0.013 255.508); }
  .p-6 { padding: 1.5rem; }
  .py-16 { padding-block: 4rem; }
  body { font-family: ui-sans-serif, system-ui, sans-serif; }
`;

/**
 * What a WordPress block theme (Twenty Twenty-Four's theme.json, as WordPress prints it) puts on a
 * page: presets as custom properties, body type, underlined links in the text colour, constrained
 * layout, and group blocks with preset backgrounds.
 */
const WORDPRESS_BLOCK_THEME = `
  :root {
    --wp--preset--color--base: #f9f9f9;
    --wp--preset--color--contrast: #111111;
    --wp--preset--color--contrast-2: #636363;
    --wp--preset--color--accent-5: #b5bdbc;
    --wp--preset--font-size--medium: clamp(1rem, 1rem + ((1vw - 0.2rem) * 0.2), 1.2rem);
    --wp--preset--font-family--body: "Inter", sans-serif;
    --wp--style--global--content-size: 620px;
    --wp--style--root--padding-left: min(6.5rem, 8vw);
    --wp--style--root--padding-right: min(6.5rem, 8vw);
  }
  body {
    margin: 0;
    background-color: var(--wp--preset--color--base);
    color: var(--wp--preset--color--contrast);
    font-family: var(--wp--preset--font-family--body);
    font-size: var(--wp--preset--font-size--medium);
    font-weight: 400;
    line-height: 1.55;
  }
  a:where(:not(.wp-element-button)) { color: var(--wp--preset--color--contrast); text-decoration: underline; }
  h1, h2, h3, h4, h5, h6 { font-weight: 400; line-height: 1.2; }
  :where(.wp-site-blocks) > * { margin-block-start: 1.2rem; margin-block-end: 0; }
  .has-global-padding {
    padding-right: var(--wp--style--root--padding-right);
    padding-left: var(--wp--style--root--padding-left);
  }
  .is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull)) {
    max-width: var(--wp--style--global--content-size);
    margin-left: auto !important;
    margin-right: auto !important;
  }
  :where(.wp-block-group.has-background) { padding: 1.25em 2.375em; }
  .has-contrast-background-color { background-color: var(--wp--preset--color--contrast) !important; }
  .has-base-color { color: var(--wp--preset--color--base) !important; }
  .has-accent-5-background-color { background-color: var(--wp--preset--color--accent-5) !important; }
  .has-contrast-color { color: var(--wp--preset--color--contrast) !important; }
`;

/** @type {{ name: string, stylesheets?: string[], css?: string, html?: Record<string, string>, header?: string, sections: { name: string, class?: string, attributes?: string }[] }[]} */
export const HOST_PAGES = [
  {
    name: 'plain',
    sections: [{ name: 'page' }],
  },
  {
    name: 'bootstrap',
    stylesheets: ['bootstrap/dist/css/bootstrap.min.css'],
    sections: [
      { name: 'container', class: 'container py-3' },
      { name: 'text-bg-dark', class: 'text-bg-dark p-4' },
      { name: 'alert-warning', class: 'alert alert-warning' },
      { name: 'text-bg-secondary', class: 'text-bg-secondary p-4' },
      { name: 'data-bs-theme-dark', class: 'bg-body text-body p-4', attributes: 'data-bs-theme="dark"' },
    ],
  },
  {
    name: 'tailwind',
    stylesheets: ['tailwindcss/preflight.css'],
    css: TAILWIND_UTILITIES,
    sections: [
      { name: 'hero-slate-900', class: 'bg-slate-900 text-white py-16 p-6' },
      { name: 'slate-100', class: 'bg-slate-100 text-slate-700 p-6' },
      { name: 'white', class: 'bg-white text-slate-900 p-6' },
    ],
  },
  {
    name: 'wordpress',
    css: WORDPRESS_BLOCK_THEME,
    sections: [
      { name: 'constrained', class: 'wp-block-group is-layout-constrained has-global-padding' },
      {
        name: 'contrast-group',
        class: 'wp-block-group has-background has-contrast-background-color has-base-color is-layout-constrained',
      },
      {
        name: 'accent-5-group',
        class: 'wp-block-group has-background has-accent-5-background-color has-contrast-color is-layout-constrained',
      },
    ],
  },
  {
    name: 'modern-normalize',
    stylesheets: ['modern-normalize/modern-normalize.css'],
    sections: [{ name: 'page' }],
  },
  {
    name: 'root-62.5',
    css: 'html { font-size: 62.5%; } body { font-size: 1.2rem; }',
    sections: [{ name: 'page' }],
  },
  {
    name: 'inherited-text',
    css: `
      .upper { text-transform: uppercase; letter-spacing: 0.2em; }
      .spaced { word-spacing: 0.6em; text-indent: 3em; }
      .justify { text-align: justify; }
      .center { text-align: center; }
      .tight { line-height: 0.9; }
      .nowrap { white-space: nowrap; }
      .pre { white-space: pre; }
    `,
    sections: [
      { name: 'uppercase-letter-spacing', class: 'upper' },
      { name: 'word-spacing-indent', class: 'spaced' },
      { name: 'justify', class: 'justify' },
      { name: 'center', class: 'center' },
      { name: 'line-height-0.9', class: 'tight' },
      { name: 'nowrap', class: 'nowrap' },
      { name: 'pre', class: 'pre' },
    ],
  },
  {
    name: 'content-box',
    css: '*, *::before, *::after { box-sizing: content-box !important; }',
    sections: [{ name: 'page' }],
  },
  {
    name: 'all-unset',
    css: 'div, p, span, a, button, section, article, ul, li, h1, h2, h3, h4, h5, h6, time, main, header { all: unset; }',
    sections: [{ name: 'page' }],
  },
  {
    name: 'rtl',
    html: { dir: 'rtl' },
    sections: [{ name: 'page' }],
  },
  {
    name: 'sticky-header',
    css: `
      body { margin: 0; }
      .site-header { position: sticky; top: 0; z-index: 1000; height: 80px; background: #123; color: #fff; }
    `,
    header: '<header class="site-header">Site header, 80 px, sticky</header>',
    sections: [{ name: 'page' }],
  },
  {
    name: 'sections',
    css: `
      .light { background: #fff; color: #222; }
      .grey { background: #808080; color: #000; }
      .dark { background: #1e1e1e; color: #f0f0f0; }
      .scheme-light { color-scheme: light; }
      .scheme-dark { color-scheme: dark; }
    `,
    sections: [
      { name: 'light', class: 'light' },
      { name: 'grey', class: 'grey' },
      { name: 'dark', class: 'dark' },
      { name: 'light-scheme', class: 'light scheme-light' },
      { name: 'grey-scheme', class: 'grey scheme-light' },
      { name: 'dark-scheme', class: 'dark scheme-dark' },
    ],
  },
];

/** The widths of the matrix, with a height a device of that width has. */
export const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
  { width: 768, height: 1024 },
  { width: 1280, height: 900 },
];
