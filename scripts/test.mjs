// npm test — runs every stage in order, stops at the first failure, and says how long each took.
// Stages of one group are independent of each other and leave the processor idle part of the
// time (a single process, or test files waiting on a build's child process): they run at the same
// time. The group's last stage prints as it runs (in the first group, the unit tests: the longest);
// each other stage's output is printed whole as soon as it ends, between two lines of that one.
// At the end: one line per stage with its time, the slowest tests of the unit and end-to-end
// runs next to their timeouts (a test above a third of its timeout is named, so a limit can be
// raised before it turns flaky on a busy machine), and the totals as `N passed, N failed`.
//   npm test                 every stage
//   npm test -- --from e2e   start at a stage (by name), e.g. after fixing an end-to-end test
// Before the first stage it checks the system packages the stages need (scripts/preflight.mjs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingMessage, missingRequirements, systemLookup } from './preflight.mjs';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const results = path.join(root, 'test-results');
const vitestJson = path.join(results, 'vitest-timings.json');
/** Playwright's JSON report of a stage; read as soon as the stage ends (the next run empties test-results/). */
const playwrightJson = (stage) => path.join(results, `playwright-${stage}.json`);

/**
 * The stages of `npm test`, in order: a name, the npm script (with arguments) it runs, and the
 * group it runs in at the same time as its neighbours of that group, if any.
 * @type {[name: string, args: string[], group?: string][]}
 */
export const STAGES = [
  // Checks of the source and the unit tests: none reads dist/ or writes into the project (the
  // unit tests' builds and previews run on copies in the temporary folder). The static checks are
  // each one process on one core; the unit tests leave about a fifth of the processor idle.
  ['types', ['check'], 'source'],
  ['format', ['format:check'], 'source'],
  ['lint:ja', ['lint:ja'], 'source'],
  ['unit', ['test:unit', '--', '--reporter=default', '--reporter=./scripts/vitest-timings-reporter.mjs'], 'source'],
  ['build', ['build']],
  // Checks that read the dist/ the build stage made, and change nothing.
  ['html', ['test:html'], 'dist'],
  ['links', ['test:links'], 'dist'],
  ['budgets', ['test:budgets'], 'dist'],
  ['e2e', ['test:e2e']],
  // The content editor driven in Chromium against its local mode on a copy of content/.
  ['cms', ['test:cms']],
  // Builds once more from a cold cache and compares with the dist/ the build stage just made.
  ['repro', ['test:repro', '--', '--against', 'dist']],
];

/**
 * The stages from `start` on, as runs: consecutive stages of one group together, every other
 * stage alone.
 * @param {typeof STAGES} stages
 */
export function stageRuns(stages) {
  /** @type {(typeof STAGES)[]} */
  const runs = [];
  for (const stage of stages) {
    const last = runs.at(-1);
    if (stage[2] && last && last[0]?.[2] === stage[2]) last.push(stage);
    else runs.push([stage]);
  }
  return runs;
}

/**
 * The output of a group of stages run at the same time: the live stage's text goes out line by
 * line as it comes; another stage's output goes out whole when that stage ends, at a line break
 * of the live one, so the two never mix within a line.
 * @param {(text: string) => void} write
 */
export function groupOutput(write) {
  let partial = '';
  return {
    /** Text of the live stage, as it arrives. */
    live(text) {
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      if (lines.length) write(`${lines.join('\n')}\n`);
    },
    /** The whole output of a stage that has ended. */
    ended(name, output) {
      write(`\n── ${name} ──\n${output}${output.endsWith('\n') || !output ? '' : '\n'}`);
    },
    /** The live stage has ended: the rest of its last line. */
    close() {
      if (partial) write(`${partial}\n`);
      partial = '';
    },
  };
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** [duration ms, timeout ms, title, state] of every unit test (scripts/vitest-timings-reporter.mjs). */
const vitestTests = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/**
 * [duration ms, timeout ms, title, status] of every test run in a Playwright JSON report (the text
 * of one). The status is 'passed' when the run ended as the test expected (a test marked
 * test.fail() that fails has passed), 'skipped' when skipped, and otherwise what the run ended in.
 */
export function playwrightTests(json) {
  const report = JSON.parse(json);
  const out = [];
  const outcome = (r, expected = 'passed') =>
    r.status === 'skipped' ? 'skipped' : r.status === expected ? 'passed' : r.status === 'passed' ? 'failed' : r.status;
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests)
        for (const r of t.results)
          out.push([
            r.duration,
            t.timeout ?? null,
            `${spec.file} › ${[...titles, spec.title].join(' › ')}`,
            outcome(r, t.expectedStatus),
          ]);
    for (const child of suite.suites ?? [])
      walk(child, child.title.endsWith('.ts') ? titles : [...titles, child.title]);
  };
  for (const suite of report.suites) walk(suite, []);
  return out;
}

