import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { compareDirs } from './reproducible-build.mjs';

const root = mkdtempSync(join(tmpdir(), 'kb-repro-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('compareDirs names files that differ or exist on one side only', () => {
  for (const side of ['a', 'b']) {
    mkdirSync(join(root, side, 'en'), { recursive: true });
    writeFileSync(join(root, side, 'same.html'), 'same');
    writeFileSync(join(root, side, 'en', 'index.html'), side === 'a' ? 'built at 1' : 'built at 2');
  }
  writeFileSync(join(root, 'b', 'extra.txt'), 'x');
  expect(compareDirs(join(root, 'a'), join(root, 'b'))).toEqual({
    count: 2,
    diffs: ['en/index.html', 'extra.txt (only in the second build)'],
  });
});
