#!/usr/bin/env node
/**
 * `npm test`, the one gate: type check, lint, unit tests, build, size budget, browser tests,
 * host pages (tests/host-pages/), package test, story tests. Every step runs even when an earlier one failed (so one run shows
 * everything that is broken), then one plain line: `N passed, N failed`.
 * Test steps report their own counts through a JSON file; a check step counts as one test.
 *
 * Quiet when green, loud when red: each step's whole output goes to `.tmp/logs/<step>.log` and the
 * terminal gets one line per step. A failed step's failures are printed at the end: the failing
 * tests with their stacks where the runner says which they are (`failures`, or vitest's own
 * "Failed Tests" section), otherwise the step's log, cut to its last MAX_PRINTED_LINES lines.
 * `npm test -- lint 'unit tests'` runs only the steps named.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const RESULTS = '.tmp/results';
const LOGS = '.tmp/logs';
rmSync(RESULTS, { recursive: true, force: true });
rmSync(LOGS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
mkdirSync(LOGS, { recursive: true });

const bin = (name) => join('node_modules', '.bin', name);

/**
 * Each step: what it is, the command, where a test step writes its counts, and where a runner
 * writes its failing tests' whole output (`failures`, printed instead of the log when the step fails).
 */
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
  {
    label: 'browser tests',
    command: bin('web-test-runner'),
    args: [],
    results: `${RESULTS}/browser.json`,
    failures: `${RESULTS}/browser-failures.txt`,
  },
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

/** Most lines of one failed step printed on the terminal; the log file always has all of them. */
const MAX_PRINTED_LINES = 400;

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

/** Runs a step with its output (stdout and stderr, as they come) in its log file; resolves to the exit code. */
function runLogged(command, args, logFile) {
  return new Promise((resolve) => {
    const log = createWriteStream(logFile);
    log.write(`$ ${[command, ...args].join(' ')}\n\n`);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', (error) => log.write(`\n${error.stack}\n`));
    child.on('close', (code, signal) => {
      if (signal) log.write(`\nkilled by ${signal}\n`);
      log.end(() => resolve(code ?? 1));
    });
  });
}

/** Terminal escapes (colours, the progress bars' cursor moves) that make a log unreadable as text. */
// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** What to print of a failed step: its failing tests' output when the runner gives it, else its log. */
function failureOutput({ failures }, logFile) {
  if (failures && existsSync(failures)) return readFileSync(failures, 'utf8');
  const log = readFileSync(logFile, 'utf8').replace(ESCAPES, '');
  // vitest's default reporter gathers its failures, with diffs and stacks, under headings at the
  // end: files that did not load, failed tests, errors outside a test. Print from the first.
  const vitestFailures = log.search(/^⎯+ (?:Failed Suites|Failed Tests|Unhandled Errors?)\b[^⎯]*⎯+$/m);
  if (vitestFailures >= 0) return log.slice(vitestFailures);
  return log;
}

/** The last `max` lines of a text, saying how many were left out and where they are. */
function lastLines(text, max, logFile) {
  const lines = text.trimEnd().split('\n');
  if (lines.length <= max) return lines.join('\n');
  return [`… ${lines.length - max} lines before these are in ${logFile}`, ...lines.slice(-max)].join('\n');
}

const slug = (label) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
// Logs are read as text: no colours unless the caller asks for them.
const env = { ...process.env, CSTO_RESULTS: RESULTS, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
const named = process.argv.slice(2);
const unknown = named.filter((label) => !STEPS.some((step) => step.label === label));
if (unknown.length) {
  console.error(`No step named ${unknown.join(', ')}; the steps: ${STEPS.map((step) => step.label).join(', ')}`);
  process.exit(2);
}
const steps = named.length ? STEPS.filter((step) => named.includes(step.label)) : STEPS;
let passed = 0;
let failed = 0;
const failedSteps = [];
console.log(
  `npm test: ${steps.length} step${steps.length === 1 ? '' : 's'}, each step's whole output in ${LOGS}/<step>.log`,
);
for (const step of steps) {
  const { label, command, args, results } = step;
  const logFile = `${LOGS}/${slug(label)}.log`;
  const started = Date.now();
  // On a terminal, say which step is running; the step's line then takes its place.
  if (process.stdout.isTTY) process.stdout.write(`…    ${label}`);
  const status = await runLogged(command, args, logFile);
  if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = results ? readCounts(results) : undefined;
  const stepPassed = counts?.passed ?? (status === 0 ? 1 : 0);
  let stepFailed = counts?.failed ?? (status === 0 ? 0 : 1);
  // A runner that failed without reporting a failing test (crash, no tests run) still fails.
  if (status !== 0 && stepFailed === 0) stepFailed = 1;
  passed += stepPassed;
  failed += stepFailed;
  if (stepFailed) failedSteps.push({ step, logFile });
  console.log(
    `${stepFailed ? 'FAIL' : 'ok  '} ${label.padEnd(14)} ${String(stepPassed).padStart(4)} passed ${String(stepFailed).padStart(3)} failed ${seconds.padStart(6)}s  ${logFile}`,
  );
}
for (const { step, logFile } of failedSteps) {
  console.log(`\n──── FAIL ${step.label} (whole log: ${logFile}) ────`);
  console.log(lastLines(failureOutput(step, logFile), MAX_PRINTED_LINES, logFile));
}
if (failedSteps.length) console.log('');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
