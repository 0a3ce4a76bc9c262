import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-checks/index';
import { repoRoot } from '../helpers';

describe('the real content', () => {
  it('passes every check', () => {
    const { problems, warnings } = checkContent(repoRoot);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
