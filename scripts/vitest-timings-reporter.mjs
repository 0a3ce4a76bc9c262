// A Vitest reporter that writes each test's duration, timeout and state to the JSON file named by
// VITEST_TIMINGS (Vitest's own JSON report has no timeouts), for `npm test` to compare the two.
import fs from 'node:fs';
import path from 'node:path';

export default class TimingsReporter {
  tests = [];

  onTestCaseResult(testCase) {
    const result = testCase.result();
    this.tests.push([
      testCase.diagnostic()?.duration ?? 0,
      testCase.options.timeout ?? null,
      `${path.relative(process.cwd(), testCase.module.moduleId)} › ${testCase.fullName}`,
      result.state,
    ]);
  }

  onTestRunEnd() {
    const file = process.env.VITEST_TIMINGS;
    if (!file) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(this.tests));
  }
}
