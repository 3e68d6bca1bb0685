import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, FOREGROUND_FLAGS } from './scripts/chromium.mjs';
import { endpointMiddleware } from './tests/server/endpoint-plugin.mjs';
import { failuresFileReporter } from './tests/server/failures-reporter.mjs';
import { heldPartsMiddleware } from './tests/server/held-parts-plugin.mjs';
import { madeUpUrlsMiddleware } from './tests/server/made-up-urls-plugin.mjs';
import { mediaFeaturesPlugin } from './tests/server/media-features-plugin.mjs';
import { pastedPageMiddleware } from './tests/server/pasted-page-plugin.mjs';
import { resultsFileReporter } from './tests/server/results-reporter.mjs';
import { securityMiddleware } from './tests/server/security-plugin.mjs';
import { serverRenderMiddleware } from './tests/server/server-render-plugin.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['tests/browser/**/*.test.ts'],
  // `production` drops Lit's dev-mode warning; `browser` picks the browser builds of dependencies.
  nodeResolve: { exportConditions: ['production', 'browser'] },
  plugins: [
    // The tsconfig carries experimentalDecorators; without it esbuild ships TC39 decorators raw.
    mediaFeaturesPlugin(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' }),
  ],
  middleware: [
    madeUpUrlsMiddleware(),
    endpointMiddleware(),
    securityMiddleware(),
    pastedPageMiddleware(),
    serverRenderMiddleware(),
    heldPartsMiddleware(),
  ],
  browsers: [
    chromeLauncher({
      // Each test file in a browser context (a window) of its own: two files run at once, and a
      // page that is a background tab is hidden, so IntersectionObserver, animation frames and
      // our hidden-tab refresh pause would stall it. Own contexts also keep sessionStorage apart.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        // puppeteer-core gives every launch its own temporary --user-data-dir and removes it after.
        // Test files run two at a time, one page each; neither may be throttled as a background tab.
        args: [...CHROMIUM_FLAGS, ...FOREGROUND_FLAGS],
      },
    }),
  ],
  reporters: [defaultReporter(), resultsFileReporter(), failuresFileReporter()],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
};
