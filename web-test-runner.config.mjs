import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { endpointMiddleware } from './tests/server/endpoint-plugin.mjs';
import { resultsFileReporter } from './tests/server/results-reporter.mjs';
import { securityMiddleware } from './tests/server/security-plugin.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['tests/browser/**/*.test.ts'],
  // `production` drops Lit's dev-mode warning; `browser` picks the browser builds of dependencies.
  nodeResolve: { exportConditions: ['production', 'browser'] },
  plugins: [
    // The tsconfig carries experimentalDecorators; without it esbuild ships TC39 decorators raw.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' }),
  ],
  middleware: [endpointMiddleware(), securityMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        // puppeteer-core gives every launch its own temporary --user-data-dir and removes it after.
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
  ],
  reporters: [defaultReporter(), resultsFileReporter()],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
};
