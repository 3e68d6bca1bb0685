import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';
import { LIT_ENTRY_POINTS } from './main.js';

/**
 * Story tests (`npm run test:stories`), in two projects. `stories`: every story renders, its play
 * function passes and its look matches the reference screenshot, in Debian Chromium. `storybook`:
 * Node tests of the Storybook itself (its tables and controls, the static build under a sub-path,
 * the console). Kept apart from vitest.config.ts so the unit tests stay Node-only.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.', import.meta.url)) })],
        // Lit's production build everywhere, as in main.ts: one Lit, without the dev-mode warning.
        resolve: { conditions: ['production', 'browser'] },
        optimizeDeps: { include: LIT_ENTRY_POINTS },
        test: {
          name: 'stories',
          // A failing snapshot's actual and diff images, out of the working tree.
          attachmentsDir: '.tmp/story-screenshots',
          setupFiles: [fileURLToPath(new URL('vitest.setup.ts', import.meta.url))],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
              // Room for the stories' 1200 × 900 frame, so Vitest never scales it down to fit.
              contextOptions: { viewport: { width: 1280, height: 1000 } },
            }),
            instances: [{ browser: 'chromium' }],
            expect: {
              toMatchScreenshot: {
                // Animations and the caret frozen; the stories pin "now" and read local data only.
                screenshotOptions: { animations: 'disabled', caret: 'hide' },
              },
            },
          },
        },
      },
      {
        test: {
          name: 'storybook',
          environment: 'node',
          include: ['.storybook/tests/**/*.test.ts'],
          // The static-build test builds Storybook first (about 15 s here, more on a busy machine).
          hookTimeout: 180_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