function summarise(name, tests, defaultTimeout) {
  if (!tests.length) return { passed: 0, failed: 0 };
  const passed = tests.filter((t) => t[3] === 'passed').length;
  const failed = tests.filter((t) => t[3] === 'failed' || t[3] === 'timedOut' || t[3] === 'interrupted').length;
  const sorted = [...tests].sort((a, b) => b[0] - a[0]);
  console.log(`\n${name}: the slowest tests (duration / timeout)`);
  for (const [ms, timeout, title] of sorted.slice(0, 5))
    console.log(`  ${seconds(ms).padStart(8)} / ${seconds(timeout ?? defaultTimeout).padStart(7)}  ${title}`);
  const close = sorted.filter(([ms, timeout]) => ms > (timeout ?? defaultTimeout) / 3);
  for (const [ms, timeout, title] of close)
    console.log(
      `  warning: above a third of its timeout (${seconds(ms)} of ${seconds(timeout ?? defaultTimeout)}): ${title}`,
    );
  return { passed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fromIndex = process.argv.indexOf('--from');
  const from = fromIndex > 0 ? process.argv[fromIndex + 1] : STAGES[0][0];
  const start = STAGES.findIndex(([name]) => name === from);
  if (start < 0) {
    console.error(`npm test: no stage "${from}" (stages: ${STAGES.map(([n]) => n).join(', ')})`);
    process.exit(2);
  }
  // Before any stage: the system packages the stages about to run need (scripts/preflight.mjs).
  const missing = missingMessage(
    missingRequirements(
      STAGES.slice(start).map(([name]) => name),
      systemLookup,
    ),
  );
  if (missing) {
    console.error(missing);
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
  fs.mkdirSync(results, { recursive: true });
  fs.rmSync(vitestJson, { force: true });

  const timings = [];
  let unitTests = [];
  /** @type {any[]} */
  const browserTests = [];
  let failedStage = null;
  const began = Date.now();
  const env = (name) => ({
    ...process.env,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson(name),
    VITEST_TIMINGS: vitestJson,
  });
  /**
   * Runs one stage; alone, its output goes straight to the terminal; in a group, it goes to
   * `onText` as it comes (the live stage) or is kept and returned (the others).
   * @param {(text: string) => void} [onText]
   * @returns {Promise<{ status: number | null, ms: number, output: string }>}
   */
  const runStage = ([name, args], alone, onText) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn('npm', ['run', '--silent', ...args], {
        cwd: root,
        stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
        env: env(name),
      });
      let output = '';
      // Decoded as UTF-8 across chunks: a Japanese character may be split between two.
      child.stdout?.setEncoding('utf8');
      child.stderr?.setEncoding('utf8');
      const take = (d) => (onText ? onText(d) : (output += d));
      child.stdout?.on('data', take);
      child.stderr?.on('data', take);
      child.on('error', (error) => take(`${error.message}\n`));
      child.on('close', (status) => resolve({ status, ms: Date.now() - started, output }));
    });
  for (const run of stageRuns(STAGES.slice(start))) {
    const alone = run.length === 1;
    const printer = groupOutput((text) => process.stdout.write(text));
    const liveName = run.at(-1)[0];
    for (const [name, args] of run) console.log(`\n▶ ${name}: npm run ${args.join(' ')}`);
    if (!alone) console.log(`\n── ${liveName} (as it runs) ──`);
    const results = await Promise.all(
      run.map((stage) =>
        alone
          ? runStage(stage, true)
          : stage[0] === liveName
            ? runStage(stage, false, printer.live).then((result) => (printer.close(), result))
            : runStage(stage, false).then((result) => (printer.ended(stage[0], result.output), result)),
      ),
    );
    run.forEach(([name], i) => {
      const { status, ms } = results[i];
      timings.push([name, ms, status === 0]);
      // Read now: Playwright empties test-results/ when it starts.
      if (name === 'unit' && fs.existsSync(vitestJson)) unitTests = vitestTests(vitestJson);
      if (fs.existsSync(playwrightJson(name)))
        browserTests.push(...playwrightTests(fs.readFileSync(playwrightJson(name), 'utf8')));
      console.log(`◀ ${name}: ${status === 0 ? 'passed' : 'FAILED'} in ${seconds(ms)}`);
      if (status !== 0) failedStage ??= name;
    });
    if (failedStage) break;
  }

  console.log('\nStages:');
  const groupOf = new Map(STAGES.map(([name, , group]) => [name, group]));
  for (const [name, ms, ok] of timings) {
    const group = groupOf.get(name);
    console.log(
      `  ${name.padEnd(8)} ${seconds(ms).padStart(8)}  ${ok ? 'passed' : 'FAILED'}${group ? `  (together with the other "${group}" stages)` : ''}`,
    );
  }
  // From the first stage's start to the last one's end: grouped stages overlap.
  console.log(`  ${'total'.padEnd(8)} ${seconds(Date.now() - began).padStart(8)}  (wall clock)`);

  let passed = 0;
  let failed = 0;
  for (const [name, tests, timeout] of [
    ['unit (Vitest)', unitTests, 20_000],
    ['end-to-end and content editor (Playwright)', browserTests, 60_000],
  ]) {
    const counts = summarise(name, tests, timeout);
    passed += counts.passed;
    failed += counts.failed;
  }
  const stagesFailed = failedStage ? 1 : 0;
  if (failedStage) console.error(`\nnpm test: stage "${failedStage}" failed; later stages did not run.`);
  // The plain closing line CI reads: tests of the two runners, plus a failed stage as one failure.
  console.log(`\n${passed} passed, ${failed + (failed === 0 ? stagesFailed : 0)} failed`);
  process.exit(failedStage ? 1 : 0);
}
