#!/usr/bin/env node
// Runs every vitest project once and ends with one plain line, "N passed, N failed",
// which CI reads. Set TEST_DATABASE_URL to run the server tests on a PostgreSQL server
// instead of the embedded one: then only the server's tests run, since the packages' and the
// web app's tests (the browser tests start their own product on an embedded database) do not
// touch that server, and running them twice would only double CI's time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'quorum-tests-'));
const report = join(dir, 'report.json');
const database = process.env.TEST_DATABASE_URL ? `PostgreSQL at ${new URL(process.env.TEST_DATABASE_URL).host}` : 'the embedded PostgreSQL';
console.log(process.env.TEST_DATABASE_URL ? `Running the server's tests on ${database}, Node ${process.version}.` : `Running every test on ${database}, Node ${process.version}.`);
if (!existsSync('/usr/bin/chromium')) {
  console.log('Chromium is not at /usr/bin/chromium: the browser (end-to-end) tests will be skipped. Install it with `apt-get install chromium`.');
}

const projects = process.env.TEST_DATABASE_URL ? ['--project', 'server', '--project', 'server-isolated'] : [];
const run = spawnSync('npx', ['vitest', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR },
});

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  // CI shows only the end of the log: name each failed test next to the totals.
  for (const file of results.testResults) {
    for (const test of file.assertionResults) {
      if (test.status === 'failed') console.log(`FAILED ${file.name}: ${test.fullName}\n  ${(test.failureMessages[0] ?? '').split('\n')[0]}`);
    }
    if (file.status === 'failed' && file.assertionResults.length === 0) console.log(`FAILED ${file.name}: ${file.message}`);
  }
} catch {
  failed = 1; // no report: vitest itself failed to run
}
rmSync(dir, { recursive: true, force: true });
// Vitest fails a run for errors outside any test (e.g. an unhandled rejection): count it.
if (run.status !== 0 && failed === 0) {
  console.log('Vitest failed outside the tests (see "Unhandled Errors" above); counted as one failure.');
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
