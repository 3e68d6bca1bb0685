/**
 * The project's web-test-runner config plus the security middleware, for running the security
 * tests alone: `web-test-runner --config tests/security/wtr.config.mjs [--files ...]`.
 * (The project config should list `securityMiddleware()` itself; then this file is a shortcut.)
 */
import base from '../../web-test-runner.config.mjs';
import { securityMiddleware } from '../server/security-plugin.mjs';

const alreadyThere = base.middleware.some((middleware) => middleware.name === 'security');

export default {
  ...base,
  files: [
    'tests/browser/xss.test.ts',
    'tests/browser/csp.test.ts',
    'tests/browser/hostile-page.test.ts',
    'tests/browser/lifecycle.test.ts',
    'tests/browser/network.test.ts',
  ],
  middleware: alreadyThere ? base.middleware : [...base.middleware, securityMiddleware()],
};
