import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { LIT_ENTRY_POINTS } from './main.js';

/**
 * Story tests (`npm run test:stories`): every story renders, and its play function passes, in
 * Debian Chromium. Kept apart from vitest.config.ts so the unit tests stay Node-only.
 */
export default defineConfig({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('.', import.meta.url)) })],
  // Lit's production build everywhere, as in main.ts: one Lit, without the dev-mode warning.
  resolve: { conditions: ['production', 'browser'] },
  optimizeDeps: { include: LIT_ENTRY_POINTS },
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
