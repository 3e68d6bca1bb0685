import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Counts passed and failed tests over a result tree of @web/test-runner. */
function count(results, totals) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, totals);
}

/**
 * A web-test-runner reporter that writes `{ passed, failed }` to `$CSTO_RESULTS/browser.json` for
 * the `npm test` summary. A test file that failed to load or threw outside a test counts as a failure.
 */
export function resultsFileReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const dir = process.env.CSTO_RESULTS;
      if (!dir) return;
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length || session.testResults?.errors?.length)) totals.failed++;
      }
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'browser.json'), JSON.stringify(totals));
    },
  };
}
