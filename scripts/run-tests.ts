/**
 * `npm test`: every test, in the order they depend on each other.
 *   0. lint — ESLint (zero warnings) and the layer rules (.dependency-cruiser.cjs)
 *   1. content:check — the curriculum validates (fails the run on any lesson error)
 *   2. unit + component tests (vitest, jsdom, fake-indexeddb), then the pure modules' tests in Node
 *   3. the production build, then tests that read dist/ (precache, byte budget, old browsers)
 *   4. end-to-end tests in Debian's Chromium against the built app
 * Without Chromium, step 4 is skipped with a loud message — unless CI=true or REQUIRE_BROWSER=1,
 * where a missing browser fails the run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from './chromium.ts';
import { PROJECT_ROOT } from './content/config.ts';

const RESULTS = path.join(PROJECT_ROOT, '.cache/test-results');
const requireBrowser = process.env.CI === 'true' || process.env.CI === '1' || process.env.REQUIRE_BROWSER === '1';

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
/** Failed tests by name, printed again at the end: CI keeps only the tail of a long log. */
const failures: string[] = [];

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: { name: string; status?: string; message?: string; assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[] }[];
}

/** The first line of a failure message, without colour codes, short enough for a summary. */
function firstLine(message: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const plain = (message ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const line = plain.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim().slice(0, 300);
}

function collectFailures(project: string, json: VitestReport): void {
  for (const file of json.testResults ?? []) {
    const relative = path.relative(PROJECT_ROOT, file.name);
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const test of failedTests) failures.push(`[${project}] ${relative} › ${test.fullName}\n    ${firstLine(test.failureMessages?.[0])}`);
    // A file that failed to load has no failed test of its own, only a message.
    if (failedTests.length === 0 && file.status === 'failed') failures.push(`[${project}] ${relative}\n    ${firstLine(file.message)}`);
  }
}

/** Each step's wall time, printed at the end: where `npm test`'s minutes go. */
const timings: string[] = [];

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n━━ ${title} ━━`);
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env: process.env });
  timings.push(`${title} ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return result.status === 0;
}

/** One vitest run of `projects` (named after the first), its report read for the totals. */
function vitest(...projects: string[]): boolean {
  const project = projects[0]!;
  fs.mkdirSync(RESULTS, { recursive: true });
  const report = path.join(RESULTS, `${project}.json`);
  fs.rmSync(report, { force: true });
  const selected = projects.flatMap((name) => ['--project', name]);
  const ok = run(`${project} tests`, 'npx', ['vitest', 'run', ...selected, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8')) as VitestReport;
    collectFailures(project, json);
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  } else if (!ok) {
    totals.failed += 1;
    failures.push(`[${project}] vitest wrote no report`);
  }
  return ok;
}

/** A check that is not a vitest run counts as one test, so a failing linter shows in the totals. */
function countedStep(title: string, command: string, args: string[]): boolean {
  const ok = run(title, command, args);
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(`[${title}] failed: its output is above`);
  }
  return ok;
}

function finish(ok: boolean): never {
  console.log(`\nTimes: ${timings.join(', ')}`);
  if (failures.length > 0) console.log(`\nFailed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  process.exit(ok ? 0 : 1);
}

const steps: (() => boolean)[] = [
  () => countedStep('lint', 'npm', ['run', '--silent', 'lint']),
  () => countedStep('content check', 'npx', ['tsx', 'scripts/content-check.ts']),
  () => vitest('unit', 'unit-isolated'),
  () => vitest('unit-node'),
  () => run('production build', 'npm', ['run', '--silent', 'build']),
  () => vitest('build'),
];

let ok = true;
for (const step of steps) {
  // Keep going after a failure where later steps can still run, so one run shows every problem;
  // but tests of dist/ need a build.
  const passed = step();
  ok &&= passed;
}

if (!fs.existsSync(path.join(PROJECT_ROOT, 'dist/sw.js'))) finish(false);

if (!findChromium()) {
  const message = 'Chromium was not found at /usr/bin/chromium: the end-to-end tests did NOT run.\nInstall it with: sudo apt-get update && sudo apt-get install -y chromium';
  if (requireBrowser) {
    console.error(`\n✗ ${message}\n(CI=true or REQUIRE_BROWSER=1: a missing browser is a failure.)`);
    finish(false);
  }
  console.warn(`\n${'!'.repeat(72)}\n! ${message.replace(/\n/g, '\n! ')}\n${'!'.repeat(72)}`);
  finish(ok);
}
ok = vitest('e2e') && ok;
// Then the tests that time the page itself, alone on the machine (vitest.config.ts: e2e-alone).
ok = vitest('e2e-alone') && ok;
finish(ok);
