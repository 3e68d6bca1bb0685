import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inspect } from 'node:util';

/** Each failed test under a result tree, with the names of the suites around it. */
function* failedTests(suite, path = []) {
  for (const test of suite?.tests ?? []) {
    if (!test.passed && !test.skipped) yield { name: [...path, test.name].join(' › '), error: test.error };
  }
  for (const child of suite?.suites ?? []) yield* failedTests(child, [...path, child.name]);
}

/** An error as a reader needs it: the stack (which starts with the message), and a diff's two sides. */
function describeError(error) {
  if (!error) return '(no error reported)';
  const lines = [
    error.stack?.includes(error.message) ? error.stack : [error.message, error.stack].filter(Boolean).join('\n'),
  ];
  if (error.expected !== undefined || error.actual !== undefined) {
    lines.push(`expected: ${error.expected}`, `actual:   ${error.actual}`);
  }
  return lines.join('\n');
}

const indent = (text, by = '    ') => String(text).replace(/^/gm, by);

/**
 * A web-test-runner reporter that writes, for `npm test` to print when the browser step fails, the
 * whole output of every failure to `$CSTO_RESULTS/browser-failures.txt`: each failed test with its
 * error and stack, errors outside a test (a file that did not load), and that file's browser logs.
 * A green run writes nothing.
 */
export function failuresFileReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const dir = process.env.CSTO_RESULTS;
      if (!dir) return;
      const report = [];
      for (const session of sessions) {
        if (session.passed) continue;
        const section = [`${relative(process.cwd(), session.testFile)} (${session.browser?.name ?? 'browser'})`];
        for (const error of [...(session.errors ?? []), ...(session.testResults?.errors ?? [])]) {
          section.push(indent(`✗ error outside a test\n${indent(describeError(error))}`));
        }
        for (const { name, error } of failedTests(session.testResults)) {
          section.push(indent(`✗ ${name}\n${indent(describeError(error))}`));
        }
        if (session.logs?.length) {
          const logs = session.logs.map((args) =>
            args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 4 }))).join(' '),
          );
          section.push(indent(`browser logs of this file:\n${indent(logs.join('\n'))}`));
        }
        report.push(section.join('\n'));
      }
      if (!report.length) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'browser-failures.txt'), `${report.join('\n\n')}\n`);
    },
  };
}
