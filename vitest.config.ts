import { defineConfig } from 'vitest/config';

// Unit tests run in Node; a file that needs a DOM opts in with `// @vitest-environment jsdom`.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/quiet-lit.ts'],
  },
});
