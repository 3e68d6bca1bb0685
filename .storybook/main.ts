import type { StorybookConfig } from '@storybook/web-components-vite';
import { litProductionBuild, pendingEndpoint } from './vite-plugins.js';

/**
 * Storybook for designers: every element in every state. The stories read the demo's sample data
 * (`data/…`) and the test fixtures (`fixtures/…`) as static files, by URLs relative to the
 * Storybook itself, so they work the same in `npm run storybook`, in the story tests and in a
 * static build served under any path.
 */
/**
 * Every Lit module the stories and elements import. Pre-bundled together they share one copy of
 * lit-html; one left out is served raw, and its second lit-html breaks rendering.
 */
export const LIT_ENTRY_POINTS = [
  'lit',
  'lit/decorators.js',
  'lit/html.js',
  'lit/directive.js',
  '@lit/reactive-element/css-tag.js',
  'lit/directives/class-map.js',
  'lit/directives/repeat.js',
  'lit/directives/unsafe-html.js',
  'lit/directives/style-map.js',
  'lit/directives/if-defined.js',
  'lit/static-html.js',
  // Storybook's web-components renderer imports this one.
  'lit/directive-helpers.js',
  '@lit/task',
];

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [
    { from: '../demo/data', to: '/data' },
    { from: '../tests/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    // One pre-bundled copy of Lit, in its `production` build (no dev-mode warning).
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), ...LIT_ENTRY_POINTS],
    };
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['production', 'browser', 'module', 'import', 'default'],
    };
    viteConfig.plugins = [...(viteConfig.plugins ?? []), litProductionBuild(), pendingEndpoint()];
    viteConfig.build = {
      ...viteConfig.build,
      // Storybook's own runtime (docs renderer, axe) is 1–1.3 MB a chunk; it is a tool, never shipped.
      chunkSizeWarningLimit: 2048,
      // Rolldown's timing notes measure the machine's load, not the stories.
      rolldownOptions: { ...viteConfig.build?.rolldownOptions, checks: { bundlerTimings: false } },
    };
    return viteConfig;
  },
};

export default config;
