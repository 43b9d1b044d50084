// Runs every check of `npm test` in CI order and prints one total line at the end:
// typecheck → lint → format check → unit tests → level validation → browser suite.
// Each step runs even when an earlier one failed, so one run shows every problem.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORT_DIR = 'test-results/reports';
rmSync(REPORT_DIR, { recursive: true, force: true });
mkdirSync(REPORT_DIR, { recursive: true });

/** A check that is one test: it passes or fails as a whole. */
const checks = [
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'format check', command: 'npm', args: ['run', '--silent', 'format:check'] },
];

/** A Vitest run whose passed and failed tests are counted from its JSON report. */
const suites = [
  { name: 'unit tests', config: 'vitest.config.ts', report: `${REPORT_DIR}/unit.json` },
  { name: 'browser suite', config: 'vitest.e2e.config.ts', report: `${REPORT_DIR}/e2e.json` },
];

let passed = 0;
let failed = 0;
const lines = [];

function run(command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

for (const check of checks) {
  console.log(`\n── ${check.name} ──`);
  const { ok, seconds } = run(check.command, check.args);
  if (ok) {
    passed += 1;
  } else {
    failed += 1;
  }
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${check.name} (${seconds} s)`);
}

for (const suite of suites) {
  console.log(`\n── ${suite.name} ──`);
  const { ok, seconds } = run('npx', [
    'vitest',
    'run',
    '--config',
    suite.config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${suite.report}`,
  ]);
  let suitePassed = 0;
  let suiteFailed = 0;
  if (existsSync(suite.report)) {
    const report = JSON.parse(readFileSync(suite.report, 'utf8'));
    suitePassed = report.numPassedTests;
    suiteFailed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  }
  // A suite that crashed before reporting, or failed outside any test, still counts as a failure.
  if (!ok && suiteFailed === 0) {
    suiteFailed = 1;
  }
  passed += suitePassed;
  failed += suiteFailed;
  lines.push(
    `${ok ? 'ok  ' : 'FAIL'} ${suite.name}: ${suitePassed} passed, ${suiteFailed} failed (${seconds} s)`,
  );
}

console.log('\n── summary ──');
for (const line of lines) {
  console.log(line);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
