#!/usr/bin/env node
/**
 * `npm test`, the one gate: type check, lint, unit tests, build, size budget, browser tests,
 * package test, story tests. Every step runs even when an earlier one failed (so one run shows
 * everything that is broken), then one plain line: `N passed, N failed`.
 * Test steps report their own counts through a JSON file; a check step counts as one test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const RESULTS = '.tmp/results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const bin = (name) => join('node_modules', '.bin', name);

/** Each step: what it is, the command, and where a test step writes its counts. */
const STEPS = [
  { label: 'type check', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  { label: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  {
    label: 'unit tests',
    command: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile=${RESULTS}/unit.json`],
    results: `${RESULTS}/unit.json`,
  },
  { label: 'build', command: 'npm', args: ['run', '--silent', 'build'] },
  { label: 'size budget', command: 'node', args: ['scripts/size.mjs', '--check'], results: `${RESULTS}/size.json` },
  { label: 'browser tests', command: bin('web-test-runner'), args: [], results: `${RESULTS}/browser.json` },
  { label: 'host pages', command: 'node', args: ['tests/host-pages/run.mjs'], results: `${RESULTS}/host-pages.json` },
  { label: 'package test', command: 'node', args: ['scripts/pack-test.mjs'], results: `${RESULTS}/pack.json` },
  {
    label: 'story tests',
    command: bin('vitest'),
    args: [
      'run',
      '--config',
      '.storybook/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${RESULTS}/stories.json`,
    ],
    results: `${RESULTS}/stories.json`,
  },
];

/** `{ passed, failed }` from a step's results file: vitest's JSON report, or our own plain one. */
function readCounts(path) {
  try {
    const json = JSON.parse(readFileSync(path, 'utf8'));
    return 'numPassedTests' in json
      ? { passed: json.numPassedTests, failed: json.numFailedTests }
      : { passed: json.passed, failed: json.failed };
  } catch {
    return undefined;
  }
}

const env = { ...process.env, CSTO_RESULTS: RESULTS, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' };
let passed = 0;
let failed = 0;
const summary = [];
for (const { label, command, args, results } of STEPS) {
  console.log(`\n\u25b6 ${label}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = results ? readCounts(results) : undefined;
  const stepPassed = counts?.passed ?? (status === 0 ? 1 : 0);
  let stepFailed = counts?.failed ?? (status === 0 ? 0 : 1);
  // A runner that failed without reporting a failing test (crash, no tests run) still fails.
  if (status !== 0 && stepFailed === 0) stepFailed = 1;
  passed += stepPassed;
  failed += stepFailed;
  summary.push(
    `${status === 0 ? 'ok  ' : 'FAIL'} ${label.padEnd(14)} ${String(stepPassed).padStart(4)} passed ${String(stepFailed).padStart(3)} failed  ${seconds}s`,
  );
}
console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
