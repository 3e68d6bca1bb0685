import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', '.tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/browser/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // TypeScript checks names itself, with the right globals per tsconfig.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Scripts, configs and the test server run in Node.
    files: ['**/*.mjs', '*.config.{js,ts}', '.storybook/**/*.ts', 'scripts/**', 'tests/server/**'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    // Plain scripts that pages load: the demo, the benchmark pages, the security test pages.
    files: ['demo/**/*.js', 'bench/**/*.js', 'tests/security/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Tests and benchmarks report what they measure.
    files: ['tests/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['tests/browser/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
