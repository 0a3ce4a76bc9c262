import { describe, expect, test } from 'vitest';
import { STAGES, stageRuns } from './test.mjs';

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
