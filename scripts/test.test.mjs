import { describe, expect, test } from 'vitest';
import { groupOutput, playwrightTests, STAGES, stageRuns } from './test.mjs';

const names = (runs) => runs.map((run) => run.map(([name]) => name));

describe('the stages of npm test', () => {
  test('run in order, the stages of one group together and every other stage alone', () => {
    expect(names(stageRuns(STAGES))).toEqual([
      ['types', 'format', 'lint:ja', 'unit'],
      ['build'],
      ['html', 'links', 'budgets'],
      ['e2e'],
      ['cms'],
      ['repro'],
    ]);
  });

  test('a group is only ever consecutive stages: the same group name further on starts a run of its own', () => {
    const stages = [
      ['a', [], 'g'],
      ['b', []],
      ['c', [], 'g'],
      ['d', [], 'g'],
    ];
    expect(names(stageRuns(stages))).toEqual([['a'], ['b'], ['c', 'd']]);
  });

  test('starting in the middle of a group (npm test -- --from format) runs the rest of it together', () => {
    const from = STAGES.findIndex(([name]) => name === 'format');
    expect(names(stageRuns(STAGES.slice(from))).slice(0, 2)).toEqual([['format', 'lint:ja', 'unit'], ['build']]);
  });

  test('the build, which writes dist/, and the stages that serve or rebuild it are never grouped', () => {
    for (const name of ['build', 'e2e', 'cms', 'repro'])
      expect(STAGES.find(([n]) => n === name)?.[2], name).toBeUndefined();
  });
});

describe('the closing count of browser tests', () => {
  const report = (tests) =>
    JSON.stringify({ suites: [{ title: 'x.spec.ts', specs: [{ file: 'x.spec.ts', title: 't', tests }] }] });
  const run = (expectedStatus, status) => ({ expectedStatus, timeout: 1000, results: [{ duration: 5, status }] });

  test('counts a test marked test.fail() that fails as passed, and one that passes as failed', () => {
    const statuses = playwrightTests(
      report([run('failed', 'failed'), run('failed', 'passed'), run('passed', 'passed'), run('passed', 'failed')]),
    ).map((t) => t[3]);
    expect(statuses).toEqual(['passed', 'failed', 'passed', 'failed']);
  });

  test('keeps a timeout and a skip as they are', () => {
    const statuses = playwrightTests(report([run('passed', 'timedOut'), run('skipped', 'skipped')])).map((t) => t[3]);
    expect(statuses).toEqual(['timedOut', 'skipped']);
  });
});

describe('the output of stages run together', () => {
  const printed = () => {
    const parts = [];
    return { parts, printer: groupOutput((text) => parts.push(text)) };
  };

  test('the running stage prints line by line as it comes; a stage that ends prints whole between two of its lines', () => {
    const { parts, printer } = printed();
    printer.live('✓ a.test.ts\n✓ b.te');
    printer.ended('types', 'Result (66 files):\n- 0 errors');
    printer.live('st.ts\n');
    printer.live('Tests 3 passed');
    printer.close();
    expect(parts.join('')).toBe(
      '✓ a.test.ts\n\n── types ──\nResult (66 files):\n- 0 errors\n✓ b.test.ts\nTests 3 passed\n',
    );
  });

  test('a stage that prints nothing gets its heading alone', () => {
    const { parts, printer } = printed();
    printer.ended('lint:ja', '');
    printer.close();
    expect(parts.join('')).toBe('\n── lint:ja ──\n');
  });
});
